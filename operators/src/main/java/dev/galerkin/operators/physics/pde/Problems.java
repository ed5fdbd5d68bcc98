package dev.galerkin.operators.physics.pde;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.geometry.Geometry;

/**
 * The library of problems, each with its paper's setup (smaller point budgets where noted), as
 * examples of stating a PDE in a few lines.
 */
public final class Problems {
  /** Residual points of the inverse Burgers problem (DeepXDE's count). */
  private static final int INVERSE_INTERIOR = 2540;

  private Problems() {}

  /**
   * Poisson on the unit square, {@code −Δu = 2π² sin(πx) sin(πy)}, {@code u = 0} on the boundary;
   * exact {@code u = sin(πx) sin(πy)}. 1000 interior and 200 boundary Sobol points.
   */
  public static Problem poisson2d() {
    double pi2 = Math.PI * Math.PI;
    Pde pde = Pde.of("poisson-2d", u -> u.d("xx").plus(u.d("yy"))
        .plus(u.x("x").times(Math.PI).sin().times(u.x("y").times(Math.PI).sin()).times(2 * pi2)), "xx", "yy");
    return Problem.builder("poisson", Geometry.rectangle(0, 0, 1, 1), pde).interior(1000)
        .condition(Condition.dirichlet(p -> 0, Geometry.ALL), 200)
        .exact(p -> Math.sin(Math.PI * p[0]) * Math.sin(Math.PI * p[1])).build();
  }

  /**
   * Helmholtz on {@code [−1, 1]²} as in PIG (Kang et al., ICLR 2025) after Wang, Teng and
   * Perdikaris (2021): {@code Δu + k²u = q}, {@code u = 0} on the boundary, with
   * {@code q = (k² − (a₁π)² − (a₂π)²) sin(a₁πx) sin(a₂πy)} so that
   * {@code u = sin(a₁πx) sin(a₂πy)}.
   *
   * @param a1 the wave number along x, a positive integer (so the boundary value is 0)
   * @param a2 along y
   * @param k the Helmholtz constant (the paper: 1)
   */
  public static Problem helmholtz2d(int a1, int a2, double k) {
    if (a1 < 1 || a2 < 1) {
      throw new GalerkinException("helmholtz: a1 and a2 must be positive integers, got " + a1 + ", " + a2);
    }
    double w1 = a1 * Math.PI;
    double w2 = a2 * Math.PI;
    double q = k * k - w1 * w1 - w2 * w2;
    Pde pde = Pde.of("helmholtz-2d", u -> u.d("xx").plus(u.d("yy")).plus(u.value().times(k * k))
        .minus(u.x("x").times(w1).sin().times(u.x("y").times(w2).sin()).times(q)), "xx", "yy");
    return Problem.builder("helmholtz", Geometry.rectangle(-1, -1, 1, 1), pde).interior(2000)
        .condition(Condition.dirichlet(p -> 0, Geometry.ALL), 400)
        .exact(p -> Math.sin(w1 * p[0]) * Math.sin(w2 * p[1])).build();
  }

  /**
   * Burgers as in Raissi, Perdikaris and Karniadakis (2019) and DeepXDE's example:
   * {@code u_t + u u_x = ν u_xx} on {@code [−1, 1] × [0, 1]}, {@code u(x, 0) = −sin(πx)},
   * {@code u(±1, t) = 0}, {@code ν = 0.01/π} by default. No closed form: the reference is the
   * spectral solver's. 10 000 residual points as Raissi et al. (N_f; DeepXDE's example has 2540):
   * the count decides the error at the shock (README, "Physics-informed models").
   *
   * @param nu the viscosity, {@code > 0}
   */
  public static Problem burgers1d(double nu) {
    if (!(nu > 0)) {
      throw new GalerkinException("burgers: viscosity must be > 0, got " + nu);
    }
    Pde pde = Pde.of("burgers-1d", u -> u.d("t").plus(u.value().times(u.d("x"))).minus(u.d("xx").times(nu)),
        "t", "x", "xx");
    return Problem.builder("burgers", Geometry.interval(-1, 1).times(0, 1), pde).interior(10000)
        .condition(Condition.dirichlet(p -> 0, "left", "right"), 80)
        .condition(Condition.initial(p -> -Math.sin(Math.PI * p[0])), 160).build();
  }

