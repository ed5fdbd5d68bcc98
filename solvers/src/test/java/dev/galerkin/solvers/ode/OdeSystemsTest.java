package dev.galerkin.solvers.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PROSE catalogue integrates to known solutions. */
class OdeSystemsTest {
  @Test
  void theCatalogueHasTheNineFamilies() {
    assertEquals(List.of("lorenz", "rossler", "thomas", "duffing", "van-der-pol", "lotka-volterra",
        "damped-pendulum", "linear-2d", "linear-3d"),
        OdeSystems.all().stream().map(OdeSystem::name).toList());
    assertThrows(GalerkinException.class, () -> OdeSystems.find("lorentz"));
  }

  @Test
  void aDampedRotationMatchesItsClosedForm() {
    double a = -0.1;
    double b = 2;
    var f = OdeSystems.find("linear-2d").rightHandSide(new double[] {a, b});
    double[] times = new double[193];
    for (int k = 0; k < times.length; k++) {
      times[k] = 6.0 * k / 192;
    }
    double[] u = OdeSystem.integrate("linear-2d", f, new double[] {1, 0}, times,
        new OdeTolerance(1e-12, 1e-12));
    double worst = 0;
    for (int k = 0; k < times.length; k++) {
      double e = Math.exp(a * times[k]);
      worst = Math.max(worst, Math.abs(u[2 * k] - e * Math.cos(b * times[k])));
      worst = Math.max(worst, Math.abs(u[2 * k + 1] + e * Math.sin(b * times[k])));
    }
    assertTrue(worst < 1e-9, "max error " + worst);
  }

  @Test
  void lotkaVolterraKeepsItsFirstIntegral() {
    double[] p = OdeSystems.find("lotka-volterra").nominal();
    var f = OdeSystems.find("lotka-volterra").rightHandSide(p);
    double[] times = {0, 2, 4, 6};
    double[] u = OdeSystem.integrate("lv", f, new double[] {1.2, 0.8}, times,
        new OdeTolerance(1e-12, 1e-12));
    // V = delta x - gamma ln x + beta y - alpha ln y is conserved
    java.util.function.IntToDoubleFunction v = k -> p[2] * u[2 * k] - p[3] * Math.log(u[2 * k])
        + p[1] * u[2 * k + 1] - p[0] * Math.log(u[2 * k + 1]);
    for (int k = 1; k < times.length; k++) {
      assertEquals(v.applyAsDouble(0), v.applyAsDouble(k), 1e-9);
    }
    assertThrows(GalerkinException.class, () -> OdeSystem.integrate("lv", f, new double[] {1},
        times, new OdeTolerance(1e-8, 1e-8)));
  }
}
