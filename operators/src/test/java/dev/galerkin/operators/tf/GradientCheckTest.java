package dev.galerkin.operators.tf;

import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.AveragePool;
import dev.galerkin.operators.layers.ConvTranspose;
import dev.galerkin.operators.layers.GroupNorm;
import dev.galerkin.operators.layers.ResidualBlock;
import dev.galerkin.operators.layers.Upsample;
import dev.galerkin.operators.layers.Conv;
import dev.galerkin.operators.layers.Dense;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.operators.layers.SpectralConv;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Reverse-mode gradients ({@code Graph.addGradients}) of small networks built from the kit, against
 * central finite differences of the float32 loss.
 */
class GradientCheckTest {
  private static final float H = 1e-2f;

  /** dense → gelu → (spectral conv 2D + pointwise dense) → gelu → dense, relative L2 loss. */
  @Test
  void fourierNetwork2d() {
    try (TfGraph g = TfGraph.builder().seed(17).threads(1).build()) {
      int b = 2, nx = 8, ny = 6, cin = 2, w = 4;
      Ops tf = g.ops();
      Placeholder<TFloat32> x = g.placeholder("x", -1, nx, ny, cin);
      Placeholder<TFloat32> y = g.placeholder("y", -1, nx, ny, 1);
      Operand<TFloat32> h = Activation.GELU.apply(tf, Dense.create(g, "lift", cin, w).apply(x));
      SpectralConv s = SpectralConv.create(g, "fourier", w, w, Initializer.uniform(-0.3, 0.3), 2, 2);
      h = tf.math.add(s.apply(h), Dense.create(g, "skip", w, w).apply(h));
      h = Activation.GELU.apply(tf, h);
      Operand<TFloat32> out = Dense.create(g, "project", w, 1).apply(h);
      Operand<TFloat32> loss = Losses.relativeL2(tf, out, y);
      SplittableRandom r = new SplittableRandom(4);
      Map<Placeholder<TFloat32>, FloatArray> feeds =
          Map.of(x, TfGraphTest.random(r, b, nx, ny, cin), y, TfGraphTest.random(r, b, nx, ny, 1));
      double err = check(g, loss, feeds, r);
      System.out.printf("gradient check, dense+gelu+spectral2d, relative L2 loss: max relative error %.2e%n", err);
      assertTrue(err < 1e-2, "max relative error " + err);
    }
  }

  /**
   * The transformer pieces PROSE is built from: token embedding, layer norm, masked causal
   * self-attention, cross-attention to a second sequence, dense, MSE loss.
   */
  @Test
  void transformerPieces() {
    try (TfGraph g = TfGraph.builder().seed(21).threads(1).build()) {
      int b = 2, t = 5, s = 4, w = 8, vocab = 11;
      Ops tf = g.ops();
      Placeholder<TFloat32> ids = g.placeholder("ids", -1, t);
      Placeholder<TFloat32> mask = g.placeholder("mask", -1, t);
      Placeholder<TFloat32> memory = g.placeholder("memory", -1, s, w);
      Placeholder<TFloat32> y = g.placeholder("y", -1, t, w);
      Operand<TFloat32> h = dev.galerkin.operators.layers.Embedding.create(g, "embed", vocab, w)
          .apply(ids);
      h = dev.galerkin.operators.layers.LayerNorm.create(g, "norm", w).apply(h);
      h = tf.math.add(h, dev.galerkin.operators.layers.MultiHeadAttention.create(g, "self", w, 2)
          .apply(h, h, mask, true));
      h = tf.math.add(h, dev.galerkin.operators.layers.MultiHeadAttention.create(g, "cross", w, 4)
          .apply(h, memory, null, false));
      Operand<TFloat32> out = Dense.create(g, "out", w, w).apply(h);
      Operand<TFloat32> loss = Losses.mse(tf, out, y);
      SplittableRandom r = new SplittableRandom(6);
      float[] id = new float[b * t];
      for (int i = 0; i < id.length; i++) {
        id[i] = r.nextInt(vocab);
      }
      float[] m = {1, 1, 1, 0, 0, 1, 1, 1, 1, 1};
      Map<Placeholder<TFloat32>, FloatArray> feeds = Map.of(
          ids, FloatArray.wrap(dev.galerkin.data.Shape.of(b, t), id),
          mask, FloatArray.wrap(dev.galerkin.data.Shape.of(b, t), m),
          memory, TfGraphTest.random(r, b, s, w), y, TfGraphTest.random(r, b, t, w));
      double err = check(g, loss, feeds, r);
      System.out.printf("gradient check, embedding+layer norm+masked causal and cross attention,"
          + " MSE loss: max relative error %.2e%n", err);
      assertTrue(err < 1e-2, "max relative error " + err);
    }
  }

