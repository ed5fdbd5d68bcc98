package dev.galerkin.operators.optim;

import dev.galerkin.GalerkinException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Limited-memory BFGS with a strong-Wolfe line search, on a function given as value and gradient of
 * a flat {@code double[]} (Nocedal and Wright, <em>Numerical Optimization</em>, 2nd ed., 2006:
 * the two-loop recursion, Algorithm 7.4, with the initial Hessian {@code γ I},
 * {@code γ = sᵀy / yᵀy} (7.20); the line search Algorithms 3.5 and 3.6 with {@code c₁ = 1e−4},
 * {@code c₂ = 0.9} and safeguarded cubic interpolation in the zoom). Commons Math has no L-BFGS.
 *
 * <p>Each accepted iteration satisfies the sufficient-decrease (Armijo) condition, so the value
 * decreases monotonically. A correction pair with {@code sᵀy <= 1e−10 ‖s‖ ‖y‖} is skipped; a
 * direction that is not a descent direction resets the memory to steepest descent. The run stops at
 * the first of: {@code ‖g‖∞ <= gtol}, relative decrease {@code <= ftol}, the iteration or
 * evaluation budget, or a line search that finds no decrease. All in {@code double}; not
 * thread-safe (the function is called from the calling thread).
 */
public final class Lbfgs {
  private static final double C1 = 1e-4;
  private static final double C2 = 0.9;
  private static final int MAX_LINE_SEARCH = 25;

  private Lbfgs() {}

  /** A value and gradient of the objective at a point, with optional parts (loss terms) to report. */
  public record Evaluation(double value, double[] gradient, double[] parts) {}

  /** The objective. */
  @FunctionalInterface
  public interface Function {
    /**
     * @param x the point, not modified (and not kept)
     * @return the value and gradient at {@code x}
     */
    Evaluation evaluate(double[] x);
  }

