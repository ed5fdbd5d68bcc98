package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.batch.Split;
import dev.galerkin.data.plot.Comparison;
import dev.galerkin.data.plot.LineChart;
import dev.galerkin.data.plot.Series;
import dev.galerkin.operators.Normalisation;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.evaluation.ErrorSummary;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.operators.fno.FnoConfig;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.operators.mgno.Mgno;
import dev.galerkin.operators.mgno.MgnoConfig;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.training.EpochRecord;
import dev.galerkin.operators.training.Loss;
import dev.galerkin.operators.training.SupervisedObjective;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingLoop;
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
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin bench models}: FNO (Li et al. 2021) and MgNO (He, Liu, Xu 2024) trained on the
 * same data, split and epochs, each with its own paper's recipe ({@code --recipe paper}: FNO with
 * AdamW, the step schedule and the relative L2 loss on point-wise normalised fields; MgNO with the
 * one-cycle schedule and the relative H1 loss on globally normalised fields) or both with FNO's
 * ({@code --recipe common}), and one report: parameters, seconds per epoch, test relative L2
 * (mean, median, p95) and relative H1, the median and worst test sample of each model, the loss
 * curves on one plot. Each model checkpoints after every epoch, so {@code --resume} continues a
 * longer run in a later session. {@code --task rollout} hands over to {@link RolloutBench}:
 * time-steppers on trajectories.
 */
