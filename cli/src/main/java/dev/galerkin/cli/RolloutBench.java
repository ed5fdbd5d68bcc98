package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.batch.Split;
import dev.galerkin.data.plot.LineChart;
import dev.galerkin.data.plot.Series;
import dev.galerkin.operators.ModelFamilies;
import dev.galerkin.operators.ModelFamily;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.timestep.Rollout;
import dev.galerkin.operators.timestep.RolloutMetrics;
import dev.galerkin.operators.timestep.TimeStepper;
import dev.galerkin.operators.timestep.TrajectoryLayout;
import dev.galerkin.operators.timestep.TrajectoryObjective;
import dev.galerkin.operators.timestep.Unroll;
import dev.galerkin.operators.training.EpochRecord;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.CostProbe;
import dev.galerkin.operators.training.TrainingListener;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.presets.PresetCatalog;
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
 * {@code galerkin bench models --task rollout}: learned time-steppers trained on the same
 * trajectories, split, window and budget, then rolled out over the test trajectories from their
 * first {@code history} frames to the last frame. Models are named {@code FAMILY[:k=v;...]} (for
 * example {@code fno}, {@code unet}, {@code sinenet:waves=4}); each is configured by its family from
 * the data's shapes and boundary (circular padding for the periodic presets). Every model trains
 * for the same epochs, or, with {@code --minutes M}, for as many epochs as fit in {@code M × 60 ×
 * cores} seconds of process CPU time, each epoch's cost (its steps and its validation rollout)
 * measured by a {@link CostProbe} before training ("equal training time", counted in CPU time so
 * that a model is not short-changed when something else shares the cores). The report:
 * parameters, wall and CPU s/epoch, epochs,
 * one-step and rollout relative L2, correlation time, the rollout curves on one plot.
 */
final class RolloutBench {
  private RolloutBench() {}

  /** What {@link ModelsBench} hands over. */
  record Settings(String preset, Map<String, String> presetOptions, int train, int validation,
      int test, int epochs, Double minutes, int history, String unroll, int windows, int batch,
      double lr, List<String> models, long seed, Path out, boolean resume, boolean quiet) {}

  private record Row(String name, long parameters, double secondsPerEpoch,
      double cpuSecondsPerEpoch, int epochs, double oneStep, double[] rollout,
      int correlationTime, double[] perStep) {}

  static void run(Settings s, PrintWriter console) throws IOException {
    DatasetRecipe recipe = PresetCatalog.find(s.preset()).create(s.presetOptions());
    int n = s.train() + s.validation() + s.test();
    long g0 = System.nanoTime();
    Dataset ds = DatasetGenerator.builder(recipe).samples(n).seed(s.seed())
        .progress(ProgressBars.generation("generate " + s.preset(), s.quiet())).build().inMemory();
    String field = trajectoryField(ds);
    int gridRank = ds.boundary().isEmpty() ? 2 : ds.boundary().size();
    TrajectoryLayout layout = TrajectoryLayout.of(ds, List.of(field), statics(ds, field),
        s.history(), 1, gridRank);
    console.printf(Locale.ROOT, "%s: %s %s, %d train, %d validation, %d test trajectories (data"
        + " %.1f s); %d frames in, rolled out to frame %d; unroll %s%n", s.preset(), field,
        ds.shape(field).sampleShape(), s.train(), s.validation(), s.test(),
        (System.nanoTime() - g0) / 1e9, s.history(), layout.frames(), s.unroll());
    Split split = Split.contiguous(n, s.train(), s.validation(), s.test());
    Files.createDirectories(s.out());
    List<Row> rows = new ArrayList<>();
    for (String spec : s.models()) {
      rows.add(runModel(spec, s, ds, layout, split, console));
    }
    report(rows, layout, s, console);
  }

  private static String trajectoryField(Dataset ds) {
    for (String f : List.of("w", "q", "u")) {
      if (ds.sampleFieldNames().contains(f) && ds.shape(f).sampleShape().rank() >= 3) {
        return f;
      }
    }
    throw new GalerkinException("the preset has no trajectory field (w, q or u with a time axis);"
        + " use navier-stokes or shallow-water");
  }

  private static List<String> statics(Dataset ds, String field) {
    return ds.sampleFieldNames().contains("b") && !field.equals("b") ? List.of("b") : List.of();
  }

