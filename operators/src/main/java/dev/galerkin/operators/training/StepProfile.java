package dev.galerkin.operators.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.operators.fno.FnoConfig;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.optim.Adam;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.tf.Tensors;
import dev.galerkin.operators.tf.TfGraph;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.tensorflow.proto.DeviceStepStats;
import org.tensorflow.proto.NodeExecStats;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.types.TFloat32;

/**
 * Where the time of a training step goes: the steps of an objective run as {@link CostProbe} runs
 * them (same graph, same optimiser, the first batch of epoch 1 repeated), first untimed, then
 * timed one by one, then traced with TensorFlow's step statistics ({@code RunOptions} trace level
 * {@code FULL_TRACE}, {@code RunMetadata.step_stats}), which give every executed node its start
 * and duration. The node times are summed by op type (the executed kernel, from the timeline
 * label, so oneDNN's rewritten kernels show as such), by layer (the first name component with its
 * index folded, {@code fourier_*}, backward ops under {@code grad:}) and by node.
 *
 * <p>What happens in Java outside the session, turning the batch's {@code float[]}s into tensors,
 * is timed separately ({@link Report#feedMs()}).
 *
 * <p>{@link #main} profiles the {@code galerkin bench train} FNO-2D configuration (85², width 32,
 * 12 modes, 4 layers, GELU, batch 20, Adam at 1e-3, relative L2, Gaussian random data):
 * {@code java -cp … dev.galerkin.operators.training.StepProfile [--steps 10] [--traced 5]
 * [--warmup 3] [--threads 2] [--batch 20] [--resolution 85] [--timeline FILE]}; set
 * {@code TF_ENABLE_ONEDNN_OPTS=1} as the launcher does.
 */
public final class StepProfile {
  private StepProfile() {}

  /**
   * One line of a breakdown.
   *
   * @param key op type, layer or node name
   * @param ms milliseconds per step summed over the key's nodes
   * @param nodes executed nodes per step under the key
   */
  public record Row(String key, double ms, double nodes) {}

  /**
   * Node time of one kind of work.
   *
   * @param name the kind ({@link #category})
   * @param forwardMs milliseconds per step in forward nodes
   * @param backwardMs milliseconds per step in gradient and optimiser nodes
   */
  public record Category(String name, double forwardMs, double backwardMs) {}

  /** The kinds of work, in table order. */
  static final List<String> CATEGORIES = List.of("DFT + spectral weights (BatchMatMul, Einsum)",
      "1x1 convs, lifting, projection (MatMul, BiasAdd)", "Transpose",
      "element-wise (GELU, loss, gradient sums)", "Adam (ApplyAdam)",
      "Reshape, Concat, Slice, shapes", "other");

  /** @return the kind of work of an executed kernel */
  static String category(String type) {
    String t = type.replaceFirst("^_Mkl(Native)?", "").replaceFirst("^_", "");
    if (t.startsWith("BatchMatMul") || t.startsWith("Einsum")) {
      return CATEGORIES.get(0);
    }
    if (t.startsWith("MatMul") || t.startsWith("FusedMatMul") || t.startsWith("BiasAdd")) {
      return CATEGORIES.get(1);
    }
    if (t.startsWith("Transpose")) {
      return CATEGORIES.get(2);
    }
    if (List.of("Mul", "Add", "AddV2", "AddN", "Sub", "Neg", "Tanh", "TanhGrad", "Sigmoid",
        "SigmoidGrad", "Square", "SquaredDifference", "Sum", "Mean", "Sqrt", "SqrtGrad", "Div",
        "RealDiv", "Maximum", "Erf", "Exp", "Tile", "OnesLike", "Cast").contains(t)) {
      return CATEGORIES.get(3);
    }
    if (t.startsWith("ApplyAdam")) {
      return CATEGORIES.get(4);
    }
    if (List.of("Reshape", "ConcatV2", "Slice", "Shape", "BroadcastGradientArgs", "Const",
        "Size", "Range", "Mod", "DynamicStitch", "Fill", "StridedSlice", "Pad", "Identity",
        "Snapshot", "StopGradient").contains(t)) {
      return CATEGORIES.get(5);
    }
    return CATEGORIES.get(6);
  }