  /**
   * The inverse Burgers problem of Raissi, Perdikaris and Karniadakis (2019, §4.1.1): the viscosity
   * {@code ν} is unknown (named {@code nu}) and trained with the solution from measurements of
   * {@code u}; the residual {@code u_t + u u_x − ν u_xx} is enforced at the interior points, and
   * the initial and boundary conditions of {@link #burgers1d} are kept (Raissi et al. use the data
   * alone; with them fewer measurements suffice).
   *
   * @param observations measurements of {@code u} on {@code [−1, 1] × [0, 1]}
   * @param nuGuess the starting value of {@code ν}
   */
  public static Problem inverseBurgers1d(Observations observations, double nuGuess) {
    if (!Double.isFinite(nuGuess)) {
      throw new GalerkinException("inverse burgers: the starting viscosity must be finite, got " + nuGuess);
    }
    Pde pde = Pde.of("burgers-1d", u -> u.d("t").plus(u.value().times(u.d("x"))).minus(u.d("xx").times(u.unknown("nu"))),
        "t", "x", "xx");
    Problem forward = burgers1d(1);
    // DeepXDE's 2540 residual points: the measurements carry the shock, and the inverse runs of
    // the README were measured with this count.
    return Problem.builder("inverse-burgers", forward.geometry(), pde).interior(INVERSE_INTERIOR)
        .condition(forward.terms().get(0).condition(), forward.terms().get(0).points())
        .condition(forward.terms().get(1).condition(), forward.terms().get(1).points())
        .unknown("nu", nuGuess).observations(observations).build();
  }

  /**
   * Heat, {@code u_t = α u_xx} on {@code [0, 1] × [0, 1]}, {@code u(x, 0) = sin(πx)}, {@code u = 0}
   * at both ends; exact {@code e^{−απ²t} sin(πx)}.
   *
   * @param alpha the diffusivity, {@code > 0}
   */
  public static Problem heat1d(double alpha) {
    if (!(alpha > 0)) {
      throw new GalerkinException("heat: diffusivity must be > 0, got " + alpha);
    }
    Pde pde = Pde.of("heat-1d", u -> u.d("t").minus(u.d("xx").times(alpha)), "t", "xx");
    return Problem.builder("heat", Geometry.interval(0, 1).times(0, 1), pde).interior(1000)
        .condition(Condition.dirichlet(p -> 0, "left", "right"), 100)
        .condition(Condition.initial(p -> Math.sin(Math.PI * p[0])), 100)
        .exact(p -> Math.exp(-alpha * Math.PI * Math.PI * p[1]) * Math.sin(Math.PI * p[0])).build();
  }

  /**
   * Convection {@code u_t + c u_x = 0} on {@code [0, 2π] × [0, 1]}, periodic in x,
   * {@code u(x, 0) = sin x}; exact {@code sin(x − ct)}. Krishnapriyan et al. (NeurIPS 2021) show a
   * PINN fails for large {@code c} (30 and above).
   *
   * @param c the speed
   */
  public static Problem convection1d(double c) {
    if (!Double.isFinite(c)) {
      throw new GalerkinException("convection: speed must be finite, got " + c);
    }
    Pde pde = Pde.of("convection-1d", u -> u.d("t").plus(u.d("x").times(c)), "t", "x");
    return Problem.builder("convection", Geometry.interval(0, 2 * Math.PI).times(0, 1), pde).interior(1000)
        .condition(Condition.periodic("x", "left", "right"), 100)
        .condition(Condition.initial(p -> Math.sin(p[0])), 256)
        .exact(p -> Math.sin(p[0] - c * p[1])).build();
  }