  private static Row runModel(String spec, Settings s, Dataset ds, TrajectoryLayout layout,
      Split split, PrintWriter console) {
    String[] parts = spec.split(":", 2);
    ModelFamily family = ModelFamilies.get(parts[0]);
    Map<String, String> given = new LinkedHashMap<>();
    if (parts.length == 2) {
      for (String kv : parts[1].split(";")) {
        String[] p = kv.split("=", 2);
        if (p.length != 2) {
          throw new GalerkinException("--models " + spec + ": write options as FAMILY:key=value;..."
              + " (for example sinenet:waves=4)");
        }
        given.put(p[0].strip(), p[1].strip());
      }
    }
    OperatorModel model = family.configure(OptionValues.of(family.options(), given), null,
        new ModelFamily.SampleShapes(layout.inputSample(), layout.outputSample(1),
            layout.grid().length, Map.of(), ds.boundary()));
    String name = spec.replace(':', '-').replace(';', '-').replace("=", "");
    int n = (int) ds.sampleCount();
    TrajectoryObjective o = TrajectoryObjective.builder(model, ds).trajectories(layout.trajectories())
        .statics(layout.statics()).history(s.history()).gridRank(layout.grid().length)
        .unroll(Unroll.parse(s.unroll())).windows(s.windows()).split(StoredSplit.of(split, n))
        .build();
    long steps = o.stepsPerEpoch(s.batch());
    int threads = Runtime.getRuntime().availableProcessors();
    int epochs = s.epochs();
    CostProbe cost = CostProbe.measure(o, config(s, 1, steps, threads), 2, 3, true);
    double cpuPerEpoch = cost.epochCpuSeconds(steps);
    if (s.minutes() != null) {
      epochs = Math.max(1, (int) (s.minutes() * 60 * threads / cpuPerEpoch));
    }
    console.printf(Locale.ROOT, "  %-12s about %.1f CPU s per epoch (%.1f s wall now, validation"
        + " included): %d epochs%n", name, cpuPerEpoch, cost.epochWallSeconds(steps), epochs);
    console.flush();
    Path ckpt = s.out().resolve(name + ".checkpoint.h5");
    if (Files.exists(ckpt) && !s.resume()) {
      throw new GalerkinException(ckpt + " exists from an earlier run; add --resume to continue it,"
          + " or delete it to start over");
    }
    long cpu0 = CostProbe.processCpuNanos();
    int[] epochsRun = {0};
    TrainingListener announced = TrainRun.announcing(ProgressBars.training(name, s.quiet()),
        console);
    TrainingListener counter = new TrainingListener() {
      @Override
      public void epoch(EpochRecord record, boolean best) {
        epochsRun[0]++;
      }
    };
    TrajectoryObjective.Result r = o.train(config(s, epochs, steps, threads),
        TrainingListener.all(announced, counter), ckpt);
    double cpuPerEpochRun = (CostProbe.processCpuNanos() - cpu0) / 1e9 / Math.max(1, epochsRun[0]);
    try (TimeStepper stepper = r.stepper()) {
      stepper.save(s.out().resolve(name + ".h5"), true);
      long[] test = split.test();
      FloatArray traj = ds.gather(layout.trajectories().get(0), test);
      Map<String, FloatArray> statics = new LinkedHashMap<>();
      for (String f : layout.statics()) {
        statics.put(f, ds.gather(f, test));
      }
      int frames = layout.frames() - s.history();
      Rollout.Result roll = stepper.rollout(Map.of(layout.trajectories().get(0), traj), statics,
          frames);
      roll.divergence().ifPresent(d -> console.println("  " + name + ": " + d));
      int done = roll.completed();
      FloatArray pred = roll.frames().get(layout.trajectories().get(0));
      FloatArray ref = Rollout.frames(traj, s.history(), done);
      int c = layout.channels()[0];
      if (done > 0) {
        new RolloutPictures(layout, c, layout.trajectories().get(0), times(ds, s.history(), done))
            .snapshots(ref, pred, done).title(name + ", test trajectory " + test[0])
            .write(s.out().resolve(name + ".rollout.png"));
      }
      double[] perStep = RolloutMetrics.perStep(pred, ref, c);
      double[] rollout = done == frames ? RolloutMetrics.rollout(pred, ref, c)
          : new double[] {Double.POSITIVE_INFINITY};
      double seconds = r.history().stream().mapToDouble(EpochRecord::seconds).sum();
      int run = r.history().size();
      return new Row(name, stepper.parameterCount(), seconds / run,
          cpuPerEpochRun, run, perStep[0], rollout,
          RolloutMetrics.correlationTime(RolloutMetrics.correlation(pred, ref, c)), perStep);
    }
  }