  /**
   * The whole PROSE loss (trajectory relative L2 plus the tokens' cross-entropy on logits
   * reshaped to {@code [B·(L−1), V]}, padding masked): every piece's gradient, the hand-built
   * log-softmax's included, against central differences.
   */
  @Test
  void proseLoss() {
    try (TfGraph g = TfGraph.builder().seed(23).threads(1).build()) {
      int b = 2, p = 5, q = 3, d = 2, l = 6, vocab = 9;
      var c = new dev.galerkin.operators.prose.ProseConfig(d, p, q, l, vocab, 8, 2, 1, 1, 1, 1,
          true, 0.7);
      var net = dev.galerkin.operators.prose.ProseNetwork.build(g, c, new double[] {0, 1, 2, 3, 4});
      SplittableRandom r = new SplittableRandom(8);
      float[] eq = {1, 5, 7, 4, 2, 0, 1, 8, 3, 2, 0, 0};
      float[] sym = {1, 6, 7, 4, 2, 0, 1, 8, 8, 3, 2, 0};
      Map<Placeholder<TFloat32>, FloatArray> feeds = new LinkedHashMap<>();
      feeds.put(net.data, TfGraphTest.random(r, b, p, d));
      feeds.put(net.symbols, FloatArray.wrap(dev.galerkin.data.Shape.of(b, l), sym));
      feeds.put(net.equation, FloatArray.wrap(dev.galerkin.data.Shape.of(b, l), eq));
      feeds.put(net.queryTimes, FloatArray.wrap(dev.galerkin.data.Shape.of(q),
          new float[] {5, 6.5f, 8}));
      feeds.put(net.target, TfGraphTest.random(r, b, q, d));
      double err = check(g, net.loss, feeds, r);
      System.out.printf("gradient check, PROSE loss (trajectory relative L2 + token"
          + " cross-entropy): max relative error %.2e%n", err);
      assertTrue(err < 1e-2, "max relative error " + err);
    }
  }

  /** dense → tanh → spectral conv 1D → sin → conv1d → dense, MSE loss. */
  @Test
  void fourierNetwork1d() {
    try (TfGraph g = TfGraph.builder().seed(18).threads(1).build()) {
      int b = 3, n = 12, w = 3;
      Ops tf = g.ops();
      Placeholder<TFloat32> x = g.placeholder("x", -1, n, 1);
      Placeholder<TFloat32> y = g.placeholder("y", -1, n, 2);
      Operand<TFloat32> h = Activation.TANH.apply(tf, Dense.create(g, "lift", 1, w).apply(x));
      h = SpectralConv.create(g, "fourier", w, w, Initializer.uniform(-0.5, 0.5), 4).apply(h);
      h = Activation.SIN.apply(tf, h);
      h = Conv.create(g, "conv", new int[] {3}, w, w, 1, Padding.ZERO).apply(h);
      Operand<TFloat32> out = Dense.create(g, "project", w, 2).apply(Activation.SOFTPLUS.apply(tf, h));
      Operand<TFloat32> loss = Losses.mse(tf, out, y);
      SplittableRandom r = new SplittableRandom(5);
      Map<Placeholder<TFloat32>, FloatArray> feeds =
          Map.of(x, TfGraphTest.random(r, b, n, 1), y, TfGraphTest.random(r, b, n, 2));
      double err = check(g, loss, feeds, r);
      System.out.printf("gradient check, dense+tanh+spectral1d+sin+conv1d, MSE loss: max relative error %.2e%n", err);
      assertTrue(err < 1e-2, "max relative error " + err);
    }
  }

