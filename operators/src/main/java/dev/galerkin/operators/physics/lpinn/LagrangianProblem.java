package dev.galerkin.operators.physics.lpinn;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.physics.geometry.Geometry;
import dev.galerkin.operators.physics.pde.PointFunction;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * A one-dimensional convection–diffusion(–reaction) problem stated for the Lagrangian PINN
 * (Mojgani, Balajewicz and Hassanzadeh, CMAME 2023):
 *
 * <pre>
 *   u_t + a(u) u_x = ν u_xx + ρ u (1 − u)   on [a, b] × [t0, t1],   u(x, t0) = u0(x)
 * </pre>
 *
 * with the advection speed {@code a(u) = c} (convection) or {@code a(u) = u} (Burgers). Along a
 * characteristic {@code dx_L/dt = a(u_L)} the state obeys {@code du_L/dt = ν u_xx + ρ u_L(1 − u_L)}.
 * The boundary is periodic in {@code x} or Dirichlet ({@code u(a, t) = left}, {@code u(b, t) =
 * right}). Coordinates are {@code (x, t)} as in {@code Problems.convection1d}; the Lagrangian
 * coordinate {@code ξ} (the start of a characteristic) ranges over the same {@code [a, b]}.
 *
 * @param name a short name
 * @param a the left end of the spatial interval
 * @param b the right end, {@code > a}
 * @param t0 the initial time
 * @param t1 the final time, {@code > t0}
 * @param speed the constant speed {@code c} (ignored when {@code burgers})
 * @param burgers {@code true} for {@code a(u) = u}
 * @param nu the viscosity {@code ν >= 0}
 * @param rho the reaction rate {@code ρ >= 0} of {@code ρ u(1 − u)}, 0 for none
 * @param u0 the initial state {@code u0(ξ)}
 * @param periodic periodic in {@code x}; otherwise Dirichlet with {@code left} and {@code right}
 * @param left the Dirichlet value at {@code x = a} (unused when periodic)
 * @param right the Dirichlet value at {@code x = b} (unused when periodic)
 * @param interiorPoints residual points in {@code (ξ, t)}, {@code >= 1}
 * @param initialPoints points of the initial condition at {@code t = t0}, {@code >= 1}
 * @param boundaryPoints points of the Dirichlet condition on {@code ξ = a, b}, {@code >= 1} (unused when periodic)
 * @param initialWeight the initial term's loss weight, finite, {@code >= 0}
 * @param boundaryWeight the boundary term's loss weight, finite, {@code >= 0}
 * @param exact the exact {@code u(x, t)}, or {@code null}
 */
