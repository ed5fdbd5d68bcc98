package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.plot.AnimatedGif;
import dev.galerkin.data.plot.ColorMap;
import dev.galerkin.data.plot.Figure;
import dev.galerkin.data.plot.Heatmap;
import dev.galerkin.data.plot.LineChart;
import dev.galerkin.operators.timestep.Rollout;
import dev.galerkin.operators.timestep.RolloutMetrics;
import dev.galerkin.operators.timestep.TimeStepper;
import dev.galerkin.operators.timestep.TrajectoryLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code galerkin evaluate} for a time-stepper: rolls the chosen trajectories out from their first
 * {@code history} frames and compares every predicted frame with the reference: relative L2 per
 * step, over the whole rollout (mean, median, p95), the correlation per step and the correlation
 * time; {@code rollout.csv}, {@code errors.csv}, {@code rollout.png} (reference, prediction and
 * error at four times), {@code rollout-error.png} (the curves) and {@code rollout.gif} (one
 * trajectory animated).
 */
final class RolloutEvaluation {
  private RolloutEvaluation() {}

  static int run(Path modelFile, Path data, FormatOptions format, String which, Integer frames,
      Path out, PrintWriter console) throws IOException {
    Files.createDirectories(out);
    try (TimeStepper s = TimeStepper.load(modelFile); DatasetFile f = format.open(data,
        s.layout().statics(), s.layout().trajectories())) {
      TrajectoryLayout l = s.layout();
      long[] chosen = EvaluateCommand.chosenSamples(s.split(), f.sampleCount(), data, which);
      Map<String, FloatArray> traj = new LinkedHashMap<>();
      for (String name : l.trajectories()) {
        if (!f.sampleFieldNames().contains(name)) {
          throw new GalerkinException(data + " has no trajectory field '" + name + "' that the"
              + " time-stepper rolls out; its fields are " + f.sampleFieldNames());
        }
        traj.put(name, f.gather(name, chosen));
      }
      Map<String, FloatArray> statics = new LinkedHashMap<>();
      for (String name : l.statics()) {
        statics.put(name, f.gather(name, chosen));
      }
      long available = traj.values().iterator().next().shape().dim(1) - l.history();
      int count = frames == null ? (int) available : frames;
      if (count < 1 || count > available) {
        throw new GalerkinException("--frames " + count + ": the reference has " + available
            + " frames after the " + l.history() + "-frame window; give 1 to " + available);
      }
      double[] times = times(f, l.history(), count);
      long t0 = System.nanoTime();
      Rollout.Result r = s.rollout(traj, statics, count);
      double seconds = (System.nanoTime() - t0) / 1e9;
      r.divergence().ifPresent(d -> console.println("warning: " + d + "; the errors below cover"
          + " the " + r.completed() + " frames before it"));
      int done = r.completed();
      if (done == 0) {
        throw new GalerkinException(r.divergence().orElse("the rollout produced no frame"));
      }
      StringBuilder steps = new StringBuilder("field,frame,time,relative_l2,correlation\n");
      StringBuilder perSample = new StringBuilder("sample,field,rollout_relative_l2\n");
      LineChart chart = LineChart.create().title("rollout of " + s.model().type() + " on "
          + data.getFileName()).xLabel("time").yLabel("relative L2 / correlation");
      console.printf(Locale.ROOT, "%s time-stepper, %d trajectories of %s, %d frames rolled out"
          + " from %d (%.1f s)%n", s.model().type(), chosen.length, data.getFileName(), done,
          l.history(), seconds);
      console.println("  field  one-step  rollout mean  median   p95      corr. time (< "
          + RolloutMetrics.CORRELATION_THRESHOLD + ")");
      for (int i = 0; i < l.trajectories().size(); i++) {
        String name = l.trajectories().get(i);
        int c = l.channels()[i];
        FloatArray pred = r.frames().get(name);
        FloatArray ref = Rollout.frames(traj.get(name), l.history(), done);
        double[] err = RolloutMetrics.perStep(pred, ref, c);
        double[] corr = RolloutMetrics.correlation(pred, ref, c);
        double[] roll = RolloutMetrics.rollout(pred, ref, c);
        int ct = RolloutMetrics.correlationTime(corr);
        double[] x = Arrays.copyOf(times, done);
        for (int j = 0; j < done; j++) {
          steps.append(String.format(Locale.ROOT, "%s,%d,%s,%.6g,%.6g%n", name, j + 1,
              Double.toString(x[j]), err[j], corr[j]));
        }
        for (int k = 0; k < roll.length; k++) {
          perSample.append(chosen[k]).append(',').append(name).append(',')
              .append(String.format(Locale.ROOT, "%.6g", roll[k])).append('\n');
        }
        double[] sorted = roll.clone();
        Arrays.sort(sorted);
        console.printf(Locale.ROOT, "  %-6s %7.2f%%  %10.2f%%  %6.2f%%  %6.2f%%  %s%n", name,
            100 * err[0], 100 * Arrays.stream(roll).average().orElse(Double.NaN),
            100 * quantile(sorted, 0.5), 100 * quantile(sorted, 0.95),
            ct == done ? "beyond the " + done + " frames" : ct + " frames (t = " + x[ct] + ")");
        chart = chart.series("rel. L2 " + name, x, err).series("correlation " + name, x, corr);
      }
      TrainRun.writeAtomically(out.resolve("rollout.csv"), steps.toString());
      TrainRun.writeAtomically(out.resolve("errors.csv"), perSample.toString());
      chart.size(640, 360);
      Figure.create().row(chart).write(out.resolve("rollout-error.png"));
      String first = l.trajectories().get(0);
      FloatArray p0 = r.frames().get(first);
      FloatArray q0 = Rollout.frames(traj.get(first), l.history(), done);
      Pictures pics = new Pictures(l, l.channels()[0], first, times);
      pics.snapshots(q0, p0, done).title(s.model().type() + " rollout of sample " + chosen[0]
          + ", " + first).write(out.resolve("rollout.png"));
      if (l.grid().length == 2) {
        AnimatedGif.write(pics.animation(q0, p0, done), 200, out.resolve("rollout.gif"));
      }
      console.println("per-step errors: " + out.resolve("rollout.csv") + ", per trajectory: "
          + out.resolve("errors.csv") + ", pictures: " + out.resolve("rollout.png") + ", "
          + out.resolve("rollout-error.png") + (l.grid().length == 2 ? ", "
              + out.resolve("rollout.gif") : ""));
    }
    return 0;
  }

