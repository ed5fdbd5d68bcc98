package dev.galerkin.solvers.finitevolume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.shallowwater.ShallowWaterEquations;
import org.junit.jupiter.api.Test;

/** The pieces of the finite-volume kit, each against a hand-computed or exact answer. */
class FiniteVolumeKitTest {

  /** Linear advection {@code q_t + q_x = 0}, the one-variable law of the kit's own tests. */
  private static final ConservationLaw ADVECTION = new ConservationLaw() {
    @Override
    public int variables() {
      return 1;
    }

    @Override
    public void flux(int axis, double[] q, int offset, double[] f) {
      f[0] = axis == 0 ? q[offset] : 0;
    }

    @Override
    public void waveSpeeds(int axis, double[] q, int offset, double[] speeds) {
      speeds[0] = axis == 0 ? 1 : 0;
      speeds[1] = speeds[0];
    }

    @Override
    public int normalMomentum(int axis) {
      return -1;
    }
  };

  @Test
  void limitersGiveTheirTextbookSlopes() {
    assertEquals(1, Limiter.MINMOD.slope(1, 2));
    assertEquals(-1, Limiter.MINMOD.slope(-3, -1));
    assertEquals(0, Limiter.MINMOD.slope(-1, 2));
    assertEquals(2, Limiter.MONOTONISED_CENTRAL.slope(1, 3));
    assertEquals(1.25, Limiter.MONOTONISED_CENTRAL.slope(1, 1.5));
    assertEquals(0, Limiter.MONOTONISED_CENTRAL.slope(1, 0));
    assertEquals(1.5, Limiter.VAN_LEER.slope(1, 3));
    assertEquals(0, Limiter.NONE.slope(1, 1));
  }