@Command(name = "models", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Train models on the same data, split and budget; one report of accuracy and cost: FNO and MgNO on Darcy (--task elliptic), or time-steppers rolled out on trajectories (--task rollout).")
final class ModelsBench implements Callable<Integer> {
  @Option(names = "--task", defaultValue = "elliptic", description = "elliptic (FNO and MgNO on Darcy), rollout (time-steppers on trajectories, see --models) or multitask (multi-task DeepONet against single-task models on Fisher forms and Darcy geometries, and transfer to a held-out geometry) (default ${DEFAULT-VALUE}).")
  String task;

  @Option(names = "--preset", description = "elliptic: darcy (FNO's piecewise-constant 12/3 coefficient, the default) or darcy-multiscale; rollout: navier-stokes (the default) or shallow-water.")
  String preset;

  @Option(names = "--set", description = "rollout: a preset option KEY=VALUE, repeatable (navier-stokes defaults here: viscosity 1e-3, resolution 64, final-time 50, time-steps 50, grf-variance 686 as the released FNO data).")
  List<String> set = new ArrayList<>();

  @Option(names = "--history", defaultValue = "10", description = "rollout: frames in the window (default ${DEFAULT-VALUE}, the FNO paper's).")
  int history;

  @Option(names = "--unroll", defaultValue = "one-step", description = "rollout: one-step, pushforward:N or full:L (default ${DEFAULT-VALUE}).")
  String unroll;

  @Option(names = "--windows", defaultValue = "4", description = "rollout: random windows per training trajectory and epoch (default ${DEFAULT-VALUE}).")
  int windows;

  @Option(names = "--batch", defaultValue = "16", description = "rollout: batch size (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--lr", defaultValue = "1e-3", description = "rollout: peak learning rate of the cosine schedule with warm-up (default ${DEFAULT-VALUE}).")
  double lr;

  @Option(names = "--minutes", description = "rollout: instead of --epochs, train each model for as many epochs as fit in this many minutes of all cores' CPU time (M x 60 x cores CPU seconds; each epoch's steps and validation rollout measured first): equal training time, fair even when other work shares the machine.")
  Double minutes;

  @Option(names = "--resolution", defaultValue = "421", description = "elliptic: nodes per side of the solve (default ${DEFAULT-VALUE}).")
  int resolution;

  @Option(names = "--stride", defaultValue = "5", description = "elliptic: store every stride-th node (default ${DEFAULT-VALUE}: 85^2).")
  int stride;

  @Option(names = "--train", defaultValue = "1000", description = "Training samples (default ${DEFAULT-VALUE}, as both papers).")
  int train;

  @Option(names = "--validation", defaultValue = "100", description = "Validation samples, for the best-epoch choice (default ${DEFAULT-VALUE}).")
  int validation;

  @Option(names = "--test", defaultValue = "100", description = "Test samples (default ${DEFAULT-VALUE}, as both papers).")
  int test;

  @Option(names = "--epochs", defaultValue = "500", description = "Epochs of every model (default ${DEFAULT-VALUE}, as both papers).")
  int epochs;

  @Option(names = "--models", description = "Models to train, comma-separated: elliptic fno, mgno (the default both); rollout FAMILY or FAMILY:key=value;... (default fno,unet,sinenet:waves=2,sinenet:waves=4,sinenet:waves=8).")
  String models;

  @Option(names = "--recipe", defaultValue = "paper", description = "paper (each model its paper's recipe) or common (FNO's recipe for both) (default ${DEFAULT-VALUE}).")
  String recipe;

  @Option(names = "--seed", defaultValue = "0", description = "Seeds the data, the weights and the shuffling (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", defaultValue = "bench-models", description = "Directory for the report, models, checkpoints and pictures (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--held-out", defaultValue = "l,pentagon", split = ",", description = "multitask: the geometries of the transfer study, l and/or pentagon, comma-separated (default ${DEFAULT-VALUE}).")
  List<String> heldOut;

  @Option(names = "--transfer", defaultValue = "25,50,100", split = ",", description = "multitask: training samples of the held-out geometry, comma-separated (default ${DEFAULT-VALUE}).")
  int[] transfer;

  @Option(names = "--transfer-epochs", defaultValue = "100", description = "multitask: epochs of each transfer model, fine-tuned or from scratch (default ${DEFAULT-VALUE}).")
  int transferEpochs;

  @Option(names = "--resume", description = "Continue the models' checkpoints in --out.")
  boolean resume;

  @Option(names = "--quiet", description = "No progress bars.")
  boolean quiet;

  /** The FNO paper's Darcy error at s = 85 (1000 train, 100 test, 500 epochs). */
  static final double FNO_PAPER = 0.0108;

  @Spec CommandSpec spec;

  /** How one model is trained. */
  record Plan(String name, OperatorModel model, int batch, AdamConfig adam, Loss loss,
      Normalisation.Kind normalisation, String description) {}

  /** One model's results. */
  record Row(Plan plan, long parameters, double secondsPerEpoch, int epochsRun,
      ErrorSummary l2, double[] h1, List<EpochRecord> history) {}

  @Override
  public Integer call() throws IOException {
    Checks.positive("--train", train);
    Checks.positive("--validation", validation);
    Checks.positive("--test", test);
    Checks.positive("--epochs", epochs);
    if (task.equals("rollout")) {
      return rollout();
    }
    if (task.equals("multitask")) {
      return multitask();
    }
    if (!task.equals("elliptic")) {
      throw new GalerkinException("--task " + task + " is not known; use elliptic, rollout or"
          + " multitask");
    }
    preset = preset == null ? "darcy" : preset;
    models = models == null ? "fno,mgno" : models;
    if (!recipe.equals("paper") && !recipe.equals("common")) {
      throw new GalerkinException("--recipe " + recipe + " is not known; use paper or common");
    }
    if (!preset.equals("darcy") && !preset.equals("darcy-multiscale")) {
      throw new GalerkinException("--preset " + preset + " is not known; use darcy or"
          + " darcy-multiscale");
    }
    DatasetRecipe data = PresetCatalog.find(preset).create(Map.of("resolution",
        Integer.toString(resolution), "stride", Integer.toString(stride)));
    int r = (resolution - 1) / stride + 1;
    List<String> names = Arrays.stream(models.split(",")).map(String::strip).toList();
    List<Plan> plans = new ArrayList<>();
    for (String m : names) {
      plans.add(plan(m, r));
    }
    Files.createDirectories(out);
    for (Plan p : plans) {
      Path ckpt = out.resolve(p.name() + ".checkpoint.h5");
      if (Files.exists(ckpt) && !resume) {
        throw new GalerkinException(ckpt + " exists from an earlier run; add --resume to continue"
            + " it, or delete it to start over");
      }
    }
    PrintWriter console = spec.commandLine().getOut();
    int n = train + validation + test;
    long g0 = System.nanoTime();
    Dataset ds = DatasetGenerator.builder(data).samples(n).seed(seed)
        .progress(ProgressBars.generation("generate " + preset, quiet)).build().inMemory();
    console.printf(Locale.ROOT, "%s: %d^2 solve stored at %d^2; %d train, %d validation, %d test"
        + " samples (data %.1f s); %d epochs, recipe %s%n", preset, resolution, r, train,
        validation, test, (System.nanoTime() - g0) / 1e9, epochs, recipe);
    Split split = Split.contiguous(n, train, validation, test);
    List<SupervisedObjective> objectives = new ArrayList<>();
    List<TrainingConfig> configs = new ArrayList<>();
    for (Plan p : plans) {
      SupervisedObjective o = SupervisedObjective.builder(p.model(), ds).inputs("a").outputs("u")
          .split(StoredSplit.of(split, n)).loss(p.loss()).normalisation(p.normalisation()).build();
      TrainingConfig c = new TrainingConfig(epochs, p.batch(), p.adam(), seed, 0,
          Runtime.getRuntime().availableProcessors());
      double ms = TrainingLoop.timeSteps(o, c, 1, 2);
      double perEpoch = ms * o.stepsPerEpoch(p.batch()) / 1000;
      console.printf(Locale.ROOT, "  %-5s %s; about %.0f s per epoch, so about %s for %d epochs%n",
          p.name(), p.description(), perEpoch, duration(perEpoch * epochs), epochs);
      objectives.add(o);
      configs.add(c);
    }
    console.flush();
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < plans.size(); k++) {
      rows.add(run(plans.get(k), objectives.get(k), configs.get(k), ds, split, console));
    }
    report(rows, console, r);
    return 0;
  }

  private int rollout() throws IOException {
    String p = preset == null ? "navier-stokes" : preset;
    Map<String, String> options = new LinkedHashMap<>();
    if (p.equals("navier-stokes")) {
      options.put("viscosity", "1e-3");
      options.put("resolution", "64");
      options.put("final-time", "50");
      options.put("time-steps", "50");
      options.put("grf-variance", "686");
    }
    for (String kv : set) {
      String[] a = kv.split("=", 2);
      if (a.length != 2) {
        throw new GalerkinException("--set " + kv + " is not KEY=VALUE");
      }
      options.put(a[0].strip(), a[1].strip());
    }
    List<String> names = Arrays.stream((models == null
        ? "fno,unet,sinenet:waves=2,sinenet:waves=4,sinenet:waves=8" : models).split(",(?=[A-Za-z])"))
        .map(String::strip).toList();
    RolloutBench.run(new RolloutBench.Settings(p, options, train, validation, test, epochs, minutes,
        history, unroll, windows, batch, lr, names, seed, out, resume, quiet),
        spec.commandLine().getOut());
    return 0;
  }

  /**
   * {@link MultitaskBench}, with its own defaults where an option is not given: 200 training, 20
   * validation and 50 test samples per task, 100 epochs, Darcy at 101^2 (the preset's).
   */
  private int multitask() throws IOException {
    var given = spec.commandLine().getParseResult();
    java.util.function.BiFunction<String, Integer, Integer> or = (name, fallback) ->
        given.hasMatchedOption(name) ? given.matchedOptionValue(name, fallback) : fallback;
    for (String h : heldOut) {
      if (!h.equals("l") && !h.equals("pentagon")) {
        throw new GalerkinException("--held-out " + h + " is not a held-out geometry; use l and/or"
            + " pentagon");
      }
    }
    for (int k : transfer) {
      Checks.positive("--transfer", k);
    }
    Checks.positive("--transfer-epochs", transferEpochs);
    MultitaskBench.run(new MultitaskBench.Settings(or.apply("--train", 200),
        or.apply("--validation", 20), or.apply("--test", 50), or.apply("--epochs", 100),
        or.apply("--resolution", 101), heldOut, transfer, transferEpochs, seed,
        given.hasMatchedOption("--out") ? out : Path.of("bench-multitask"), quiet),
        spec.commandLine().getOut());
    return 0;
  }

  private Plan plan(String name, int r) {
    boolean paper = recipe.equals("paper");
    switch (name) {
      case "fno" -> {
        FnoConfig c = new FnoConfig(2, 32, Math.min(12, r / 2), 4, 128, Activation.GELU);
        return new Plan("fno", new Fno(c), 20, AdamConfig.adamW(stepSchedule(20), 1e-4),
            Loss.RELATIVE_L2, paper ? Normalisation.Kind.POINTWISE : Normalisation.Kind.GLOBAL,
            "FNO-2D width 32, " + c.modes() + " modes, 4 layers; AdamW 1e-3 halved every "
                + Math.max(1, epochs / 5) + " epochs, batch 20, relative L2, "
                + (paper ? "point-wise" : "global") + " normalisation");
      }
      case "mgno" -> {
        MgnoConfig d = MgnoConfig.darcy();
        int levels = Math.min(d.levels(), maxLevels(r));
        MgnoConfig c = new MgnoConfig(2, d.width(), d.layers(), levels, d.preSmoothing(),
            d.coarsestSmoothing(), d.postSmoothing(), Padding.ZERO, Activation.GELU, false);
        if (!paper) {
          return new Plan("mgno", new Mgno(c), 20, AdamConfig.adamW(stepSchedule(20), 1e-4),
              Loss.RELATIVE_L2, Normalisation.Kind.GLOBAL, "MgNO width 24, 5 layers, " + levels
                  + " levels; FNO's recipe (AdamW 1e-3, step schedule, batch 20, relative L2)");
        }
        long steps = (long) epochs * ((train + 7) / 8);
        LearningRateSchedule oneCycle = new LearningRateSchedule.OneCycle(5e-4, steps, 0.2, 2, 100);
        return new Plan("mgno", new Mgno(c), 8, AdamConfig.adamW(oneCycle, 1e-4), Loss.H1,
            Normalisation.Kind.GLOBAL, "MgNO width 24, 5 layers, " + levels + " levels, zero"
                + " padding; one-cycle to 5e-4 (div 2, final div 100, 20% warm-up), batch 8,"
                + " relative H1 (spectral, the reference's), global normalisation");
      }
      default -> throw new GalerkinException("--models: '" + name + "' is not one of fno, mgno");
    }
  }

  private LearningRateSchedule stepSchedule(int batch) {
    long stepsPerEpoch = (train + batch - 1) / batch;
    return LearningRateSchedule.stepDecay(1e-3, 0.5, stepsPerEpoch * Math.max(1, epochs / 5));
  }

  private static int maxLevels(int n) {
    int levels = 1;
    while ((n + 1) / 2 >= 2) {
      n = (n + 1) / 2;
      levels++;
    }
    return levels;
  }

  private Row run(Plan p, SupervisedObjective o, TrainingConfig c, Dataset ds, Split split,
      PrintWriter console) {
    Path ckpt = out.resolve(p.name() + ".checkpoint.h5");
    SupervisedObjective.Result r = o.train(c, TrainRun.announcing(
        ProgressBars.training(p.name(), quiet), console), ckpt);
    try (NeuralOperator op = r.operator()) {
      op.save(out.resolve(p.name() + ".h5"), true);
      long[] t = split.test();
      FloatArray in = ds.gather("a", t);
      FloatArray ref = ds.gather("u", t);
      FloatArray pred = op.predict(in);
      double[] l2 = ErrorMetrics.relativeL2(pred, ref);
      double[] h1 = ErrorMetrics.relativeH1(pred, ref);
      Integer[] order = IntStream.range(0, l2.length).boxed().toArray(Integer[]::new);
      Arrays.sort(order, (a, b) -> Double.compare(l2[a], l2[b]));
      Comparison.of(in, ref, pred).samples(order[order.length / 2], order[order.length - 1])
          .names("a", "u").title(p.name() + ": median and worst test sample")
          .write(out.resolve(p.name() + "-samples.png"));
      double seconds = r.history().stream().mapToDouble(EpochRecord::seconds).sum();
      return new Row(p, op.parameterCount(), seconds / r.history().size(), r.history().size(),
          ErrorSummary.of(l2, ErrorMetrics.maxAbs(pred, ref)), h1, r.history());
    }
  }

  private void report(List<Row> rows, PrintWriter console, int r) throws IOException {
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"model", "parameters", "s/epoch", "epochs", "test rel L2 mean",
        "median", "p95", "rel H1 mean", "paper"});
    StringBuilder csv = new StringBuilder("model,parameters,seconds_per_epoch,epochs,"
        + "rel_l2_mean,rel_l2_median,rel_l2_p95,rel_h1_mean\n");
    LineChart chart = LineChart.create().title("training loss (solid) and validation relative L2"
        + " (dashed)").xLabel("epoch").yLabel("loss / error").logY(true);
    for (Row row : rows) {
      double h1 = Arrays.stream(row.h1()).average().orElse(Double.NaN);
      String paper = row.plan().name().equals("fno") && preset.equals("darcy") && r == 85
          ? "1.08% (Li et al. 2021, 1000 train, 500 epochs)" : "-";
      table.add(new String[] {row.plan().name(), String.format(Locale.ROOT, "%,d",
          row.parameters()), f(row.secondsPerEpoch(), 1), Integer.toString(row.epochsRun()),
          pct(row.l2().meanRelativeL2()), pct(row.l2().medianRelativeL2()),
          pct(row.l2().p95RelativeL2()), pct(h1), paper});
      csv.append(String.format(Locale.ROOT, "%s,%d,%.3f,%d,%.6f,%.6f,%.6f,%.6f%n",
          row.plan().name(), row.parameters(), row.secondsPerEpoch(), row.epochsRun(),
          row.l2().meanRelativeL2(), row.l2().medianRelativeL2(), row.l2().p95RelativeL2(), h1));
      double[] x = row.history().stream().mapToDouble(EpochRecord::epoch).toArray();
      chart = chart.series(Series.of(row.plan().name() + " training loss", x,
          row.history().stream().mapToDouble(EpochRecord::trainLoss).toArray()));
      chart = chart.series(Series.of(row.plan().name() + " validation", x,
          row.history().stream().mapToDouble(EpochRecord::validationError).toArray()).dashed());
    }
    console.println();
    InfoCommand.printTable(console, table);
    for (Row row : rows) {
      if (row.plan().name().equals("fno") && preset.equals("darcy")) {
        console.println("  " + trend(row.history()));
      }
    }
    Files.writeString(out.resolve("report.csv"), csv);
    chart.write(out.resolve("loss-curves.png"));
    console.println("report: " + out.resolve("report.csv") + ", loss curves: "
        + out.resolve("loss-curves.png") + ", samples: " + out.resolve("MODEL-samples.png")
        + "; continue with --epochs N --resume");
  }

  /**
   * The epochs the validation error would need to reach the FNO paper's 1.08%, by a power law
   * {@code e ∝ epoch^b} fitted to the second half of the curve (least squares on log-log).
   */
  static String trend(List<EpochRecord> history) {
    int n = history.size();
    if (n < 6) {
      return "FNO trend: too few epochs to extrapolate";
    }
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int m = 0;
    for (int i = n / 2; i < n; i++) {
      double x = Math.log(history.get(i).epoch());
      double y = Math.log(history.get(i).validationError());
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
      m++;
    }
    double b = (m * sxy - sx * sy) / (m * sxx - sx * sx);
    double a = (sy - b * sx) / m;
    if (!(b < 0)) {
      return String.format(Locale.ROOT, "FNO trend: the validation error no longer falls (slope %.2f"
          + " over the second half); more epochs at this learning rate will not reach 1.08%%", b);
    }
    double epochsNeeded = Math.exp((Math.log(FNO_PAPER) - a) / b);
    return String.format(Locale.ROOT, "FNO trend: validation error ~ epoch^%.2f over the second half;"
        + " 1.08%% would take about %.0f epochs at this schedule and data size", b, epochsNeeded);
  }

  private static String duration(double seconds) {
    return seconds < 120 ? String.format(Locale.ROOT, "%.0f s", seconds)
        : seconds < 7200 ? String.format(Locale.ROOT, "%.0f min", seconds / 60)
        : String.format(Locale.ROOT, "%.1f h", seconds / 3600);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * v);
  }

  private static String f(double v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }
}
