package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.batch.Split;
import dev.galerkin.data.plot.Comparison;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.deeponet.BranchKind;
import dev.galerkin.operators.deeponet.DeepOnet;
import dev.galerkin.operators.deeponet.DeepOnetConfig;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.training.SupervisedObjective;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.presets.FisherForm;
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
import java.util.stream.LongStream;

/**
 * {@code galerkin bench models --task multitask}: the comparisons of the multi-task DeepONet paper
 * (Kumar et al., <i>Synergistic learning with multi-task DeepONet for efficient PDE problem
 * solving</i>, 2024), on Galerkin's own data.
 *
 * <ol>
 *   <li><b>Fisher</b> ({@code fisher-multiform}): one DeepONet on all reaction forms, its branch
 *       fed the initial condition and the reaction coefficients {@code c} (a flat stack), against
 *       one DeepONet per form with the same architecture, inputs and epochs, each on its form's
 *       samples only (so the single-task models together see the same samples): held-out
 *       relative L2 of {@code u(t, x)} per form.
 *   <li><b>Darcy on several geometries</b> ({@code darcy-geometries}): a CNN-branch DeepONet on
 *       square, disk and triangle, fed {@code (a, mask)} and masked, against one such model per
 *       geometry; then <b>transfer</b> to each held-out geometry (the L and the pentagon): the
 *       multi-task model fine-tuned
 *       (nothing frozen) on 25, 50, 100 samples of it, against the same architecture trained from
 *       scratch on the same samples for the same epochs, and the multi-task model as it is
 *       ("zero-shot").
 * </ol>
 *
 * <p>Every model: AdamW with a cosine schedule from {@code 1e-3}, batch 20, relative L2 loss,
 * point-wise normalisation; the kept weights are the best validation epoch's. Errors are per test
 * sample, inside the mask for Darcy, averaged. The report goes to {@code --out}: {@code
 * multitask.csv}, and {@code darcy-GEOMETRY.png} (input, reference, prediction and error of the
 * median test sample of each geometry, multi-task model).
 */
final class MultitaskBench {
  private MultitaskBench() {}

  /**
   * @param train training samples per task (form or geometry)
   * @param validation validation samples per task
   * @param test test samples per task
   * @param epochs epochs of every model
   * @param resolution Darcy nodes per side of the solve (stored as they are)
   * @param heldOut the held-out geometries of the transfer study (data seeded {@code seed + 1},
   *     {@code seed + 2}, … in this order)
   * @param transfer the transfer training-set sizes
   * @param transferEpochs epochs of every transfer model
   * @param seed seeds data and weights
   * @param out the report directory
   * @param quiet no progress bars
   */
  record Settings(int train, int validation, int test, int epochs, int resolution, List<String> heldOut,
      int[] transfer, int transferEpochs, long seed, Path out, boolean quiet) {}

  /** One row of the report. */
  record Row(String study, String task, String model, int trainSamples, double relativeL2) {}