  @Test
  void ghostCellsArePeriodicMirroredOrReflected() {
    CellGrid g = CellGrid.line(4, 0, 1);
    double[] q = new double[g.paddedCells() * 2];
    for (int i = 0; i < 4; i++) {
      q[g.cell(i, 0) * 2] = i + 1;
      q[g.cell(i, 0) * 2 + 1] = 10 * (i + 1);
    }
    Boundaries.periodic().fill(g, q, 2, new int[] {1, -1});
    assertArrayEquals(new double[] {3, 30, 4, 40}, java.util.Arrays.copyOfRange(q, 0, 4));
    assertArrayEquals(new double[] {1, 10, 2, 20}, java.util.Arrays.copyOfRange(q, 12, 16));
    new Boundaries(BoundaryKind.TRANSMISSIVE, BoundaryKind.REFLECTIVE, BoundaryKind.TRANSMISSIVE,
        BoundaryKind.TRANSMISSIVE).fill(g, q, 2, new int[] {1, -1});
    assertArrayEquals(new double[] {2, 20, 1, 10}, java.util.Arrays.copyOfRange(q, 0, 4));
    assertArrayEquals(new double[] {4, -40, 3, -30}, java.util.Arrays.copyOfRange(q, 12, 16));

    CellGrid s = CellGrid.unitSquare(3);
    double[] v = new double[s.paddedCells()];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        v[s.cell(i, j)] = 10 * i + j;
      }
    }
    Boundaries.periodic().fill(s, v, 1, new int[] {-1, -1});
    assertEquals(22, v[s.cell(-1, -1)], "corner ghost of a torus");
    assertEquals(10, v[s.cell(4, 3)]);
    double[] back = s.interior(v, 1);
    assertArrayEquals(back, s.interior(s.pad(back, 1), 1));
  }

  @Test
  void aPeriodicSideNeedsAPeriodicOppositeSide() {
    String m = assertThrows(GalerkinException.class, () -> new Boundaries(BoundaryKind.PERIODIC,
        BoundaryKind.REFLECTIVE, BoundaryKind.PERIODIC, BoundaryKind.PERIODIC)).getMessage();
    assertTrue(m.contains("make both periodic"), m);
    assertFalse(m.contains("\n"));
  }

  @Test
  void hllIsConsistentAndUpwindsSupersonicStates() {
    ShallowWaterEquations law = new ShallowWaterEquations(9.81, 1e-10);
    HllFlux hll = new HllFlux(law);
    double[] f = new double[3];
    double[] exact = new double[3];
    for (int axis = 0; axis < 2; axis++) {
      double[] q = {1.3, 0.4, -0.7};
      hll.flux(axis, q, q, f);
      law.flux(axis, q, 0, exact);
      assertArrayEquals(exact, f, 1e-14, "F(q, q) = f(q) on axis " + axis);
    }
    double[] fast = {0.1, 0.5, 0};   // u = 5 > sqrt(g h) ~ 0.99: everything moves right
    hll.flux(0, fast, new double[] {0.2, 1.2, 0}, f);
    law.flux(0, fast, 0, exact);
    assertArrayEquals(exact, f, 0, "supersonic to the right: the left flux");
  }

  @Test
  void sspRk3IsThirdOrderAndLandsOnTheEndTime() {
    SemiDiscreteOperator decay = new SemiDiscreteOperator() {
      @Override
      public int size() {
        return 1;
      }

      @Override
      public void rhs(double[] q, double[] dq) {
        dq[0] = -q[0];
      }

      @Override
      public double maxTimeStep(double[] q, double cfl) {
        return cfl;
      }
    };
    double[] err = new double[3];
    for (int k = 0; k < 3; k++) {
      double[] q = {1};
      SspRk3 rk = new SspRk3(decay);
      rk.advance(q, 0, 1, 0.1 / (1 << k), Double.POSITIVE_INFINITY, 1000);
      err[k] = Math.abs(q[0] - Math.exp(-1));
      assertEquals(10L << k, rk.steps());
    }
    double p1 = Math.log(err[0] / err[1]) / Math.log(2);
    double p2 = Math.log(err[1] / err[2]) / Math.log(2);
    System.out.printf("SSP-RK3 on q' = -q to t = 1, dt = 0.1, 0.05, 0.025: errors %.2e %.2e %.2e,"
        + " orders %.3f %.3f%n", err[0], err[1], err[2], p1, p2);
    assertTrue(p1 > 2.9 && p1 < 3.1 && p2 > 2.9 && p2 < 3.1, "orders " + p1 + ", " + p2);
  }

  @Test
  void musclAdvectionIsSecondOrderOnAPeriodicSine() {
    double[] err = new double[3];
    for (int k = 0; k < 3; k++) {
      int n = 64 << k;
      CellGrid g = CellGrid.line(n, 0, 1);
      FiniteVolumeScheme scheme = new FiniteVolumeScheme(g, Boundaries.periodic(), ADVECTION,
          new ConservativeFaces(ADVECTION, new HllFlux(ADVECTION)), Limiter.MONOTONISED_CENTRAL);
      double[] q = new double[n];
      double dx = g.dx();
      for (int i = 0; i < n; i++) {   // exact cell averages of sin(2 pi x)
        double a = i * dx;
        q[i] = (Math.cos(2 * Math.PI * a) - Math.cos(2 * Math.PI * (a + dx))) / (2 * Math.PI * dx);
      }
      double[] expected = q.clone();   // after one period
      double[] p = g.pad(q, 1);
      new SspRk3(scheme).advance(p, 0, 1, 0.4, Double.POSITIVE_INFINITY, 100_000);
      double[] end = g.interior(p, 1);
      double e = 0;
      for (int i = 0; i < n; i++) {
        e += Math.abs(end[i] - expected[i]) * dx;
      }
      err[k] = e;
    }
    double p1 = Math.log(err[0] / err[1]) / Math.log(2);
    double p2 = Math.log(err[1] / err[2]) / Math.log(2);
    System.out.printf("MUSCL-MC + HLL + SSP-RK3 advection, one period: L1 errors 64:%.2e"
        + " 128:%.2e 256:%.2e, orders %.2f %.2f%n", err[0], err[1], err[2], p1, p2);
    assertTrue(p1 > 1.7 && p2 > 1.7, "orders " + p1 + ", " + p2);
  }
}