  /**
   * The U-Net pieces in 2D: circular conv → residual block (group norm, reflect, 1×1 shortcut) →
   * strided conv → average pool → transposed conv → bilinear up-sampling, MSE loss.
   */
  @Test
  void uNetPieces2d() {
    try (TfGraph g = TfGraph.builder().seed(19).threads(1).build()) {
      int b = 2, n = 8;
      Placeholder<TFloat32> x = g.placeholder("x", -1, n, n, 2);
      Placeholder<TFloat32> y = g.placeholder("y", -1, n, n, 1);
      Operand<TFloat32> h = Conv.create(g, "lift", new int[] {3, 3}, 2, 4, 1, Padding.CIRCULAR).apply(x);
      h = ResidualBlock.create(g, "res", 2, 4, 6, 2, Activation.GELU, Padding.REFLECT).apply(h);
      h = Conv.create(g, "down", new int[] {3, 3}, 6, 6, 2, Padding.ZERO).apply(h); // 4x4
      h = AveragePool.create(g, "pool", 2, 2).apply(h); // 2x2
      h = ConvTranspose.create(g, "up", new int[] {4, 4}, 6, 4, 2).apply(h); // 4x4
      h = Activation.TANH.apply(g.ops(), h);
      h = Upsample.create(g, "interp", Upsample.Interpolation.BILINEAR, 2, new int[] {3, 3}, 4, 1, Padding.REFLECT)
          .apply(h); // 8x8
      assertGradients(g, Losses.mse(g.ops(), h, y), x, y, b, 6, "gradient check, 2D U-Net pieces (conv, residual block, group norm,"
          + " pool, transposed conv, bilinear up-sampling), MSE loss:");
    }
  }

  /** 1D: reflect conv → group norm → average pool → transposed conv → nearest up-sampling. */
  @Test
  void samplingPieces1d() {
    try (TfGraph g = TfGraph.builder().seed(20).threads(1).build()) {
      int n = 10;
      Placeholder<TFloat32> x = g.placeholder("x", -1, n, 1);
      Placeholder<TFloat32> y = g.placeholder("y", -1, 2 * n, 1);
      Operand<TFloat32> h = Conv.create(g, "lift", new int[] {3}, 1, 4, 1, Padding.REFLECT).apply(x);
      h = AveragePool.create(g, "pool", 1, 2).apply(Activation.TANH.apply(g.ops(), GroupNorm.create(g, "norm", 2, 4).apply(h)));
      h = Upsample.create(g, "near", Upsample.Interpolation.NEAREST, 2, new int[] {3}, 4, 1, Padding.CIRCULAR)
          .apply(ConvTranspose.create(g, "up", new int[] {3}, 4, 4, 2).apply(h)); // 5 -> 10 -> 20
      assertGradients(g, Losses.mse(g.ops(), h, y), x, y, 3, 7, "gradient check, 1D sampling pieces (reflect conv,"
          + " group norm, pool, transposed conv, nearest up-sampling), MSE loss:");
    }
  }

  /** 3D: spectral conv + circular conv → group norm → GELU → average pool + strided conv → dense. */
  @Test
  void pieces3d() {
    try (TfGraph g = TfGraph.builder().seed(21).threads(1).build()) {
      int b = 2;
      Placeholder<TFloat32> x = g.placeholder("x", -1, 6, 4, 4, 2);
      Placeholder<TFloat32> y = g.placeholder("y", -1, 3, 2, 2, 1);
      Operand<TFloat32> s = SpectralConv.create(g, "fourier", 2, 3, Initializer.uniform(-0.5, 0.5), 2, 2, 2).apply(x);
      Operand<TFloat32> c = Conv.create(g, "conv", new int[] {3, 3, 3}, 2, 3, 1, Padding.CIRCULAR).apply(x);
      Operand<TFloat32> h = g.ops().math.add(s, c);
      h = Activation.GELU.apply(g.ops(), GroupNorm.create(g, "norm", 1, 3).apply(h));
      h = g.ops().math.add(AveragePool.create(g, "pool", 3, 2).apply(h),
          Conv.create(g, "down", new int[] {2, 2, 2}, 3, 3, 2, Padding.ZERO).apply(h)); // [3, 2, 2]
      Operand<TFloat32> out = Dense.create(g, "project", 3, 1).apply(h);
      Operand<TFloat32> loss = Losses.mse(g.ops(), out, y);
      assertGradients(g, loss, x, y, b, 8, "gradient check, 3D pieces (spectral conv, circular conv, group norm,"
          + " pool, strided conv), MSE loss:");
    }
  }