  /**
   * Klein–Gordon as in Wang, Teng and Perdikaris (2021) and PIG: {@code u_tt − u_xx + u³ = f} on
   * {@code [0, 1] × [0, 1]} with the exact solution {@code u = x cos(5πt) + (xt)³}, its values on
   * {@code x = 0, 1} and at {@code t = 0}, and {@code u_t(x, 0) = 0}.
   */
  public static Problem kleinGordon1d() {
    double w = 5 * Math.PI;
    PointFunction exact = p -> p[0] * Math.cos(w * p[1]) + Math.pow(p[0] * p[1], 3);
    Pde pde = Pde.of("klein-gordon-1d", u -> {
      Expr x = u.x("x");
      Expr t = u.x("t");
      Expr ex = x.times(t.times(w).cos()).plus(x.times(t).cubed());
      Expr utt = x.times(t.times(w).cos()).times(-w * w).plus(x.cubed().times(t).times(6));
      Expr uxx = x.times(t.cubed()).times(6);
      Expr f = utt.minus(uxx).plus(ex.cubed());
      return u.d("tt").minus(u.d("xx")).plus(u.value().cubed()).minus(f);
    }, "tt", "xx");
    return Problem.builder("klein-gordon", Geometry.interval(0, 1).times(0, 1), pde).interior(2000)
        .condition(Condition.dirichlet(exact, "left", "right"), 200)
        .condition(Condition.initial(exact), 200)
        .condition(Condition.derivative("t", p -> 0, "initial"), 200)
        .exact(exact).build();
  }

  /**
   * Allen–Cahn as in PIG (Kang et al. 2025), after Wight and Zhao (2020) and JAX-PI:
   * {@code u_t − 1e-4 u_xx + 5u³ − 5u = 0} on {@code [−1, 1] × [0, 1]}, periodic in x (value and
   * slope), {@code u(x, 0) = x² cos(πx)}. No closed form: the reference is the spectral Allen–Cahn
   * solver's ({@code u_t = ε' u_xx + u − u³} in the time {@code 5t}, {@code ε' = 2e-5}).
   */
  public static Problem allenCahn1d() {
    Pde pde = Pde.of("allen-cahn-1d", u -> u.d("t").minus(u.d("xx").times(1e-4)).plus(u.value().cubed().times(5))
        .minus(u.value().times(5)), "t", "xx");
    return Problem.builder("allen-cahn", Geometry.interval(-1, 1).times(0, 1), pde).interior(2000)
        .condition(Condition.periodic("x", "left", "right"), 100)
        .condition(Condition.initial(p -> p[0] * p[0] * Math.cos(Math.PI * p[0])), 256).build();
  }

  /**
   * Reaction {@code u_t = ρ u (1 − u)} on {@code [0, 2π] × [0, 1]}, periodic in x, with the
   * Gaussian {@code h(x) = exp(−(x − π)² / (2 (π/4)²))} at {@code t = 0} (Krishnapriyan et al.,
   * NeurIPS 2021, who show a PINN failing as {@code ρ} grows); exact
   * {@code u = h e^{ρt} / (h e^{ρt} + 1 − h)}.
   *
   * @param rho the growth rate, finite and {@code >= 0}
   */
  public static Problem reaction1d(double rho) {
    if (!(rho >= 0) || !Double.isFinite(rho)) {
      throw new GalerkinException("reaction: the rate must be finite and >= 0, got " + rho);
    }
    double s = Math.PI / 4;
    java.util.function.DoubleUnaryOperator h = x -> Math.exp(-(x - Math.PI) * (x - Math.PI) / (2 * s * s));
    Pde pde = Pde.of("reaction-1d", u -> u.d("t").minus(u.value().times(u.value().negate().plus(1)).times(rho)), "t");
    return Problem.builder("reaction", Geometry.interval(0, 2 * Math.PI).times(0, 1), pde).interior(1000)
        .condition(Condition.periodic("x", "left", "right"), 100)
        .condition(Condition.initial(p -> h.applyAsDouble(p[0])), 256)
        .exact(p -> {
          double g = h.applyAsDouble(p[0]) * Math.exp(rho * p[1]);
          return g / (g + 1 - h.applyAsDouble(p[0]));
        }).build();
  }
}
