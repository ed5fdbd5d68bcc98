package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.plot.AnimatedGif;
import dev.galerkin.data.plot.Figure;
import dev.galerkin.data.plot.LineChart;
import dev.galerkin.operators.timestep.Rollout;
import dev.galerkin.operators.timestep.RolloutMetrics;
import dev.galerkin.operators.timestep.TimeStepper;
import dev.galerkin.operators.timestep.TrajectoryLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
      RolloutPictures pics = new RolloutPictures(l, l.channels()[0], first, times);
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
}
