package dev.galerkin.solvers.navierstokes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.Trajectory;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad configurations and arguments fail at once with one-line messages naming the value. */
class NavierStokesInputTest {

  private static void assertRejected(Consumer<NavierStokesConfig.Builder> edit, String... parts) {
    NavierStokesConfig.Builder b = NavierStokesConfig.builder();
    edit.accept(b);
    GalerkinException e = assertThrows(GalerkinException.class, b::build);
    String message = e.getMessage();
    assertTrue(!message.contains("\n"), "one line: " + message);
    for (String part : parts) {
      assertTrue(message.contains(part), "'" + part + "' in: " + message);
    }
  }

  @Test
  void defaultsAreTheFnoSetup() {
    NavierStokesConfig c = NavierStokesConfig.fno(1e-4);
    assertEquals(1e-4, c.viscosity());
    assertEquals(64, c.resolution());
    assertEquals(Forcing.FNO, c.forcing());
    assertEquals(c, c.toBuilder().build());
    assertEquals(0.1 * (Math.sin(2 * Math.PI * 0.7) + Math.cos(2 * Math.PI * 0.7)),
        Forcing.FNO.field().applyAsDouble(0.3, 0.4), 1e-15);
  }

  @ParameterizedTest
  @ValueSource(ints = {63, 65, 7, 2, 0, -4, 8194})
  void rejectsOddOrOutOfRangeResolutions(int s) {
    assertRejected(b -> b.resolution(s), "NavierStokesConfig.resolution = " + s, "even");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1e-3, Double.NaN, Double.POSITIVE_INFINITY})
  void rejectsNonPositiveViscosity(double nu) {
    assertRejected(b -> b.viscosity(nu), "NavierStokesConfig.viscosity = " + nu, "> 0");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.5, 1.31, Double.NaN})
  void rejectsCflOutOfRange(double cfl) {
    assertRejected(b -> b.cfl(cfl), "NavierStokesConfig.cfl = " + cfl, "0 < cfl <= 1.3");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
  void rejectsBadDtMax(double dt) {
    assertRejected(b -> b.dtMax(dt), "NavierStokesConfig.dtMax = " + dt);
  }

  @Test
  void rejectsBadStepBudgetAndForcing() {
    assertRejected(b -> b.maxSteps(0), "NavierStokesConfig.maxSteps = 0");
    assertRejected(b -> b.forcing(null), "NavierStokesConfig.forcing is null");
    assertThrows(GalerkinException.class, () -> new Forcing(" ", (x, y) -> 0));
    assertThrows(GalerkinException.class, () -> new Forcing("f", null));
    NavierStokesConfig nanForcing =
        NavierStokesConfig.builder()
            .resolution(8)
            .forcing(new Forcing("bad", (x, y) -> x > 0.5 ? Double.NaN : 0))
            .build();
    GalerkinException e =
        assertThrows(GalerkinException.class, () -> new NavierStokes2DSolver(nanForcing));
    assertTrue(e.getMessage().contains("Forcing 'bad' is not finite"), e.getMessage());
  }

  @Test
  void rejectsBadInitialFieldsAndOutputTimes() {
    NavierStokes2DSolver solver =
        new NavierStokes2DSolver(NavierStokesConfig.builder().resolution(8).build());
    double[] ok = new double[64];
    double[] times = {1};
    GalerkinException e =
        assertThrows(GalerkinException.class, () -> solver.solve(new double[63], times));
    assertTrue(e.getMessage().contains("w0 has length 63; expected s * s = 8 * 8 = 64"), e.getMessage());
    assertThrows(GalerkinException.class, () -> solver.solve(null, times));
    double[] nan = new double[64];
    nan[5] = Double.NaN;
    e = assertThrows(GalerkinException.class, () -> solver.solve(nan, times));
    assertTrue(e.getMessage().contains("w0[5] = NaN"), e.getMessage());
    assertThrows(GalerkinException.class, () -> solver.solve(ok, new double[0]));
    assertThrows(GalerkinException.class, () -> solver.solve(ok, null));
    e = assertThrows(GalerkinException.class, () -> solver.solve(ok, new double[] {1, 1}));
    assertTrue(e.getMessage().contains("outputTimes[1] = 1.0"), e.getMessage());
    assertThrows(GalerkinException.class, () -> solver.solve(ok, new double[] {2, 1}));
    assertThrows(GalerkinException.class, () -> solver.solve(ok, new double[] {-1}));
    assertThrows(GalerkinException.class, () -> solver.solve(ok, new double[] {Double.NaN}));
    assertThrows(GalerkinException.class, () -> new NavierStokes2DSolver(null));
  }

  @Test
  void trajectoryChecksItsShapeAndCopiesArrays() {
    double[] values = new double[2 * 4 * 4];
    Trajectory tr = new Trajectory(new double[] {1, 2}, values, new int[] {4, 4},
        new Trajectory.Diagnostics(3, 0.5, 0.1, 0, 1));
    values[0] = 42;
    assertEquals(0.0, tr.values()[0], "copied in");
    tr.values()[0] = 42;
    assertEquals(0.0, tr.frame(0)[0], "copied out");
    assertThrows(GalerkinException.class, () -> tr.frame(2));
    assertThrows(
        GalerkinException.class, () -> new Trajectory(new double[] {1}, new double[15], new int[] {4, 4},
            Trajectory.Diagnostics.ofSteps(0)));
    assertEquals(16, tr.frameSize());
    assertEquals(0.0, tr.diagnostics().fftShare());
  }
}
