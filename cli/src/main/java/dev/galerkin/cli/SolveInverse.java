package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.pde.Observations;
import dev.galerkin.operators.physics.pde.Pde;
import dev.galerkin.operators.physics.pde.Problem;
import dev.galerkin.operators.physics.pde.Problems;
import java.util.Locale;

/**
 * The inverse problems of {@code galerkin solve --infer NAME}: a coefficient of the PDE is unknown,
 * trained with the solution from measurements of the reference (Galerkin's spectral solver for
 * Burgers, the exact solution for heat) at random nodes of the output grid, with Gaussian noise of
 * a fraction of the values' standard deviation (Raissi, Perdikaris and Karniadakis 2019, §4.1.1).
 */
final class SolveInverse {
  private SolveInverse() {}

  /**
   * What to infer and from how much data.
   *
   * @param coefficient {@code nu} (Burgers) or {@code alpha} (heat)
   * @param guess the starting value
   * @param observations measurements, {@code >= 1}
   * @param noise the noise fraction, {@code >= 0}
   * @param weight the loss weight of the data term, finite, {@code >= 0}
   */
  record Spec(String coefficient, double guess, int observations, double noise, double weight) {}

  /**
   * @param sp the problem
   * @param params its parameters (the true coefficient among them)
   * @param forward the forward problem with the points and weights in use
   * @param spec what to infer
   * @param seed the seed of the measurement nodes and the noise
   * @return the inverse problem: the forward conditions, the residual with the coefficient unknown,
   *     and a {@code data} term
   */
  static Problem problem(SolveProblem sp, SolveProblem.Parameters params, Problem forward, Spec spec, long seed) {
    String expected = switch (sp) {
      case BURGERS -> "nu";
      case HEAT -> "alpha";
      default -> throw new GalerkinException("--infer: only burgers (nu) and heat (alpha) have an inverse problem here,"
          + " not " + sp.name().toLowerCase(Locale.ROOT));
    };
    if (!spec.coefficient().equals(expected)) {
      throw new GalerkinException("--infer " + spec.coefficient() + ": " + sp.name().toLowerCase(Locale.ROOT)
          + " can infer " + expected);
    }
    if (spec.observations() < 1) {
      throw new GalerkinException("--observations must be >= 1, got " + spec.observations());
    }
    int nx = sp.nx;
    int ny = sp.ny;
    double[] pts = SolveProblem.grid(forward, nx, ny);
    double[] field = sp.reference(forward, params, pts, nx, ny);
    double[] xs = new double[nx];
    double[] ts = new double[ny];
    for (int i = 0; i < nx; i++) {
      xs[i] = pts[2 * i * ny];
    }
    for (int j = 0; j < ny; j++) {
      ts[j] = pts[2 * j + 1];
    }
    Observations grid = Observations.fromGrid(xs, ts, field, spec.observations(), seed + 101)
        .withNoise(spec.noise(), seed + 103);
    Observations data = new Observations(grid.count(), grid.dimension(), grid.points(), grid.values(), spec.weight());
    Pde pde = sp == SolveProblem.BURGERS ? Problems.inverseBurgers1d(data, spec.guess()).pde()
        : Pde.of("heat-1d", u -> u.d("t").minus(u.d("xx").times(u.unknown("alpha"))), "t", "xx");
    Problem.Builder b = Problem.builder("inverse-" + forward.name(), forward.geometry(), pde)
        .interior(forward.interiorPoints()).pdeWeight(forward.pdeWeight()).sampling(forward.sampling())
        .exact(forward.exact()).unknown(expected, spec.guess()).observations(data);
    for (Problem.Term t : forward.terms()) {
      b.condition(t.condition(), t.points(), t.weight());
    }
    return b.build();
  }

  /** @return the true value of the coefficient */
  static double truth(SolveProblem sp, SolveProblem.Parameters params) {
    return sp == SolveProblem.BURGERS ? params.nu() : params.alpha();
  }

  /** @return {@code v} to 6 significant digits, without trailing zeros (0.1, 0.3, 0.00318310 → 0.0031831) */
  static String format(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