  /** @return the times of the predicted frames from the data's {@code t}, else frame numbers */
  private static double[] times(Dataset ds, int history, int count) {
    double[] t = ds.fields().containsKey("t") ? ds.values("t").toDouble().toArray() : null;
    double[] out = new double[count];
    for (int j = 0; j < count; j++) {
      out[j] = t != null && history + j < t.length ? t[history + j] : history + j;
    }
    return out;
  }

  private static TrainingConfig config(Settings s, int epochs, long steps, int threads) {
    return new TrainingConfig(epochs, s.batch(), AdamConfig.adamW(
        LearningRateSchedule.cosineWithWarmup(s.lr(), Math.max(1, Math.min(steps * 2, steps * epochs / 10)),
            steps * epochs, 0), 1e-4), s.seed(), 0, threads);
  }

  private static void report(List<Row> rows, TrajectoryLayout layout, Settings s,
      PrintWriter console) throws IOException {
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"model", "parameters", "s/epoch", "CPU s/epoch", "epochs",
        "one-step rel L2", "rollout rel L2 mean", "median", "corr. time (frames)"});
    StringBuilder csv = new StringBuilder("model,parameters,seconds_per_epoch,"
        + "cpu_seconds_per_epoch,epochs,one_step_rel_l2,rollout_rel_l2_mean,"
        + "rollout_rel_l2_median,correlation_time_frames\n");
    LineChart chart = LineChart.create().title("relative L2 along the test rollouts")
        .xLabel("frame after the window").yLabel("relative L2").logY(true);
    for (Row r : rows) {
      double[] sorted = r.rollout().clone();
      Arrays.sort(sorted);
      double mean = Arrays.stream(r.rollout()).average().orElse(Double.NaN);
      double median = sorted[sorted.length / 2];
      table.add(new String[] {r.name(), String.format(Locale.ROOT, "%,d", r.parameters()),
          String.format(Locale.ROOT, "%.1f", r.secondsPerEpoch()),
          String.format(Locale.ROOT, "%.1f", r.cpuSecondsPerEpoch()), Integer.toString(r.epochs()),
          pct(r.oneStep()), pct(mean), pct(median), Integer.toString(r.correlationTime())});
      csv.append(String.format(Locale.ROOT, "%s,%d,%.3f,%.3f,%d,%.6f,%.6f,%.6f,%d%n", r.name(),
          r.parameters(), r.secondsPerEpoch(), r.cpuSecondsPerEpoch(), r.epochs(), r.oneStep(),
          mean, median, r.correlationTime()));
      double[] x = new double[r.perStep().length];
      for (int j = 0; j < x.length; j++) {
        x[j] = j + 1;
      }
      chart = chart.series(Series.of(r.name(), x, r.perStep()));
    }
    console.println();
    InfoCommand.printTable(console, table);
    for (String line : published(s.preset())) {
      console.println("  " + line);
    }
    TrainRun.writeAtomically(s.out().resolve("report.csv"), csv.toString());
    chart.write(s.out().resolve("rollout-curves.png"));
    console.println("report: " + s.out().resolve("report.csv") + ", curves: "
        + s.out().resolve("rollout-curves.png") + ", pictures: "
        + s.out().resolve("MODEL.rollout.png") + ", models: " + s.out().resolve("MODEL.h5")
        + " (galerkin evaluate shows their rollouts); continue with --epochs N --resume");
  }

  /**
   * The papers' numbers for the setups this bench imitates, printed under the table so that ours
   * are read beside them; they were measured on the papers' data, budgets and GPUs, not ours.
   */
  static List<String> published(String preset) {
    if (preset.equals("navier-stokes")) {
      return List.of("published: FNO-2D 1.28% rollout relative L2 at nu = 1e-3, T = 50, 10 frames"
          + " in, 1000 training trajectories, trained through the whole 40-step rollout (Li et al.,"
          + " ICLR 2021, Table 1); ours above uses the settings printed at the top");
    }
    if (preset.equals("shallow-water")) {
      return List.of("published: SineNet-8 1.02% one-step, 1.78% rollout (circular padding), 4.19%"
          + " rollout (zero padding) on PDEArena's spherical shallow-water data (Zhang et al., ICLR"
          + " 2024); ours above is a planar periodic problem of our own, so only the ranking"
          + " compares");
    }
    return List.of();
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * v);
  }
}
