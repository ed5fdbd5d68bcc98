package dev.galerkin.operators.physics.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.AtomicFiles;
import dev.galerkin.data.plot.LineChart;
import dev.galerkin.data.plot.Series;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The loss history of a physics-informed run: the weighted total and every term (unweighted mean
 * squares) per recorded Adam step and per L-BFGS iteration, with the weights in use and the number
 * of interior points, written as CSV and as a PNG of the curves per term on a log axis. A run with
 * residual-based refinement ({@link Refinement}) has phases {@code adam}, {@code rar-1},
 * {@code rar-2} … then {@code lbfgs}; each refinement phase starts with a record at step 0 (the loss
 * on the enlarged point set).
 *
 * @param labels the term labels, {@code pde} first
 * @param unknownNames the unknown coefficients (an inverse problem), may be empty
 * @param records the records in order
 */
public record PhysicsHistory(List<String> labels, List<String> unknownNames, List<PhysicsHistory.Record> records) {

  /**
   * One recorded point.
   *
   * @param phase {@code adam}, {@code rar-<round>} or {@code lbfgs}
   * @param step the Adam step or L-BFGS iteration within its phase, from 1 (0: the initial loss)
   * @param iteration the running count over both phases
   * @param loss the weighted total
   * @param terms each term's mean square, as {@link PhysicsHistory#labels()}
   * @param unknowns the unknown coefficients' values, as {@link PhysicsHistory#unknownNames()}
   * @param seconds since the start of training
   * @param weights the loss weights in use, as {@link PhysicsHistory#labels()}, or empty when the
   *     objective does not expose them
   * @param points the interior (residual) points in use, or 0 when the objective does not say
   */
  public record Record(String phase, int step, int iteration, double loss, double[] terms, double[] unknowns,
      double seconds, double[] weights, int points) {
    /** Copies. */
    public Record {
      terms = terms.clone();
      unknowns = unknowns.clone();
      weights = weights.clone();
    }

    /** A record without weights or point count. */
    public Record(String phase, int step, int iteration, double loss, double[] terms, double[] unknowns,
        double seconds) {
      this(phase, step, iteration, loss, terms, unknowns, seconds, new double[0], 0);
    }

    /** @return a copy of the weights */
    @Override
    public double[] weights() {
      return weights.clone();
    }

    /** @return a copy of the unknowns' values */
    @Override
    public double[] unknowns() {
      return unknowns.clone();
    }

    /** @return a copy of the terms */
    @Override
    public double[] terms() {
      return terms.clone();
    }
  }

  /** Copies. */
  public PhysicsHistory {
    labels = List.copyOf(labels);
    unknownNames = List.copyOf(unknownNames);
    records = List.copyOf(records);
  }

  /** @return the last record */
  public Record last() {
    if (records.isEmpty()) {
      throw new GalerkinException("the history is empty");
    }
    return records.get(records.size() - 1);
  }

  /** @return the records of one phase */
  public List<Record> phase(String phase) {
    return records.stream().filter(r -> r.phase().equals(phase)).toList();
  }

  /**
   * Writes {@code phase,step,iteration,seconds,loss,<term>…,<unknown>…,weight[<term>]…,points}
   * rows, atomically; the weight columns only when the records carry weights.
   */
  public void writeCsv(Path file) {
    StringBuilder sb = new StringBuilder("phase,step,iteration,seconds,loss");
    for (String l : labels) {
      sb.append(',').append(l.replace(',', ';'));
    }
    for (String u : unknownNames) {
      sb.append(',').append(u);
    }
    boolean weighted = !records.isEmpty() && records.get(0).weights.length == labels.size();
    if (weighted) {
      for (String l : labels) {
        sb.append(",weight[").append(l.replace(',', ';')).append(']');
      }
    }
    sb.append(",points\n");
    for (Record r : records) {
      sb.append(String.format(Locale.ROOT, "%s,%d,%d,%.3f,%.8e", r.phase(), r.step(), r.iteration(), r.seconds(), r.loss()));
      for (double t : r.terms) {
        sb.append(String.format(Locale.ROOT, ",%.8e", t));
      }
      for (double u : r.unknowns) {
        sb.append(String.format(Locale.ROOT, ",%.10g", u));
      }
      if (weighted) {
        for (double w : r.weights) {
          sb.append(String.format(Locale.ROOT, ",%.6e", w));
        }
      }
      sb.append(',').append(r.points).append('\n');
    }
    AtomicFiles.write(file, true, p -> Files.writeString(p, sb.toString(), StandardCharsets.UTF_8));
  }

  /** Draws the total and each term against the running iteration, log scale, into {@code file}. */
  public void writePng(String title, Path file) {
    chart(title).write(file);
  }

  /**
   * @param title the chart's title
   * @return the total (solid) and each unweighted term (dashed) against the running iteration
   *     (Adam steps, then L-BFGS iterations), log scale; for a notebook or a figure
   */
  public LineChart chart(String title) {
    int n = records.size();
    double[] x = new double[n];
    double[] total = new double[n];
    List<double[]> ts = new ArrayList<>();
    for (int k = 0; k < labels.size(); k++) {
      ts.add(new double[n]);
    }
    for (int i = 0; i < n; i++) {
      Record r = records.get(i);
      x[i] = r.iteration();
      total[i] = Math.max(r.loss(), 1e-30);
      for (int k = 0; k < labels.size(); k++) {
        ts.get(k)[i] = Math.max(r.terms[k], 1e-30);
      }
    }
    LineChart chart = LineChart.create().title(title).xLabel("iteration (Adam, then L-BFGS)")
        .yLabel("mean squared term").logY(true).series(Series.of("total (weighted)", x, total));
    for (int k = 0; k < labels.size(); k++) {
      chart = chart.series(Series.of(labels.get(k), x, ts.get(k)).dashed());
    }
    return chart;
  }
}
