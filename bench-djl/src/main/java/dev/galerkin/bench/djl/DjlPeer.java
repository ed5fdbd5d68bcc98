package dev.galerkin.bench.djl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A benchmark peer on the JVM: times the FNO-2D (Li et al., ICLR 2021) and the DeepONet (Lu et al.,
 * Nature Machine Intelligence 2021) of {@code galerkin bench train} in libtorch 2.7.1 through DJL's
 * PyTorch engine, run by the benches as a child process ({@code dev.galerkin.cli.DjlPeers}).
 *
 * <pre>
 * fno-train        B WARM ITERS THREADS [RES]   one Adam step (lr 1e-3), relative L2, DFT matmuls
 * fno-train-rfft   B WARM ITERS THREADS [RES]   the same with libtorch's rfft/fft/ifft/irfft
 * fno-predict      B WARM ITERS THREADS [RES]   inference only (also fno-predict-rfft)
 * deeponet-train   B WARM ITERS THREADS M P WIDTH LAYERS LATENT   one Adam step, MSE
 * deeponet-predict B WARM ITERS THREADS M P WIDTH LAYERS LATENT
 * </pre>
 *
 * <p>Shapes: FNO input and target {@code [B, RES, RES]} (RES 85 by default), DeepONet branch input
 * {@code [B, M]}, trunk points {@code [P, 1]} on {@code [−1, 1]}, target {@code [B, P]}; inputs
 * and targets are one fixed batch of standard Gaussians (as {@code bench train}). Output lines:
 * {@code DJL_PEER engine … params n} first, then {@code TRAIN_STEP_MS x} or {@code PREDICT_MS x}
 * (the mean over ITERS steps after WARM), {@code STEP_MS a b …} (every timed step),
 * {@code CPU_MS_PER_STEP x} (process CPU time of the timed steps, per step),
 * {@code LOSS …} (training: every step's loss, warm-up included) and last {@code PEAK_RSS_KB n}
 * (VmHWM). Exit code 2 on bad arguments.
 *
 * <p>No network: {@code ai.djl.offline} defaults to true here, and libtorch comes from the
 * {@code pytorch-native-cpu} jar on the class path (see {@link #initEngine}).
 */
public final class DjlPeer {
  static final float LR = 1e-3f;

  private DjlPeer() {}

  /** Runs one task; see the class comment. */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /** Runs one task, printing to {@code out}; @return the exit code (0 done, 2 bad arguments). */
  static int run(String[] args, PrintStream out) {
    String usage = "usage: DjlPeer fno-train|fno-train-rfft|fno-predict|fno-predict-rfft B WARM ITERS"
        + " THREADS [RES] | deeponet-train|deeponet-predict B WARM ITERS THREADS M P WIDTH LAYERS"
        + " LATENT";
    if (args.length < 5) {
      out.println(usage);
      return 2;
    }
    String task = args[0];
    int[] v;
    try {
      v = new int[args.length - 1];
      for (int i = 1; i < args.length; i++) {
        v[i - 1] = Integer.parseInt(args[i]);
        if (v[i - 1] < (i == 2 ? 0 : 1)) {
          throw new NumberFormatException("argument " + i + " = " + args[i] + " is out of range");
        }
      }
    } catch (NumberFormatException e) {
      out.println(e.getMessage() + "; " + usage);
      return 2;
    }
    boolean fno = task.startsWith("fno-");
    if (fno ? !(v.length == 4 || v.length == 5) : v.length != 9) {
      out.println(usage);
      return 2;
    }
    Engine engine = initEngine(v[3]);
    try (NDManager manager = engine.newBaseManager()) {
      engine.setRandomSeed(0);
      switch (task) {
        case "fno-train", "fno-train-rfft", "fno-predict", "fno-predict-rfft" ->
            fno(out, engine, manager, task, v[0], v[1], v[2], v.length == 5 ? v[4] : 85);
        case "deeponet-train", "deeponet-predict" ->
            deepOnet(out, engine, manager, task, v);
        default -> {
          out.println("unknown task " + task + "; " + usage);
          return 2;
        }
      }
    }
    out.println("PEAK_RSS_KB " + peakRssKb());
    out.flush();
    return 0;
  }

  /**
   * Loads the PyTorch engine offline with {@code threads} intra-op and inter-op threads.
   *
   * <p>How DJL 0.36 finds libtorch ({@code ai.djl.pytorch.jni.LibUtils}): without
   * {@code PYTORCH_LIBRARY_PATH}, {@code Platform.detectPlatform("pytorch")} reads
   * {@code native/lib/pytorch.properties} from the class path (the {@code pytorch-native-cpu}
   * 2.7.1 {@code linux-x86_64} jar: version 2.7.1-20250812, flavor cpu, libraries libc10.so,
   * libgomp-98b21ff3.so.1, libtorch.so, libtorch_cpu.so). A real platform (not the "auto"
   * placeholder) makes {@code copyNativeLibraryFromClasspath} extract those four libraries once
   * (about 450 MB) into the engine cache, {@code ~/.djl.ai/pytorch/2.7.1-20250812-cpu-linux-x86_64/}
   * ({@code ENGINE_CACHE_DIR}, else {@code DJL_CACHE_DIR}, else {@code ~/.djl.ai}; an environment
   * variable or a system property of that name), and reuse them when {@code libtorch.so} is already
   * there. The JNI glue comes from the {@code pytorch-jni} 2.7.1-0.36.0 jar
   * ({@code jnilib/linux-x86_64/cpu/libdjl_torch.so}, checked against
   * {@code jnilib/pytorch.properties}), extracted to {@code 0.36.0-libdjl_torch.so} in the same
   * directory. Only a missing native jar, a version mismatch or {@code PYTORCH_VERSION} lead to a
   * download, which {@code ai.djl.offline=true} (or {@code DJL_OFFLINE}) refuses.
   * {@code PYTORCH_FLAVOR} is only read on that download path, so it is not needed here.
   */
  static Engine initEngine(int threads) {
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    // read once, when PtEngine loads libtorch (PtEngine.newInstance)
    System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
    System.setProperty("ai.djl.pytorch.num_interop_threads", Integer.toString(threads));
    Engine engine = Engine.getEngine("PyTorch");
    if (JniUtils.getNumThreads() != threads) {
      JniUtils.setNumThreads(threads); // a second run in the same JVM (the tests)
    }
    if (JniUtils.getNumInteropThreads() != threads) {
      try {
        JniUtils.setNumInteropThreads(threads);
      } catch (RuntimeException e) {
        // libtorch fixes the inter-op pool once parallel work has started; the header says so
      }
    }
    return engine;
  }

  private static void header(PrintStream out, Engine engine, String task, String shape, long params) {
    out.printf(Locale.ROOT, "DJL_PEER engine %s %s djl %s task %s %s intra_op_threads %d"
            + " inter_op_threads %d params %d%n", engine.getEngineName(), engine.getVersion(),
        Engine.getDjlVersion(), task, shape, JniUtils.getNumThreads(),
        JniUtils.getNumInteropThreads(), params);
  }

  private static void fno(PrintStream out, Engine engine, NDManager manager, String task, int b,
      int warm, int iters, int res) {
    Fno2d.Variant variant = task.endsWith("-rfft") ? Fno2d.Variant.RFFT : Fno2d.Variant.MATMUL;
    Fno2d model = new Fno2d(manager, res, variant);
    NDArray a = manager.randomNormal(new Shape(b, res, res));
    NDArray u = manager.randomNormal(new Shape(b, res, res));
    header(out, engine, task, String.format(Locale.ROOT, "variant %s B %d res %d width %d modes %d"
            + " layers %d", variant.name().toLowerCase(Locale.ROOT), b, res, Fno2d.WIDTH,
        Fno2d.MODES, Fno2d.LAYERS), model.params().count());
    if (task.startsWith("fno-train")) {
      train(out, engine, model.params(), () -> Fno2d.relativeL2(model.forward(a), u), warm, iters);
    } else {
      predict(out, () -> model.forward(a), warm, iters);
    }
  }

  private static void deepOnet(PrintStream out, Engine engine, NDManager manager, String task, int[] v) {
    int b = v[0];
    int m = v[4];
    int p = v[5];
    DeepOnetNet model = new DeepOnetNet(manager, m, v[6], v[7], v[8]);
    NDArray u = manager.randomNormal(new Shape(b, m));
    NDArray s = manager.randomNormal(new Shape(b, p));
    NDArray y = manager.linspace(-1f, 1f, p).reshape(p, 1);
    header(out, engine, task, String.format(Locale.ROOT, "B %d m %d P %d width %d layers %d p %d",
        b, m, p, v[6], v[7], v[8]), model.params().count());
    if (task.equals("deeponet-train")) {
      train(out, engine, model.params(), () -> DeepOnetNet.mse(model.forward(u, y), s), v[1], v[2]);
    } else {
      predict(out, () -> model.forward(u, y), v[1], v[2]);
    }
  }

  /** Times {@code warm + iters} steps of forward, backward and Adam; prints the step lines. */
  static void train(PrintStream out, Engine engine, Params params, Supplier<NDArray> loss, int warm,
      int iters) {
    double[] ms = new double[iters];
    float[] losses = new float[warm + iters];
    long cpu0 = 0;
    for (int it = 0; it < warm + iters; it++) {
      if (it == warm) {
        cpu0 = cpuNanos();
      }
      try (NDScope scope = new NDScope()) {
        scope.suppressNotUsedWarning();
        long t0 = System.nanoTime();
        NDArray l;
        try (GradientCollector gc = engine.newGradientCollector()) {
          l = loss.get();
          gc.backward(l);
        }
        params.adam(LR);
        long t1 = System.nanoTime();
        if (it >= warm) {
          ms[it - warm] = (t1 - t0) / 1e6;
        }
        losses[it] = l.getFloat();
      }
    }
    long cpu = cpu0 < 0 ? -1 : cpuNanos() - cpu0;
    out.printf(Locale.ROOT, "TRAIN_STEP_MS %.3f%n", mean(ms));
    out.println("STEP_MS " + join(ms));
    cpuLine(out, cpu, iters);
    StringBuilder sb = new StringBuilder("LOSS");
    for (float f : losses) {
      sb.append(' ').append(String.format(Locale.ROOT, "%.6g", f));
    }
    out.println(sb);
  }

  /** Times {@code warm + iters} forward passes without gradients; prints the step lines. */
  static void predict(PrintStream out, Supplier<NDArray> forward, int warm, int iters) {
    double[] ms = new double[iters];
    JniUtils.setGradMode(false);
    long cpu0 = 0;
    for (int it = 0; it < warm + iters; it++) {
      if (it == warm) {
        cpu0 = cpuNanos();
      }
      try (NDScope scope = new NDScope()) {
        scope.suppressNotUsedWarning();
        long t0 = System.nanoTime();
        forward.get();
        long t1 = System.nanoTime();
        if (it >= warm) {
          ms[it - warm] = (t1 - t0) / 1e6;
        }
      }
    }
    long cpu = cpu0 < 0 ? -1 : cpuNanos() - cpu0;
    out.printf(Locale.ROOT, "PREDICT_MS %.3f%n", mean(ms));
    out.println("STEP_MS " + join(ms));
    cpuLine(out, cpu, iters);
  }

  /**
   * Prints {@code CPU_MS_PER_STEP x}: the process CPU time (user + system, every thread) of the
   * timed steps per step, a figure that a machine shared with other work disturbs less than the
   * wall time; omitted when the JVM cannot tell.
   */
  private static void cpuLine(PrintStream out, long cpuNanos, int iters) {
    if (cpuNanos >= 0) {
      out.printf(Locale.ROOT, "CPU_MS_PER_STEP %.3f%n", cpuNanos / 1e6 / iters);
    }
  }

  /** @return the CPU time of this process so far in ns, or -1 if unknown */
  private static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      long t = os.getProcessCpuTime();
      return t >= 0 ? t : -1;
    }
    return -1;
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return v.length == 0 ? Double.NaN : s / v.length;
  }

  private static String join(double[] v) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3f", v[i]));
    }
    return sb.toString();
  }

  /** @return VmHWM of this process in kB, or -1 when /proc/self/status cannot be read */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