  private static double quantile(double[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  }

  /** @return the times of the predicted frames from the {@code t} coordinate, else frame numbers */
  private static double[] times(DatasetFile f, int history, int count) {
    double[] t = TrainRun.coordinates(f).get("t");
    double[] out = new double[count];
    for (int j = 0; j < count; j++) {
      out[j] = t != null && history + j < t.length ? t[history + j] : history + j;
    }
    return out;
  }

  /** Heatmaps of channel 0 of the first trajectory sample. */
  private record Pictures(TrajectoryLayout layout, int channels, String field, double[] times) {
    /** @return values of frame {@code j} of sample 0, channel 0, {@code [n_1·n_2]} */
    private double[] frame(FloatArray a, int j) {
      int p = layout.points();
      double[] v = new double[p];
      int base = j * p * channels;
      for (int q = 0; q < p; q++) {
        v[q] = a.getDouble(base + q * channels);
      }
      return v;
    }

    Figure snapshots(FloatArray ref, FloatArray pred, int done) {
      if (layout.grid().length == 1) {
        int n = (int) layout.grid()[0];
        double[] r = new double[done * n];
        double[] p = new double[done * n];
        for (int j = 0; j < done; j++) {
          System.arraycopy(frame(ref, j), 0, r, j * n, n);
          System.arraycopy(frame(pred, j), 0, p, j * n, n);
        }
        double[] lim = limits(r);
        return Figure.create().row(Heatmap.of(r, done, n).limits(lim[0], lim[1])
            .title("reference (frame, x)"), Heatmap.of(p, done, n).limits(lim[0], lim[1])
            .title("prediction"), error(r, p));
      }
      Figure f = Figure.create();
      int[] at = {0, done / 3, (2 * done) / 3, done - 1};
      List<Heatmap> refs = new ArrayList<>();
      List<Heatmap> preds = new ArrayList<>();
      List<Heatmap> errs = new ArrayList<>();
      for (int j : at) {
        double[] r = frame(ref, j);
        double[] p = frame(pred, j);
        double[] lim = limits(r);
        String when = "t = " + String.format(Locale.ROOT, "%.3g", times[j]);
        refs.add(heat(r).limits(lim[0], lim[1]).title("reference, " + when));
        preds.add(heat(p).limits(lim[0], lim[1]).title("prediction, " + when));
        errs.add(error(r, p).title("error, " + when));
      }
      return f.row(refs.toArray(Heatmap[]::new)).row(preds.toArray(Heatmap[]::new))
          .row(errs.toArray(Heatmap[]::new));
    }

    List<BufferedImage> animation(FloatArray ref, FloatArray pred, int done) {
      double[] lim = limits(frame(ref, 0));
      List<BufferedImage> out = new ArrayList<>();
      for (int j = 0; j < done; j++) {
        double[] r = frame(ref, j);
        double[] p = frame(pred, j);
        out.add(Figure.create().title(field + ", t = " + String.format(Locale.ROOT, "%.3g",
            times[j])).row(heat(r).limits(lim[0], lim[1]).title("reference"),
            heat(p).limits(lim[0], lim[1]).title("prediction"), error(r, p).title("error"))
            .render());
      }
      return out;
    }

    private Heatmap heat(double[] v) {
      return Heatmap.of(v, (int) layout.grid()[0], (int) layout.grid()[1]);
    }

    private Heatmap error(double[] r, double[] p) {
      double[] e = new double[r.length];
      double m = 0;
      for (int i = 0; i < e.length; i++) {
        e[i] = p[i] - r[i];
        m = Math.max(m, Math.abs(e[i]));
      }
      int nx = layout.grid().length == 1 ? r.length / (int) layout.grid()[0]
          : (int) layout.grid()[0];
      int ny = r.length / nx;
      return Heatmap.of(e, nx, ny).limits(-Math.max(m, 1e-30), Math.max(m, 1e-30))
          .colorMap(ColorMap.BLUE_RED).title("error");
    }

    private static double[] limits(double[] v) {
      double[] r = Heatmap.finiteRange(v);
      return r == null ? new double[] {0, 1} : r[1] > r[0] ? r : new double[] {r[0], r[0] + 1};
    }
  }
}
