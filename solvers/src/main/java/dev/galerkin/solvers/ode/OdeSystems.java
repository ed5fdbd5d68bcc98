package dev.galerkin.solvers.ode;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.ode.symbolic.Expression;
import dev.galerkin.solvers.ode.symbolic.Expression.Binary;
import dev.galerkin.solvers.ode.symbolic.Expression.BinaryOp;
import dev.galerkin.solvers.ode.symbolic.Expression.Constant;
import dev.galerkin.solvers.ode.symbolic.Expression.Unary;
import dev.galerkin.solvers.ode.symbolic.Expression.UnaryOp;
import dev.galerkin.solvers.ode.symbolic.Expression.Variable;
import java.util.List;

/**
 * The catalogue of ODE families of the {@code ode-systems} data (PROSE, Liu, Zhang, Schaeffer,
 * Neural Networks 2024, whose reference set holds Lorenz, Rössler, Thomas, Duffing and other
 * chaotic systems, parameters drawn within ±10 % of nominal). Each right-hand side is a sum of
 * terms {@code coefficient · monomial} (or of a sine or cosine), so every coefficient is a
 * constant of the expression, written as tokens by {@link
 * dev.galerkin.solvers.ode.symbolic.EquationTokens}:
 * <ul>
 *   <li>{@code lorenz}: σ u1 − σ u0, ρ u0 − u1 − u0 u2, u0 u1 − β u2 (σ 10, ρ 28, β 8/3);
 *   <li>{@code rossler}: −u1 − u2, u0 + a u1, b + u0 u2 − c u2 (a 0.2, b 0.2, c 5.7);
 *   <li>{@code thomas}: sin u1 − b u0, sin u2 − b u1, sin u0 − b u2 (b 0.208);
 *   <li>{@code duffing} (forced, the phase as a third variable, as PROSE's): u1,
 *       −δ u1 − α u0 − β u0³ + γ cos u2, ω (δ 0.3, α −1, β 1, γ 0.5, ω 1.2);
 *   <li>{@code van-der-pol}: u1, μ u1 − μ u0² u1 − u0 (μ 1);
 *   <li>{@code lotka-volterra}: α u0 − β u0 u1, δ u0 u1 − γ u1 (α 2/3, β 4/3, δ 1, γ 1);
 *   <li>{@code damped-pendulum}: u1, −b u1 − ω² sin u0 (b 0.2, ω² 1);
 *   <li>{@code linear-2d}: a u0 + b u1, −b u0 + a u1 (a −0.1, b 2; a damped rotation);
 *   <li>{@code linear-3d}: a u0 + b u1, −b u0 + a u1, c u2 (a −0.1, b 1, c −0.3).
 * </ul>
 */
public final class OdeSystems {
  private OdeSystems() {}

  /** @return every family, in the order above */
  public static List<OdeSystem> all() {
    return List.of(
        new OdeSystem("lorenz", 3, List.of("sigma", "rho", "beta"), new double[] {10, 28, 8.0 / 3},
            new double[] {-10, -10, 5}, new double[] {10, 10, 35},
            p -> List.of(sum(term(p[0], u(1)), term(-p[0], u(0))),
                sum(term(p[1], u(0)), term(-1, u(1)), term(-1, mul(u(0), u(2)))),
                sum(term(1, mul(u(0), u(1))), term(-p[2], u(2))))),
        new OdeSystem("rossler", 3, List.of("a", "b", "c"), new double[] {0.2, 0.2, 5.7},
            new double[] {-5, -5, 0}, new double[] {5, 5, 2},
            p -> List.of(sum(term(-1, u(1)), term(-1, u(2))),
                sum(term(1, u(0)), term(p[0], u(1))),
                sum(new Constant(p[1]), term(1, mul(u(0), u(2))), term(-p[2], u(2))))),
        new OdeSystem("thomas", 3, List.of("b"), new double[] {0.208},
            new double[] {-3, -3, -3}, new double[] {3, 3, 3},
            p -> List.of(sum(term(1, sin(u(1))), term(-p[0], u(0))),
                sum(term(1, sin(u(2))), term(-p[0], u(1))),
                sum(term(1, sin(u(0))), term(-p[0], u(2))))),
        new OdeSystem("duffing", 3, List.of("delta", "alpha", "beta", "gamma", "omega"),
            new double[] {0.3, -1, 1, 0.5, 1.2}, new double[] {-1.5, -1.5, 0},
            new double[] {1.5, 1.5, 0},
            p -> List.of(term(1, u(1)),
                sum(term(-p[0], u(1)), term(-p[1], u(0)), term(-p[2], pow3(u(0))),
                    term(p[3], new Unary(UnaryOp.COS, u(2)))),
                new Constant(p[4]))),
        new OdeSystem("van-der-pol", 2, List.of("mu"), new double[] {1},
            new double[] {-3, -3}, new double[] {3, 3},
            p -> List.of(term(1, u(1)),
                sum(term(p[0], u(1)), term(-p[0], mul(pow2(u(0)), u(1))), term(-1, u(0))))),
        new OdeSystem("lotka-volterra", 2, List.of("alpha", "beta", "delta", "gamma"),
            new double[] {2.0 / 3, 4.0 / 3, 1, 1}, new double[] {0.5, 0.5}, new double[] {2, 2},
            p -> List.of(sum(term(p[0], u(0)), term(-p[1], mul(u(0), u(1)))),
                sum(term(p[2], mul(u(0), u(1))), term(-p[3], u(1))))),
        new OdeSystem("damped-pendulum", 2, List.of("b", "omega2"), new double[] {0.2, 1},
            new double[] {-2.5, -1}, new double[] {2.5, 1},
            p -> List.of(term(1, u(1)), sum(term(-p[0], u(1)), term(-p[1], sin(u(0)))))),
        new OdeSystem("linear-2d", 2, List.of("a", "b"), new double[] {-0.1, 2},
            new double[] {-2, -2}, new double[] {2, 2},
            p -> List.of(sum(term(p[0], u(0)), term(p[1], u(1))),
                sum(term(-p[1], u(0)), term(p[0], u(1))))),
        new OdeSystem("linear-3d", 3, List.of("a", "b", "c"), new double[] {-0.1, 1, -0.3},
            new double[] {-2, -2, -2}, new double[] {2, 2, 2},
            p -> List.of(sum(term(p[0], u(0)), term(p[1], u(1))),
                sum(term(-p[1], u(0)), term(p[0], u(1))), term(p[2], u(2)))));
  }

  /** @return the family called {@code name}, or throws listing them */
  public static OdeSystem find(String name) {
    for (OdeSystem s : all()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new GalerkinException("unknown ODE system '" + name + "'; choose from "
        + all().stream().map(OdeSystem::name).toList());
  }

  private static Expression u(int i) {
    return new Variable(i);
  }

  private static Expression term(double c, Expression e) {
    return new Binary(BinaryOp.MUL, new Constant(c), e);
  }

  private static Expression mul(Expression a, Expression b) {
    return new Binary(BinaryOp.MUL, a, b);
  }

  private static Expression sin(Expression e) {
    return new Unary(UnaryOp.SIN, e);
  }

  private static Expression pow2(Expression e) {
    return new Unary(UnaryOp.POW2, e);
  }

  private static Expression pow3(Expression e) {
    return new Unary(UnaryOp.POW3, e);
  }

  private static Expression sum(Expression... terms) {
    return Expression.sum(List.of(terms));
  }
}
