package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.prose.ProseData;
import dev.galerkin.operators.prose.ProseModel;
import dev.galerkin.operators.prose.ProseObjective;
import dev.galerkin.solvers.ode.OdeSystem;
import dev.galerkin.solvers.ode.OdeTolerance;
import dev.galerkin.solvers.ode.symbolic.EquationTokens;
import dev.galerkin.solvers.ode.symbolic.Expression;
import dev.galerkin.solvers.presets.OdeSystemsPreset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores a {@link ProseModel} on samples of an {@code ode-systems} dataset, the way the PROSE paper
 * does: the predicted continuation's relative L2 against the reference (state units, every
 * component), and for each equation the model writes, whether it parses, whether it equals the
 * true one token for token, and the R² of the trajectory it produces — integrated with
 * Dormand–Prince from the sample's first stored state over all {@code p + Q} times and compared
 * with the reference on the system's own components ({@code R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)²},
 * {@code ȳ} per component). An equation that does not parse or whose integration fails scores
 * R² = −∞.
 */
final class ProseScores {
  /** The R² above which a written equation counts as recovered (the PROSE paper's 0.99). */
  static final double RECOVERED_R2 = 0.99;
  private static final OdeTolerance TOLERANCE = new OdeTolerance(1e-9, 1e-9);

  private ProseScores() {}

  /** Which symbol input the model is given. */
  enum Symbols {
    /** the dataset's {@code symbols} field: corrupted guesses */
    GIVEN,
    /** the true {@code equation}: clean symbols */
    CLEAN
  }

  /**
   * One sample's scores.
   *
   * @param index the sample
   * @param family the system's name
   * @param corruption the corruption of the dataset's symbol input (0 noise, 1 added, 2 removed)
   * @param trajectoryError relative L2 of the predicted continuation
   * @param prediction the predicted continuation {@code [Q, d]}
   * @param written the written equation in infix, or the parse error
   * @param parsed whether it parsed
   * @param exact whether its tokens equal the true equation's
   * @param r2 the R² of its integrated trajectory ({@code −∞} when it did not parse or integrate)
   * @param equationTrajectory its integrated trajectory {@code [P, dim]}, or null
   */
  record Sample(long index, String family, int corruption, double trajectoryError,
      float[] prediction, String written, boolean parsed, boolean exact, double r2,
      double[] equationTrajectory) {
    boolean recovered() {
      return r2 > RECOVERED_R2;
    }
  }

  /**
   * @param families the dataset's {@code families} attribute, split
   * @param equations whether to write and score equations (slower: one decoder pass per token)
   */
  static List<Sample> score(ProseModel m, ProseData d, List<String> families, long[] idx,
      Symbols symbols, boolean equations) {
    int p = d.inputPoints();
    int q = d.outputPoints();
    int dim = d.dimension();
    int l = d.tokens();
    float[] in = ProseData.rows(d.a(), idx, p * dim);
    int[] sym = ProseData.rows(symbols == Symbols.GIVEN ? d.symbols() : d.equation(), idx, l);
    float[] y = m.predict(in, sym, m.outputTimes()).toArray();
    int[][] w = equations ? m.writeEquations(in, sym) : null;
    List<Sample> out = new ArrayList<>();
    for (int r = 0; r < idx.length; r++) {
      int i = (int) idx[r];
      float[] pred = Arrays.copyOfRange(y, r * q * dim, (r + 1) * q * dim);
      double err = ProseObjective.relativeL2(pred, Arrays.copyOfRange(d.u(), i * q * dim,
          (i + 1) * q * dim), 0, q * dim);
      int f = d.system()[3 * i];
      String family = f < families.size() ? families.get(f) : "family " + f;
      int kind = d.system()[3 * i + 2];
      if (w == null) {
        out.add(new Sample(i, family, kind, err, pred, "", false, false,
            Double.NEGATIVE_INFINITY, null));
        continue;
      }
      int[] truth = Arrays.copyOfRange(d.equation(), i * l, (i + 1) * l);
      boolean exact = Arrays.equals(truth, w[r]);
      int own = d.stateDimension(i);
      List<Expression> rhs;
      try {
        rhs = EquationTokens.decode(OdeSystemsPreset.trim(w[r]), own);
      } catch (GalerkinException e) {
        rhs = null;
      }
      if (rhs == null) {
        out.add(new Sample(i, family, kind, err, pred, "does not parse", false, exact,
            Double.NEGATIVE_INFINITY, null));
        continue;
      }
      double[] traj;
      double r2;
      try {
        traj = integrate(rhs, d, i, own);
        r2 = r2(traj, d, i, own);
      } catch (RuntimeException e) {
        traj = null;
        r2 = Double.NEGATIVE_INFINITY;
      }
      out.add(new Sample(i, family, kind, err, pred, infix(rhs), true, exact, r2, traj));
    }
    return out;
  }

  static String infix(List<Expression> rhs) {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < rhs.size(); k++) {
      parts.add("u_" + k + "' = " + rhs.get(k).infix());
    }
    return String.join("; ", parts);
  }

  /** @return the written equation's trajectory {@code [P, own]} from sample {@code i}'s first state */
  static double[] integrate(List<Expression> rhs, ProseData d, int i, int own) {
    double[] u0 = new double[own];
    for (int c = 0; c < own; c++) {
      u0[c] = d.a()[i * d.inputPoints() * d.dimension() + c];
    }
    return OdeSystem.integrate("written equation of sample " + i, rhs, u0, d.times(), TOLERANCE);
  }

  /** @return the reference state of sample {@code i} at point {@code k}, component {@code c} */
  static double reference(ProseData d, int i, int k, int c) {
    int p = d.inputPoints();
    int dim = d.dimension();
    return k < p ? d.a()[(i * p + k) * dim + c] : d.u()[(i * d.outputPoints() + k - p) * dim + c];
  }

  static double r2(double[] traj, ProseData d, int i, int own) {
    int points = d.times().length;
    double res = 0;
    double tot = 0;
    for (int c = 0; c < own; c++) {
      double mean = 0;
      for (int k = 0; k < points; k++) {
        mean += reference(d, i, k, c);
      }
      mean /= points;
      for (int k = 0; k < points; k++) {
        double y = reference(d, i, k, c);
        res += (y - traj[k * own + c]) * (y - traj[k * own + c]);
        tot += (y - mean) * (y - mean);
      }
    }
    return 1 - res / Math.max(tot, 1e-300);
  }
}