  /** Hears each accepted iteration. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param iteration from 1
     * @param at the accepted evaluation
     */
    void iteration(int iteration, Evaluation at);
  }

  /** Why a run stopped. */
  public enum Stop {
    /** {@code ‖g‖∞ <= gradientTolerance}. */
    GRADIENT,
    /** The relative decrease of one iteration was at most {@code functionTolerance}. */
    FUNCTION,
    /** {@code maxIterations} reached. */
    ITERATIONS,
    /** {@code maxEvaluations} reached. */
    EVALUATIONS,
    /** The line search found no point with sufficient decrease (typically at round-off level). */
    LINE_SEARCH
  }

  /**
   * @param x the minimiser found (a new array)
   * @param value the objective there
   * @param iterations accepted iterations
   * @param evaluations function evaluations
   * @param stop why it stopped
   */
  public record Result(double[] x, double value, int iterations, int evaluations, Stop stop) {}

  /**
   * Minimises {@code f} from {@code x0}.
   *
   * @param f the objective
   * @param x0 the start, not modified
   * @param config memory, budgets and tolerances
   * @param listener hears every accepted iteration, or {@code null}
   * @return the result
   */
  public static Result minimize(Function f, double[] x0, LbfgsConfig config, Listener listener) {
    int n = x0.length;
    double[] x = x0.clone();
    Evaluation cur = check(f.evaluate(x), n);
    int evals = 1;
    if (!Double.isFinite(cur.value())) {
      throw new GalerkinException("lbfgs: the objective is " + cur.value() + " at the start");
    }
    Deque<double[][]> memory = new ArrayDeque<>();
    int iter = 0;
    boolean first = true;
    while (true) {
      if (normInf(cur.gradient()) <= config.gradientTolerance()) {
        return new Result(x, cur.value(), iter, evals, Stop.GRADIENT);
      }
      if (iter >= config.maxIterations()) {
        return new Result(x, cur.value(), iter, evals, Stop.ITERATIONS);
      }
      if (evals >= config.maxEvaluations()) {
        return new Result(x, cur.value(), iter, evals, Stop.EVALUATIONS);
      }
      double[] d = direction(cur.gradient(), memory);
      double slope = dot(cur.gradient(), d);
      if (!(slope < 0)) {
        memory.clear();
        d = negate(cur.gradient());
        slope = dot(cur.gradient(), d);
        first = true;
      }
      double alpha0 = first ? Math.min(1, 1 / norm1(cur.gradient())) : 1;
      LineSearch ls = new LineSearch(f, x, d, cur, slope, config.maxEvaluations() - evals);
      Evaluation next = ls.search(alpha0);
      evals += ls.evaluations;
      if (next == null) {
        return new Result(x, cur.value(), iter, evals, Stop.LINE_SEARCH);
      }
      double[] s = new double[n];
      double[] y = new double[n];
      double[] xn = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = ls.alpha * d[i];
        xn[i] = x[i] + s[i];
        y[i] = next.gradient()[i] - cur.gradient()[i];
      }
      double sy = dot(s, y);
      if (sy > 1e-10 * Math.sqrt(dot(s, s) * dot(y, y))) {
        memory.addLast(new double[][] {s, y, {1 / sy}});
        if (memory.size() > config.memory()) {
          memory.removeFirst();
        }
      }
      double fPrev = cur.value();
      x = xn;
      cur = next;
      iter++;
      first = false;
      if (listener != null) {
        listener.iteration(iter, cur);
      }
      double scale = Math.max(Math.max(Math.abs(fPrev), Math.abs(cur.value())), 1);
      if ((fPrev - cur.value()) / scale <= config.functionTolerance()) {
        return new Result(x, cur.value(), iter, evals, Stop.FUNCTION);
      }
    }
  }

  /** The two-loop recursion: {@code −H g}. */
  private static double[] direction(double[] g, Deque<double[][]> memory) {
    double[] q = g.clone();
    double[] a = new double[memory.size()];
    int k = memory.size() - 1;
    for (Iterator<double[][]> it = memory.descendingIterator(); it.hasNext(); k--) {
      double[][] p = it.next();
      a[k] = p[2][0] * dot(p[0], q);
      axpy(-a[k], p[1], q);
    }
    if (!memory.isEmpty()) {
      double[][] last = memory.peekLast();
      double gamma = 1 / (last[2][0] * dot(last[1], last[1]));
      for (int i = 0; i < q.length; i++) {
        q[i] *= gamma;
      }
    }
    k = 0;
    for (double[][] p : memory) {
      double b = p[2][0] * dot(p[1], q);
      axpy(a[k] - b, p[0], q);
      k++;
    }
    return negate(q);
  }

  /** Nocedal and Wright Algorithms 3.5 (bracketing) and 3.6 (zoom). */
  private static final class LineSearch {
    final Function f;
    final double[] x;
    final double[] d;
    final double f0;
    final double slope0;
    final int budget;
    int evaluations;
    double alpha;

    LineSearch(Function f, double[] x, double[] d, Evaluation at0, double slope0, int budget) {
      this.f = f;
      this.x = x;
      this.d = d;
      this.f0 = at0.value();
      this.slope0 = slope0;
      this.budget = budget;
    }

    /** @return the accepted evaluation (and {@link #alpha}), or {@code null} when no decrease was found */
    Evaluation search(double alphaInit) {
      double aPrev = 0;
      double fPrev = f0;
      double gPrev = slope0;
      Evaluation ePrev = null;
      double a = alphaInit;
      for (int i = 1; i <= MAX_LINE_SEARCH && evaluations < budget; i++) {
        Evaluation e = at(a);
        double fa = e.value();
        double ga = dot(e.gradient(), d);
        if (!Double.isFinite(fa) || fa > f0 + C1 * a * slope0 || (i > 1 && fa >= fPrev)) {
          return zoom(aPrev, fPrev, gPrev, ePrev, a, fa, ga);
        }
        if (Math.abs(ga) <= -C2 * slope0) {
          alpha = a;
          return e;
        }
        if (ga >= 0) {
          return zoom(a, fa, ga, e, aPrev, fPrev, gPrev);
        }
        aPrev = a;
        fPrev = fa;
        gPrev = ga;
        ePrev = e;
        a = 2 * a;
      }
      if (ePrev != null) {
        alpha = aPrev;
        return ePrev;
      }
      return null;
    }

    private Evaluation zoom(double lo, double fLo, double gLo, Evaluation eLo, double hi, double fHi, double gHi) {
      for (int j = 0; j < MAX_LINE_SEARCH && evaluations < budget; j++) {
        if (Math.abs(hi - lo) * normInf(d) < 1e-16 * (1 + normInf(x))) {
          break;
        }
        double a = Double.isFinite(fHi) ? cubic(lo, fLo, gLo, hi, fHi, gHi) : Double.NaN;
        double left = Math.min(lo, hi);
        double width = Math.abs(hi - lo);
        if (!(a > left + 0.1 * width && a < left + 0.9 * width)) {
          a = 0.5 * (lo + hi);
        }
        Evaluation e = at(a);
        double fa = e.value();
        double ga = dot(e.gradient(), d);
        if (!Double.isFinite(fa) || fa > f0 + C1 * a * slope0 || fa >= fLo) {
          hi = a;
          fHi = fa;
          gHi = ga;
        } else {
          if (Math.abs(ga) <= -C2 * slope0) {
            alpha = a;
            return e;
          }
          if (ga * (hi - lo) >= 0) {
            hi = lo;
            fHi = fLo;
            gHi = gLo;
          }
          lo = a;
          fLo = fa;
          gLo = ga;
          eLo = e;
        }
      }
      if (eLo != null && fLo < f0) {
        alpha = lo;
        return eLo;
      }
      return null;
    }

    private Evaluation at(double a) {
      double[] p = new double[x.length];
      for (int i = 0; i < p.length; i++) {
        p[i] = x[i] + a * d[i];
      }
      evaluations++;
      return check(f.evaluate(p), x.length);
    }
  }

  /** The minimiser of the cubic through {@code (a, fa, ga)} and {@code (b, fb, gb)}; NaN when it has none. */
  static double cubic(double a, double fa, double ga, double b, double fb, double gb) {
    double d1 = ga + gb - 3 * (fa - fb) / (a - b);
    double disc = d1 * d1 - ga * gb;
    if (!(disc >= 0)) {
      return Double.NaN;
    }
    double d2 = Math.signum(b - a) * Math.sqrt(disc);
    return b - (b - a) * (gb + d2 - d1) / (gb - ga + 2 * d2);
  }

  private static Evaluation check(Evaluation e, int n) {
    if (e.gradient().length != n) {
      throw new GalerkinException("lbfgs: the gradient has " + e.gradient().length + " entries, expected " + n);
    }
    return e;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static double[] negate(double[] a) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = -a[i];
    }
    return r;
  }

  private static double normInf(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  private static double norm1(double[] a) {
    double m = 0;
    for (double v : a) {
      m += Math.abs(v);
    }
    return m == 0 ? 1 : m;
  }
}
