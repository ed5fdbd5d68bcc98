package dev.galerkin.operators.tf;

import dev.galerkin.operators.Device;
import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tensorflow.DeviceSpec;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Tensor;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.Session;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GPUOptions;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.types.TFloat32;

/** Session configuration, session runs and the GPU probe of {@link TfGraph}. */
final class Sessions {
  private Sessions() {}

  /**
   * Inter-op setting on CPU: negative, so a run's nodes execute in the thread that calls {@code
   * Session.run} (config.proto: "negative: all ops run in the caller's thread"), one after another
   * as with one inter-op thread, but without handing every node to a pool thread and back. The
   * large ops still split over the intra-op pool. Measured with {@code galerkin bench step} (the
   * child of {@code bench train}/{@code predict}), medians of 500 steps against one inter-op
   * thread on the 2-core machine, 2026-12-02: DeepONet training step 1.15–1.60 ms vs 1.48–1.62 ms
   * (1 intra-op thread), predict of 100 samples 1.32–1.35 ms vs 2.0–2.5 ms (2 threads); the FNO-2D
   * training step unchanged (502–519 ms vs 503–530 ms).
   */
  static final int CPU_INTER_OP_THREADS = -1;

  /**
   * @return a session: {@code threads} intra-op threads; on CPU the nodes run in the caller's
   *     thread ({@link #CPU_INTER_OP_THREADS}) and GPUs are hidden; on GPU one inter-op thread
   */
  static Session open(Graph graph, int threads, Device device) {
    if (device == Device.CPU) {
      return new Session(graph, cpuConfig(threads));
    }
    return new Session(graph, ConfigProto.newBuilder().setIntraOpParallelismThreads(threads)
        .setInterOpParallelismThreads(1).setAllowSoftPlacement(true)
        .setGpuOptions(GPUOptions.newBuilder().setAllowGrowth(true)).build());
  }

  /** @return the CPU session configuration: {@code threads} intra-op threads, caller's thread, no GPU */
  static ConfigProto cpuConfig(int threads) {
    return ConfigProto.newBuilder().setIntraOpParallelismThreads(threads)
        .setInterOpParallelismThreads(CPU_INTER_OP_THREADS).putDeviceCount("GPU", 0).build();
  }

  /** Places one op on {@code /device:GPU:0} without soft placement; throws when that fails. */
  static void requireGpu() {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> x = tf.placeholder(TFloat32.class);
      Operand<TFloat32> y = tf.withDevice(
              DeviceSpec.newBuilder().deviceType(DeviceSpec.DeviceType.GPU).deviceIndex(0).build())
          .math.add(x, x);
      ConfigProto config = ConfigProto.newBuilder().setAllowSoftPlacement(false)
          .setGpuOptions(GPUOptions.newBuilder().setAllowGrowth(true)).build();
      try (Session s = new Session(g, config);
          TFloat32 one = TFloat32.scalarOf(1f);
          Result r = s.runner().feed(x, one).fetch(y).run()) {
        r.get(0);
      }
    } catch (RuntimeException e) {
      String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw new GalerkinException("device gpu: TensorFlow sees no GPU (" + why
          + "); build with -Pgpu (tensorflow-core-native linux-x86_64-gpu) on a host with CUDA 12, or use --device cpu", e);
    }
  }

  /**
   * One session run: feeds arrays and scalars, fetches {@code float32} outputs, runs targets. Every
   * tensor made here and every fetched tensor is closed before returning. With a {@code trace}
   * the run is traced ({@code FULL_TRACE}) and its step statistics handed to it.
   */
  static List<FloatArray> run(
      Session session,
      Map<? extends Operand<TFloat32>, FloatArray> feeds,
      Map<? extends Operand<TFloat32>, Float> scalars,
      List<? extends Operand<TFloat32>> fetches,
      List<? extends Op> targets,
      Consumer<RunMetadata> trace) {
    List<Tensor> owned = new ArrayList<>(feeds.size() + scalars.size());
    try {
      Session.Runner r = session.runner();
      for (Map.Entry<? extends Operand<TFloat32>, FloatArray> e : feeds.entrySet()) {
        TFloat32 t = Tensors.toTensor(e.getValue());
        owned.add(t);
        r.feed(e.getKey(), t);
      }
      for (Map.Entry<? extends Operand<TFloat32>, Float> e : scalars.entrySet()) {
        TFloat32 t = TFloat32.scalarOf(e.getValue());
        owned.add(t);
        r.feed(e.getKey(), t);
      }
      for (Operand<TFloat32> f : fetches) {
        r.fetch(f);
      }
      for (Op t : targets) {
        r.addTarget(t);
      }
      if (trace != null) {
        r.setOptions(RunOptions.newBuilder().setTraceLevel(RunOptions.TraceLevel.FULL_TRACE).build());
      }
      try (Result res = trace == null ? r.run() : r.runAndFetchMetadata()) {
        if (trace != null) {
          res.getMetadata().ifPresent(trace);
        }
        List<FloatArray> out = new ArrayList<>(fetches.size());
        for (int i = 0; i < fetches.size(); i++) {
          out.add(Tensors.toFloatArray((TFloat32) res.get(i)));
        }
        return out;
      }
    } catch (TensorFlowException | IllegalArgumentException | IllegalStateException e) {
      String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw new GalerkinException("TensorFlow run failed: " + msg, e);
    } finally {
      for (Tensor t : owned) {
        t.close();
      }
    }
  }

  /** Throws unless {@code value} fits the static shape of {@code key}. */
  static void checkFeed(Operand<TFloat32> key, FloatArray value) {
    org.tensorflow.ndarray.Shape expected = key.shape();
    if (expected.isUnknown()) {
      return;
    }
    long[] got = value.shape().dims();
    boolean ok = expected.numDimensions() == got.length;
    for (int i = 0; ok && i < got.length; i++) {
      ok = expected.get(i) < 0 || expected.get(i) == got[i];
    }
    if (!ok) {
      throw new GalerkinException("placeholder '" + key.op().name() + "' expects shape "
          + Tensors.format(expected) + " but was fed " + value.shape());
    }
  }
}
