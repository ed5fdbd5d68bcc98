package dev.galerkin.solvers.ode;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.ode.symbolic.Expression;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;

/**
 * One family of autonomous ODE systems {@code u' = f(u; p)} of the PROSE data set (Liu, Zhang,
 * Schaeffer, Neural Networks 2024): its right-hand side as symbolic expressions of the state for
 * given parameters {@code p}, the parameters' nominal values, and the box its initial conditions
 * are drawn from. The catalogue is {@link OdeSystems}.
 *
 * @param name the family, e.g. {@code lorenz}
 * @param dimension the state components {@code d}
 * @param parameters the parameter names, e.g. {@code sigma, rho, beta}
 * @param nominal the nominal parameter values, one per name
 * @param initialLow the least initial value per component
 * @param initialHigh the largest initial value per component
 * @param equations the right-hand side {@code (f_0, …, f_{d−1})} for a parameter vector
 */
public record OdeSystem(String name, int dimension, List<String> parameters, double[] nominal,
    double[] initialLow, double[] initialHigh,
    Function<double[], List<Expression>> equations) {

  /** Checks the lengths agree. */
  public OdeSystem {
    if (parameters.size() != nominal.length || initialLow.length != dimension
        || initialHigh.length != dimension) {
      throw new IllegalArgumentException(name + ": parameter or initial-box lengths disagree");
    }
  }

  /** @return the right-hand side at parameters {@code p} */
  public List<Expression> rightHandSide(double[] p) {
    if (p.length != nominal.length) {
      throw new GalerkinException(name + " has " + nominal.length + " parameters " + parameters
          + "; got " + p.length);
    }
    return equations.apply(p);
  }

  /**
   * Integrates {@code u' = f(u)} with Dormand–Prince 8(5,3).
   *
   * @param name for error messages
   * @param f the right-hand side, one expression per component
   * @param u0 the state at {@code times[0]}
   * @param times increasing output times, {@code times[0]} the initial time
   * @param tol the tolerances
   * @return the state at the times, flat {@code [times.length, d]}
   */
  public static double[] integrate(String name, List<Expression> f, double[] u0, double[] times,
      OdeTolerance tol) {
    if (u0.length != f.size()) {
      throw new GalerkinException(name + ": the initial state has " + u0.length
          + " components but the equation " + f.size() + "; pass one value per state variable");
    }
    int d = f.size();
    FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
      @Override
      public int getDimension() {
        return d;
      }

      @Override
      public void computeDerivatives(double t, double[] u, double[] du) {
        for (int i = 0; i < d; i++) {
          du[i] = f.get(i).evaluate(u);
        }
      }
    };
    double[] out = new double[times.length * d];
    OdeIntegration.integrate(name, ode, u0, times, tol, out);
    return out;
  }
}
