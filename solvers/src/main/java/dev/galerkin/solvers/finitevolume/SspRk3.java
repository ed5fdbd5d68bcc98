package dev.galerkin.solvers.finitevolume;

import dev.galerkin.solvers.SolverException;

/**
 * The three-stage, third-order strong-stability-preserving Runge–Kutta method of Shu &amp; Osher
 * (J. Comput. Phys. 77, 1988), in Gottlieb &amp; Shu's form (Math. Comp. 67, 1998):
 *
 * <pre>
 *   q¹ = q + Δt L(q)
 *   q² = ¾ q + ¼ (q¹ + Δt L(q¹))
 *   q  = ⅓ q + ⅔ (q² + Δt L(q²))
 * </pre>
 *
 * a convex combination of forward-Euler steps, so it keeps every property (positivity, TVD) that
 * forward Euler has at the same step. {@link #advance} marches to a time with CFL-chosen steps,
 * shortening the last one to land on it exactly. Not thread-safe: it keeps work arrays.
 */
public final class SspRk3 {
  private final SemiDiscreteOperator op;
  private final double[] stage;
  private final double[] dq;
  private long steps;
  private double minDt = Double.POSITIVE_INFINITY;

  /** @param op the semi-discrete operator */
  public SspRk3(SemiDiscreteOperator op) {
    this.op = op;
    this.stage = new double[op.size()];
    this.dq = new double[op.size()];
  }

  /** @return the number of steps taken so far */
  public long steps() {
    return steps;
  }

  /** @return the shortest step taken so far ({@code +∞} before the first) */
  public double minDt() {
    return minDt;
  }

  /**
   * One step.
   *
   * @param q the state at {@code t}; modified to the state at {@code t + dt}
   * @param dt the step
   */
  public void step(double[] q, double dt) {
    op.rhs(q, dq);
    for (int k = 0; k < q.length; k++) {
      stage[k] = q[k] + dt * dq[k];
    }
    op.enforceAdmissible(stage);
    op.rhs(stage, dq);
    for (int k = 0; k < q.length; k++) {
      stage[k] = 0.75 * q[k] + 0.25 * (stage[k] + dt * dq[k]);
    }
    op.enforceAdmissible(stage);
    op.rhs(stage, dq);
    for (int k = 0; k < q.length; k++) {
      q[k] = q[k] / 3 + 2.0 / 3 * (stage[k] + dt * dq[k]);
    }
    op.enforceAdmissible(q);
    steps++;
    minDt = Math.min(minDt, dt);
  }

  /**
   * Marches from {@code t} to {@code tEnd} with steps {@code min(op.maxTimeStep(q, cfl), dtMax)},
   * the last one shortened (or lengthened by at most 1e-9 of a step, so no round-off sliver
   * remains) to land on {@code tEnd}.
   *
   * @param q the state at {@code t}; modified to the state at {@code tEnd}
   * @param t the current time
   * @param tEnd the time to reach, {@code >= t}
   * @param cfl the Courant number
   * @param dtMax the longest step
   * @param maxSteps the most steps to take before giving up
   * @throws SolverException if the state stops being finite or the steps run out
   */
  public void advance(double[] q, double t, double tEnd, double cfl, double dtMax, long maxSteps) {
    long start = steps;
    while (t < tEnd) {
      double dt = Math.min(op.maxTimeStep(q, cfl), dtMax);
      if (!(dt > 0) || Double.isNaN(dt)) {
        throw new SolverException("the CFL step at t = " + t + " is " + dt + " after " + steps
            + " steps (the state is not finite); lower --cfl");
      }
      if (steps - start >= maxSteps) {
        throw new SolverException("reaching t = " + tEnd + " needs more than " + maxSteps
            + " steps (at t = " + t + ", dt = " + dt + "); raise the step limit or coarsen the grid");
      }
      boolean last = t + dt * (1 + 1e-9) >= tEnd;   // no round-off sliver of a last step
      if (last) {
        dt = tEnd - t;
      }
      step(q, dt);
      t = last ? tEnd : t + dt;
    }
  }
}