  static void run(Settings s, PrintWriter console) throws IOException {
    Files.createDirectories(s.out());
    List<Row> rows = new ArrayList<>();
    fisher(s, console, rows);
    darcy(s, console, rows);
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"study", "task", "model", "train samples", "test rel L2"});
    StringBuilder csv = new StringBuilder("study,task,model,train_samples,relative_l2\n");
    for (Row r : rows) {
      table.add(new String[] {r.study(), r.task(), r.model(), Integer.toString(r.trainSamples()),
          String.format(Locale.ROOT, "%.2f%%", 100 * r.relativeL2())});
      csv.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%.6f%n", r.study(), r.task(), r.model(),
          r.trainSamples(), r.relativeL2()));
    }
    console.println();
    InfoCommand.printTable(console, table);
    Path report = s.out().resolve("multitask.csv");
    Path tmp = s.out().resolve("multitask.csv.tmp");
    Files.writeString(tmp, csv);
    Files.move(tmp, report, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    console.println("report: " + report + ", pictures: " + s.out().resolve("darcy-GEOMETRY.png"));
    console.flush();
  }

  private static void fisher(Settings s, PrintWriter console, List<Row> rows) {
    int forms = FisherForm.values().length;
    int per = s.train() + s.validation() + s.test();
    int n = forms * per * 3 / 2 + 30;
    long t0 = System.nanoTime();
    Dataset ds = DatasetGenerator.builder(PresetCatalog.find("fisher-multiform").create(Map.of()))
        .samples(n).seed(s.seed()).progress(ProgressBars.generation("generate fisher-multiform",
            s.quiet())).build().inMemory();
    float[] form = ds.gather("form_id", all(n)).toArray();
    List<Split> tasks = new ArrayList<>();
    for (int f = 0; f < forms; f++) {
      final int id = f;
      long[] idx = LongStream.range(0, n).filter(i -> form[(int) i] == id).limit(per).toArray();
      if (idx.length < per) {
        throw new GalerkinException("fisher-multiform drew only " + idx.length + " samples of form "
            + FisherForm.values()[f] + " among " + n + "; lower --train/--validation/--test");
      }
      tasks.add(split(idx, s));
    }
    console.printf(Locale.ROOT, "fisher-multiform: %d forms x (%d train, %d validation, %d test)"
        + " samples of u [20, 64] (data %.1f s); DeepONet MLP branch 2 x 128, trunk 2 x 128 on"
        + " (t, x), p = 64; inputs a and c; %d epochs%n", forms, s.train(), s.validation(),
        s.test(), (System.nanoTime() - t0) / 1e9, s.epochs());
    DeepOnetConfig config = DeepOnetConfig.builder().dimensions(2).branch(2, 128).trunk(2, 128)
        .latent(64).activation(Activation.GELU).lengths(2, 1).build();
    List<String> in = List.of("a", "c");
    try (NeuralOperator mt = train(ds, union(tasks), config, in, null, s.epochs(), s, null,
        "fisher multi-task", console)) {
      for (int f = 0; f < forms; f++) {
        rows.add(new Row("fisher", FisherForm.values()[f].name().toLowerCase(Locale.ROOT),
            "multi-task", forms * s.train(), error(mt, ds, tasks.get(f).test())));
      }
    }
    for (int f = 0; f < forms; f++) {
      String name = FisherForm.values()[f].name().toLowerCase(Locale.ROOT);
      try (NeuralOperator one = train(ds, tasks.get(f), config, in, null, s.epochs(), s, null,
          "fisher " + name, console)) {
        rows.add(new Row("fisher", name, "single-task", s.train(),
            error(one, ds, tasks.get(f).test())));
      }
    }
  }

  private static void darcy(Settings s, PrintWriter console, List<Row> rows) throws IOException {
    List<String> geometries = List.of("square", "disk", "triangle");
    int per = s.train() + s.validation() + s.test();
    int g = geometries.size();
    Dataset ds = darcyData(s, String.join(",", geometries), g * per, s.seed());
    List<Split> tasks = new ArrayList<>();
    for (int k = 0; k < g; k++) {
      final int at = k;
      tasks.add(split(LongStream.range(0, (long) g * per).filter(i -> i % g == at).toArray(), s));
    }
    int maxTransfer = Arrays.stream(s.transfer()).max().orElseThrow();
    console.printf(Locale.ROOT, "darcy-geometries: %s x (%d train, %d validation, %d test) at %d^2,"
        + " held out %s (up to %d train each); DeepONet CNN branch 5x5 16-32-64 with"
        + " average pooling, then 2 x 128, trunk 2 x 128, p = 64; inputs a and mask, masked; %d"
        + " epochs, transfer %d epochs%n", geometries, s.train(), s.validation(), s.test(),
        s.resolution(), s.heldOut(), maxTransfer, s.epochs(),
        s.transferEpochs());
    DeepOnetConfig config = DeepOnetConfig.builder().dimensions(2).branch(2, 128).trunk(2, 128)
        .latent(64).activation(Activation.GELU).branchKind(BranchKind.CNN).filters(16, 32, 64)
        .build();
    List<String> in = List.of("a", "mask");
    try (NeuralOperator mt = train(ds, union(tasks), config, in, "mask", s.epochs(), s, null,
        "darcy multi-task", console)) {
      mt.save(s.out().resolve("darcy-multitask.h5"), true);
      for (int k = 0; k < g; k++) {
        rows.add(new Row("darcy", geometries.get(k), "multi-task", g * s.train(),
            picture(mt, ds, tasks.get(k).test(), geometries.get(k), s.out())));
      }
      for (int k = 0; k < g; k++) {
        try (NeuralOperator one = train(ds, tasks.get(k), config, in, "mask", s.epochs(), s, null,
            "darcy " + geometries.get(k), console)) {
          rows.add(new Row("darcy", geometries.get(k), "single-task", s.train(),
              error(one, ds, tasks.get(k).test())));
        }
      }
      for (int h = 0; h < s.heldOut().size(); h++) {
        String shape = s.heldOut().get(h);
        Dataset held = darcyData(s, shape, maxTransfer + s.validation() + s.test(), s.seed() + 1 + h);
        transfer(s, held, shape, config, in, mt, rows, console);
      }
    }
  }

  /** Zero-shot, then fine-tuned against scratch at each transfer size, on one held-out shape. */
  private static void transfer(Settings s, Dataset held, String shape, DeepOnetConfig config,
      List<String> in, NeuralOperator mt, List<Row> rows, PrintWriter console) {
    int maxTransfer = Arrays.stream(s.transfer()).max().orElseThrow();
    long[] val = range(maxTransfer, s.validation());
    long[] test = range(maxTransfer + s.validation(), s.test());
    rows.add(new Row("transfer", shape, "zero-shot", 0, error(mt, held, test)));
    for (int size : s.transfer()) {
      Split few = new Split(range(0, size), val, test);
      try (NeuralOperator tuned = train(held, few, config, in, "mask", s.transferEpochs(), s, mt,
          shape + " fine-tuned " + size, console);
          NeuralOperator scratch = train(held, few, config, in, "mask", s.transferEpochs(), s,
              null, shape + " scratch " + size, console)) {
        rows.add(new Row("transfer", shape, "fine-tuned", size, size == maxTransfer
            ? picture(tuned, held, test, shape + "-fine-tuned", s.out()) : error(tuned, held, test)));
        rows.add(new Row("transfer", shape, "scratch", size, error(scratch, held, test)));
      }
    }
  }

  private static Dataset darcyData(Settings s, String geometries, int n, long seed) {
    return DatasetGenerator.builder(PresetCatalog.find("darcy-geometries").create(Map.of(
        "resolution", Integer.toString(s.resolution()), "geometry", geometries))).samples(n)
        .seed(seed).progress(ProgressBars.generation("generate darcy-geometries " + geometries,
            s.quiet())).build().inMemory();
  }

  private static NeuralOperator train(Dataset ds, Split split, DeepOnetConfig config,
      List<String> inputs, String mask, int epochs, Settings s, NeuralOperator init, String label,
      PrintWriter console) {
    long steps = (long) epochs * ((split.train().length + 19) / 20);
    AdamConfig adam = AdamConfig.adamW(LearningRateSchedule.cosine(1e-3, 0, steps), 1e-4);
    SupervisedObjective.Builder b = SupervisedObjective.builder(new DeepOnet(config), ds)
        .inputs(inputs).outputs("u").mask(mask).split(StoredSplit.of(split, ds.sampleCount()));
    if (init != null) {
      b.startFrom(init, "the multi-task model", List.of());
    }
    SupervisedObjective.Result r = b.build().train(new TrainingConfig(epochs, 20, adam, s.seed(), 0,
        Runtime.getRuntime().availableProcessors()), TrainRun.announcing(
            ProgressBars.training(label, s.quiet()), console), null);
    return r.operator();
  }

  /** @return the mean relative L2 error over {@code test}, inside the mask when there is one */
  private static double error(NeuralOperator op, Dataset ds, long[] test) {
    Map<String, FloatArray> in = inputs(op, ds, test);
    FloatArray pred = op.predict(in).get("u");
    FloatArray ref = op.masked(in, Map.of("u", ds.gather("u", test))).get("u");
    return Arrays.stream(ErrorMetrics.relativeL2(pred, ref)).average().orElseThrow();
  }

  /** Writes the median test sample's picture; @return the mean error, as {@link #error} */
  private static double picture(NeuralOperator op, Dataset ds, long[] test, String name, Path out) {
    Map<String, FloatArray> in = inputs(op, ds, test);
    FloatArray pred = op.predict(in).get("u");
    FloatArray ref = op.masked(in, Map.of("u", ds.gather("u", test))).get("u");
    double[] e = ErrorMetrics.relativeL2(pred, ref);
    Integer[] order = java.util.stream.IntStream.range(0, e.length).boxed()
        .toArray(Integer[]::new);
    Arrays.sort(order, (x, y) -> Double.compare(e[x], e[y]));
    Comparison.of(in.get("a"), ref, pred).samples(order[order.length / 2]).names("a", "u")
        .title(String.format(Locale.ROOT, "MT-DeepONet, %s: median test sample (rel L2 %.2f%%)",
            name, 100 * e[order[order.length / 2]])).write(out.resolve("darcy-" + name + ".png"));
    return Arrays.stream(e).average().orElseThrow();
  }

  private static Map<String, FloatArray> inputs(NeuralOperator op, Dataset ds, long[] idx) {
    Map<String, FloatArray> in = new LinkedHashMap<>();
    op.inputFields().forEach(f -> in.put(f, ds.gather(f, idx)));
    return in;
  }

  private static Split split(long[] idx, Settings s) {
    return new Split(Arrays.copyOfRange(idx, 0, s.train()),
        Arrays.copyOfRange(idx, s.train(), s.train() + s.validation()),
        Arrays.copyOfRange(idx, s.train() + s.validation(), s.train() + s.validation() + s.test()));
  }

  private static Split union(List<Split> tasks) {
    return new Split(cat(tasks.stream().map(Split::train).toList()),
        cat(tasks.stream().map(Split::validation).toList()),
        cat(tasks.stream().map(Split::test).toList()));
  }

  private static long[] cat(List<long[]> parts) {
    return parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
  }

  private static long[] range(long from, long count) {
    return LongStream.range(from, from + count).toArray();
  }

  private static long[] all(int n) {
    return range(0, n);
  }
}