  /**
   * Feeds random {@code x} and {@code y} (batch {@code b}), runs {@link #check}, prints the error
   * after {@code label} and asserts it is below 1%.
   */
  static void assertGradients(TfGraph g, Operand<TFloat32> loss, Placeholder<TFloat32> x,
      Placeholder<TFloat32> y, int b, long seed, String label) {
    SplittableRandom r = new SplittableRandom(seed);
    Map<Placeholder<TFloat32>, FloatArray> feeds = new LinkedHashMap<>();
    for (Placeholder<TFloat32> p : List.of(x, y)) {
      long[] shape = p.shape().asArray();
      shape[0] = b;
      feeds.put(p, TfGraphTest.random(r, shape));
    }
    double err = check(g, loss, feeds, r);
    System.out.printf("%s max relative error %.2e%n", label, err);
    assertTrue(err < 1e-2, label + " max relative error " + err);
  }

  /**
   * Compares every variable's gradient with central differences at 5 random entries per variable,
   * and the directional derivative along a random direction over all variables.
   *
   * @return the largest relative error
   */
  static double check(TfGraph g, Operand<TFloat32> loss, Map<Placeholder<TFloat32>, FloatArray> feeds,
      SplittableRandom r) {
    List<TfVariable> vars = g.trainableVariables();
    List<Operand<TFloat32>> grads = g.gradients(loss, vars);
    List<FloatArray> an = g.eval(grads, feeds);
    Map<String, float[]> theta = g.readVariables();
    double worst = 0;
    double gradScale = 0;
    for (FloatArray a : an) {
      for (int i = 0; i < a.size(); i++) {
        gradScale = Math.max(gradScale, Math.abs(a.at(i)));
      }
    }
    for (int v = 0; v < vars.size(); v++) {
      String name = vars.get(v).name();
      float[] base = theta.get(name);
      for (int s = 0; s < 5; s++) {
        int i = r.nextInt(base.length);
        float[] p = base.clone();
        p[i] = base[i] + H;
        g.write(name, p);
        double lp = g.eval(loss, feeds).at(0);
        p[i] = base[i] - H;
        g.write(name, p);
        double lm = g.eval(loss, feeds).at(0);
        g.write(name, base);
        double fd = (lp - lm) / (2 * H);
        double a = an.get(v).at(i);
        // relative to the entry, floored at 1% of the largest gradient entry (float32 noise)
        double rel = Math.abs(fd - a) / Math.max(Math.abs(a), 1e-2 * gradScale);
        worst = Math.max(worst, rel);
      }
    }
    // directional derivative along d: (L(θ + h d) − L(θ − h d)) / 2h vs ⟨∇L, d⟩
    Map<String, float[]> d = new LinkedHashMap<>();
    double dot = 0;
    for (int v = 0; v < vars.size(); v++) {
      float[] dv = new float[vars.get(v).size()];
      for (int i = 0; i < dv.length; i++) {
        dv[i] = (float) (2 * r.nextDouble() - 1);
        dot += dv[i] * an.get(v).at(i);
      }
      d.put(vars.get(v).name(), dv);
    }
    double[] l = new double[2];
    for (int sgn = 0; sgn < 2; sgn++) {
      Map<String, float[]> shifted = new LinkedHashMap<>();
      for (Map.Entry<String, float[]> e : d.entrySet()) {
        float[] p = theta.get(e.getKey()).clone();
        for (int i = 0; i < p.length; i++) {
          p[i] += (sgn == 0 ? H : -H) * e.getValue()[i];
        }
        shifted.put(e.getKey(), p);
      }
      g.writeAll(shifted);
      l[sgn] = g.eval(loss, feeds).at(0);
    }
    g.writeAll(theta);
    double fd = (l[0] - l[1]) / (2 * H);
    double rel = Math.abs(fd - dot) / Math.abs(dot);
    System.out.printf("  directional derivative: analytic %.6f, central difference %.6f, relative error %.2e%n", dot, fd, rel);
    return Math.max(worst, rel);
  }

}