  /**
   * The profile of one configuration.
   *
   * @param stepMs median wall-clock milliseconds of an untraced step (as {@code Adam.step} runs it)
   * @param stepMinMs fastest untraced step
   * @param stepMaxMs slowest untraced step
   * @param cpuMs process CPU milliseconds per untraced step (all threads)
   * @param spanMs median traced span per step, first node start to last node end
   * @param nodeMs summed node time per traced step (above the span when nodes overlapped)
   * @param feedMs Java time per step to turn the feeds into tensors and close them again
   * @param byCategory node time by kind of work ({@link #category}), forward and backward
   * @param byType node time by op type, largest first
   * @param byLayer node time by layer, largest first
   * @param byNode the largest nodes
   */
  public record Report(double stepMs, double stepMinMs, double stepMaxMs, double cpuMs,
      double spanMs, double nodeMs, double feedMs, List<Category> byCategory, List<Row> byType,
      List<Row> byLayer, List<Row> byNode) {

    /** @return the report as markdown tables, shares of the summed node time */
    public String table() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "untraced step: median %.1f ms (min %.1f, max %.1f),"
          + " CPU %.1f ms%n", stepMs, stepMinMs, stepMaxMs, cpuMs));
      b.append(String.format(Locale.ROOT, "traced step: span %.1f ms, node time %.1f ms; Java"
          + " feed conversion %.2f ms%n", spanMs, nodeMs, feedMs));
      b.append(String.format(Locale.ROOT, "%n| kind of work | forward ms | backward + update ms |"
          + " total ms | share |%n|---|---|---|---|---|%n"));
      for (Category c : byCategory) {
        b.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f %% |%n", c.name(),
            c.forwardMs(), c.backwardMs(), c.forwardMs() + c.backwardMs(),
            100 * (c.forwardMs() + c.backwardMs()) / nodeMs));
      }
      section(b, "op type", byType, Integer.MAX_VALUE);
      section(b, "layer", byLayer, Integer.MAX_VALUE);
      section(b, "node", byNode, 25);
      return b.toString();
    }

    private void section(StringBuilder b, String what, List<Row> rows, int limit) {
      b.append(String.format(Locale.ROOT, "%n| %s | ms/step | share | nodes/step |%n"
          + "|---|---|---|---|%n", what));
      for (Row r : rows.subList(0, Math.min(limit, rows.size()))) {
        b.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f %% | %.0f |%n", r.key(), r.ms(),
            100 * r.ms() / nodeMs, r.nodes()));
      }
    }
  }

  /**
   * Profiles training steps of {@code objective} on a fresh graph built from {@code config}.
   *
   * @param warmup untimed steps first, {@code >= 0}
   * @param steps timed (untraced) steps, {@code >= 1}
   * @param traced traced steps after them, {@code >= 1}
   * @param timeline where to write the last traced step as a Chrome trace ({@code
   *     chrome://tracing}, Perfetto); {@code null} for none
   * @return the breakdown
   */
  public static Report profile(Objective objective, TrainingConfig config, int warmup, int steps,
      int traced, Path timeline) {
    if (warmup < 0 || steps < 1 || traced < 1) {
      throw new GalerkinException("profiling needs warm-up >= 0, steps >= 1 and traced steps >= 1;"
          + " got " + warmup + ", " + steps + " and " + traced);
    }
    try (TfGraph g = TfGraph.builder().seed(config.seed()).threads(config.threads())
        .device(config.device()).build()) {
      Adam adam = Adam.minimize(g, objective.build(g), config.optimizer());
      Objective.Step step;
      try (Objective.Steps it = objective.steps(1, config.batchSize(), config.seed())) {
        step = it.next();
      }
      for (int i = 0; i < warmup; i++) {
        adam.step(step.feeds());
      }
      double[] wall = new double[steps];
      long c0 = CostProbe.processCpuNanos();
      for (int i = 0; i < steps; i++) {
        long t0 = System.nanoTime();
        adam.step(step.feeds());
        wall[i] = (System.nanoTime() - t0) / 1e6;
      }
      double cpuMs = (CostProbe.processCpuNanos() - c0) / 1e6 / steps;
      double feedMs = feedMs(step.feeds().values());
      List<RunMetadata> runs = new ArrayList<>();
      g.trace(runs::add);
      for (int i = 0; i < traced; i++) {
        adam.step(step.feeds());
      }
      g.trace(null);
      if (timeline != null) {
        writeTimeline(runs.get(runs.size() - 1), timeline);
      }
      return summarise(wall, cpuMs, feedMs, runs);
    }
  }

  /** Median milliseconds of converting {@code feeds} to tensors and closing them. */
  private static double feedMs(java.util.Collection<FloatArray> feeds) {
    double[] t = new double[20];
    for (int r = 0; r < t.length; r++) {
      long t0 = System.nanoTime();
      for (FloatArray a : feeds) {
        try (TFloat32 x = Tensors.toTensor(a)) {
          x.size();
        }
      }
      t[r] = (System.nanoTime() - t0) / 1e6;
    }
    return median(t);
  }

  static Report summarise(double[] wall, double cpuMs, double feedMs, List<RunMetadata> runs) {
    Map<String, double[]> type = new LinkedHashMap<>();
    Map<String, double[]> layer = new LinkedHashMap<>();
    Map<String, double[]> node = new LinkedHashMap<>();
    Map<String, double[]> kind = new LinkedHashMap<>();
    CATEGORIES.forEach(c -> kind.put(c, new double[2]));
    double[] spans = new double[runs.size()];
    double nodeSum = 0;
    for (int r = 0; r < runs.size(); r++) {
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (DeviceStepStats dev : runs.get(r).getStepStats().getDevStatsList()) {
        for (NodeExecStats n : dev.getNodeStatsList()) {
          String name = n.getNodeName();
          if (name.equals("_SOURCE") || name.equals("_SINK")) {
            continue;
          }
          double us = n.getAllEndRelMicros();
          first = Math.min(first, n.getAllStartMicros());
          last = Math.max(last, n.getAllStartMicros() + n.getAllEndRelMicros());
          nodeSum += us;
          add(type, opType(n), us);
          add(layer, layer(name), us);
          add(node, name + " (" + opType(n) + ")", us);
          boolean backward = name.startsWith("gradients/") || name.startsWith("adam/")
              || name.startsWith("train");
          kind.get(category(opType(n)))[backward ? 1 : 0] += us;
        }
      }
      spans[r] = first == Long.MAX_VALUE ? 0 : (last - first) / 1e3;
    }
    int k = runs.size();
    List<Category> kinds = new ArrayList<>();
    kind.forEach((c, a) -> kinds.add(new Category(c, a[0] / 1e3 / k, a[1] / 1e3 / k)));
    return new Report(median(wall), Arrays.stream(wall).min().orElse(0),
        Arrays.stream(wall).max().orElse(0), cpuMs, median(spans), nodeSum / 1e3 / k, feedMs,
        kinds, rows(type, k), rows(layer, k), rows(node, k));
  }

  private static void add(Map<String, double[]> m, String key, double us) {
    double[] a = m.computeIfAbsent(key, unused -> new double[2]);
    a[0] += us;
    a[1]++;
  }

  private static List<Row> rows(Map<String, double[]> m, int runs) {
    List<Row> out = new ArrayList<>();
    m.forEach((key, a) -> out.add(new Row(key, a[0] / 1e3 / runs, a[1] / runs)));
    out.sort(Comparator.comparingDouble(Row::ms).reversed());
    return out;
  }

  /** The executed kernel: {@code name = Type(inputs)} in the timeline label, else the node name. */
  static String opType(NodeExecStats n) {
    String label = n.getTimelineLabel();
    int eq = label.indexOf(" = ");
    int paren = label.indexOf('(', Math.max(eq, 0));
    if (eq >= 0 && paren > eq) {
      return label.substring(eq + 3, paren).strip();
    }
    return n.getNodeName().contains("/") ? n.getNodeName() : label.isEmpty() ? "?" : label;
  }

  /**
   * The layer of a node: its first name component with a trailing index folded ({@code
   * fourier_2/BatchMatMul → fourier_*}); nodes under a gradient scope as {@code grad:} plus the
   * layer of the rest of the name.
   */
  static String layer(String name) {
    String[] parts = name.split("/");
    int i = 0;
    String prefix = "";
    while (i < parts.length - 1 && parts[i].toLowerCase(Locale.ROOT).startsWith("gradient")) {
      prefix = "grad:";
      i++;
    }
    String head = i < parts.length - 1 ? parts[i] : "(root)";
    return prefix + head.replaceAll("_\\d+$", "_*");
  }

  /** Writes one run's node stats as a Chrome trace (JSON array of complete events). */
  static void writeTimeline(RunMetadata run, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("[\n");
      boolean firstEvent = true;
      int pid = 0;
      for (DeviceStepStats dev : run.getStepStats().getDevStatsList()) {
        for (NodeExecStats n : dev.getNodeStatsList()) {
          w.write(firstEvent ? "" : ",\n");
          firstEvent = false;
          w.write(String.format(Locale.ROOT, "{\"name\":\"%s\",\"cat\":\"%s\",\"ph\":\"X\","
              + "\"ts\":%d,\"dur\":%d,\"pid\":%d,\"tid\":%d}", json(opType(n)),
              json(n.getNodeName()), n.getAllStartMicros(), Math.max(1, n.getAllEndRelMicros()),
              pid, n.getThreadId()));
        }
        pid++;
      }
      w.write("\n]\n");
    } catch (IOException e) {
      throw new GalerkinException("cannot write the timeline " + file + ": " + e.getMessage(), e);
    }
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n == 0 ? 0 : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /**
   * Multiply-add FLOPs (2 per multiply-add) of one FNO-2D training step on an {@code n × n} grid,
   * counting each product once per pass it is needed in: forward everything; backward the product
   * with the input's gradient (not for the lifting, whose input needs none) and, where the
   * other factor is a variable, the weight gradient; the DFT matrices are constants and get none.
   *
   * @return {@code {forward, backward}} FLOPs of the matrix products
   */
  public static double[] fnoMatmulFlops(long batch, long n, long width, long modes, long layers,
      long inChannels, long projection, long outChannels) {
    double bnn = (double) batch * n * n;
    double c = width;
    double kx = 2.0 * modes;
    double ky = modes;
    double dftFwd = 2 * bnn * (2 * ky) * c           // along y: [2ky, n] × [B·n, n, C]
        + 2 * batch * (2 * kx) * (2 * n) * (ky * c)  // along x, complex: [2kx, 2n] × [B, 2n, ky·C]
        + 2 * batch * (2 * n) * (2 * kx) * (ky * c)  // inverse x: [2n, 2kx] × [B, 2kx, ky·C]
        + 2 * bnn * (2 * ky) * c;                    // inverse y: [n, 2ky] × [B·n, 2ky, C]
    double spectral = 2 * (kx * ky) * batch * (2 * c) * (2 * c); // [modes, B, 2C] × [modes, 2C, 2C]
    double pointwise = 2 * bnn * c * c;
    double lift = 2 * bnn * inChannels * c;
    double project = 2 * bnn * (c * projection + projection * outChannels);
    double fwd = layers * (dftFwd + spectral + pointwise) + lift + project;
    double bwd = layers * (dftFwd + 2 * spectral + 2 * pointwise) + lift + 2 * project;
    return new double[] {fwd, bwd};
  }

  /** Profiles the {@code galerkin bench train} FNO-2D step; see the class comment for options. */
  public static void main(String[] args) {
    Map<String, String> o = new LinkedHashMap<>(Map.of("steps", "10", "traced", "5", "warmup", "3",
        "threads", "2", "batch", "20", "resolution", "85"));
    String timeline = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      String key = args[i].replaceFirst("^--", "");
      if (key.equals("timeline")) {
        timeline = args[i + 1];
      } else if (o.containsKey(key)) {
        o.put(key, args[i + 1]);
      } else {
        throw new GalerkinException("StepProfile: unknown option " + args[i] + "; known: "
            + o.keySet() + ", timeline");
      }
    }
    int batch = Integer.parseInt(o.get("batch"));
    int res = Integer.parseInt(o.get("resolution"));
    FnoConfig fno = FnoConfig.paper2d();
    int samples = batch + 1;
    SplittableRandom rnd = new SplittableRandom(0);
    Shape grid = Shape.of(res, res);
    Dataset data = Dataset.builder().input("a", random(rnd, grid.prepend(samples)))
        .output("u", random(rnd, grid.prepend(samples))).build();
    SupervisedObjective objective = SupervisedObjective.builder(new Fno(fno), data).inputs("a")
        .outputs("u").split(StoredSplit.of(Split.contiguous(samples, batch, 1, 0), samples))
        .loss(Loss.RELATIVE_L2).build();
    TrainingConfig config = new TrainingConfig(1, batch,
        AdamConfig.adam(LearningRateSchedule.constant(1e-3)), 0, 0,
        Integer.parseInt(o.get("threads")));
    Report r = profile(objective, config, Integer.parseInt(o.get("warmup")),
        Integer.parseInt(o.get("steps")), Integer.parseInt(o.get("traced")),
        timeline == null ? null : Path.of(timeline));
    double[] f = fnoMatmulFlops(batch, res, fno.width(), fno.modes(), fno.layers(), 3,
        fno.projection(), 1);
    System.out.printf(Locale.ROOT, "FNO-2D %d^2, width %d, %d modes, %d layers, batch %d, %s"
        + " threads, TF_ENABLE_ONEDNN_OPTS=%s%n", res, fno.width(), fno.modes(), fno.layers(),
        batch, o.get("threads"), System.getenv().getOrDefault("TF_ENABLE_ONEDNN_OPTS", "(unset)"));
    System.out.printf(Locale.ROOT, "matmul GFLOP per step: forward %.2f, backward %.2f, total %.2f;"
        + " at the median step %.1f GFLOP/s%n", f[0] / 1e9, f[1] / 1e9, (f[0] + f[1]) / 1e9,
        (f[0] + f[1]) / 1e6 / r.stepMs());
    System.out.printf(Locale.ROOT, "STEP_MS %.2f MIN_MS %.2f CPU_MS %.2f%n", r.stepMs(),
        r.stepMinMs(), r.cpuMs());
    System.out.print(r.table());
  }

  private static FloatArray random(SplittableRandom rnd, Shape shape) {
    float[] v = new float[Math.toIntExact(shape.size())];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) rnd.nextGaussian();
    }
    return FloatArray.wrap(shape, v);
  }
}