public record LagrangianProblem(String name, double a, double b, double t0, double t1, double speed, boolean burgers,
    double nu, double rho, DoubleUnaryOperator u0, boolean periodic, double left, double right, int interiorPoints,
    int initialPoints, int boundaryPoints, double initialWeight, double boundaryWeight, PointFunction exact) {

  /** Validates. */
  public LagrangianProblem {
    String n = "lagrangian problem '" + name + "': ";
    if (!(b > a) || !Double.isFinite(a) || !Double.isFinite(b)) {
      throw new GalerkinException(n + "need finite a < b, got [" + a + ", " + b + "]");
    }
    if (!(t1 > t0) || !Double.isFinite(t0) || !Double.isFinite(t1)) {
      throw new GalerkinException(n + "need finite t0 < t1, got [" + t0 + ", " + t1 + "]");
    }
    if (!Double.isFinite(speed)) {
      throw new GalerkinException(n + "speed must be finite, got " + speed);
    }
    if (!(nu >= 0) || !Double.isFinite(nu)) {
      throw new GalerkinException(n + "viscosity ν must be finite and >= 0, got " + nu);
    }
    if (!(rho >= 0) || !Double.isFinite(rho)) {
      throw new GalerkinException(n + "reaction rate ρ must be finite and >= 0, got " + rho);
    }
    if (u0 == null) {
      throw new GalerkinException(n + "the initial state u0 must not be null");
    }
    if (interiorPoints < 1 || initialPoints < 1 || boundaryPoints < 1) {
      throw new GalerkinException(n + "point counts must be >= 1, got interior " + interiorPoints + ", initial "
          + initialPoints + ", boundary " + boundaryPoints);
    }
    if (!(initialWeight >= 0) || !Double.isFinite(initialWeight) || !(boundaryWeight >= 0)
        || !Double.isFinite(boundaryWeight)) {
      throw new GalerkinException(n + "weights must be finite and >= 0, got initial " + initialWeight
          + ", boundary " + boundaryWeight);
    }
    if (!periodic && (!Double.isFinite(left) || !Double.isFinite(right))) {
      throw new GalerkinException(n + "Dirichlet values must be finite, got " + left + ", " + right);
    }
  }

  /**
   * Convection {@code u_t + c u_x = 0} as {@code Problems.convection1d(c)}: {@code [0, 2π] × [0, 1]},
   * periodic, {@code u0 = sin x}, exact {@code sin(x − ct)}; 1000 interior and 256 initial points.
   *
   * @param c the speed
   * @return the problem
   */
  public static LagrangianProblem convection(double c) {
    return convectionDiffusion(c, 0);
  }

  /**
   * Convection–diffusion {@code u_t + c u_x = ν u_xx}, otherwise as {@link #convection}; exact
   * {@code e^{−νt} sin(x − ct)}.
   *
   * @param c the speed
   * @param nu the viscosity, {@code >= 0}
   * @return the problem
   */
  public static LagrangianProblem convectionDiffusion(double c, double nu) {
    return new LagrangianProblem("convection", 0, 2 * Math.PI, 0, 1, c, false, nu, 0, Math::sin, true, 0, 0, 1000,
        256, 1, 1, 1, p -> Math.exp(-nu * p[1]) * Math.sin(p[0] - c * p[1]));
  }

  /**
   * Burgers {@code u_t + u u_x = ν u_xx} as {@code Problems.burgers1d(ν)}: {@code [−1, 1] × [0, 1]},
   * {@code u0 = −sin(πx)}, {@code u(±1, t) = 0}; 2540 interior, 160 initial and 80 boundary points
   * (the Eulerian problem's counts). No exact solution.
   *
   * @param nu the viscosity, {@code > 0}
   * @return the problem
   */
  public static LagrangianProblem burgers(double nu) {
    if (!(nu > 0)) {
      throw new GalerkinException("burgers: viscosity must be > 0, got " + nu);
    }
    return new LagrangianProblem("burgers", -1, 1, 0, 1, 0, true, nu, 0, x -> -Math.sin(Math.PI * x), false, 0, 0,
        2540, 160, 80, 1, 1, null);
  }

  /** @return this with other point counts */
  public LagrangianProblem withPoints(int interior, int initial, int boundary) {
    return new LagrangianProblem(name, a, b, t0, t1, speed, burgers, nu, rho, u0, periodic, left, right, interior,
        initial, boundary, initialWeight, boundaryWeight, exact);
  }

  /** @return this with other weights of the initial and boundary terms */
  public LagrangianProblem withWeights(double initial, double boundary) {
    return new LagrangianProblem(name, a, b, t0, t1, speed, burgers, nu, rho, u0, periodic, left, right,
        interiorPoints, initialPoints, boundaryPoints, initial, boundary, exact);
  }

  /** @return this with a reaction {@code ρ u(1 − u)} (the exact solution is dropped) */
  public LagrangianProblem withReaction(double r) {
    return new LagrangianProblem(name, a, b, t0, t1, speed, burgers, nu, r, u0, periodic, left, right,
        interiorPoints, initialPoints, boundaryPoints, initialWeight, boundaryWeight, r == 0 ? exact : null);
  }

  /** @return the Eulerian domain {@code [a, b] × [t0, t1]}, coordinates {@code "xt"} */
  public Geometry geometry() {
    return Geometry.interval(a, b).times(t0, t1);
  }

  /**
   * The scale of the characteristic branch's output ({@code x_L = ξ + (t − t0)·s·N_x}): {@code |c|}
   * for convection, {@code max |u0|} on 1001 points for Burgers; 1 where that is 0.
   *
   * @return {@code s > 0}
   */
  public double speedScale() {
    double s = 0;
    if (burgers) {
      for (int i = 0; i <= 1000; i++) {
        s = Math.max(s, Math.abs(u0.applyAsDouble(a + (b - a) * i / 1000.0)));
      }
    } else {
      s = Math.abs(speed);
    }
    return s > 0 && Double.isFinite(s) ? s : 1;
  }

  /** @return a one-line description */
  public String describe() {
    String adv = burgers ? "u u_x" : String.format(Locale.ROOT, "%s u_x", speed);
    String diff = nu > 0 ? String.format(Locale.ROOT, " = %.6g u_xx", nu) : rho > 0 ? " =" : " = 0";
    String react = rho > 0 ? String.format(Locale.ROOT, "%s %s u(1-u)", nu > 0 ? " +" : "", rho) : "";
    String bc = periodic ? "periodic" : String.format(Locale.ROOT, "u(%s) = %s, u(%s) = %s", a, left, b, right);
    return String.format(Locale.ROOT, "u_t + %s%s%s on [%.4g, %.4g]×[%s, %s], %s", adv, diff, react, a, b, t0, t1, bc);
  }
}
