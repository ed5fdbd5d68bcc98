package dev.galerkin.operators.deeponet;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.normalize.Normaliser;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.Normalisation;
import dev.galerkin.operators.model.ModelCheckpoint;
import dev.galerkin.operators.tf.TfGraph;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Evaluates a trained {@link DeepOnet} at arbitrary query points: the trunk net takes any
 * {@code y}, so {@code G(u)(y)} is defined off the training grid (Lu et al., Nature Machine
 * Intelligence 3, 2021). The input {@code u} must still be given at the training sensors.
 *
 * <p>One graph is built with the input {@code [B, ...inputSample]} and the points {@code [P, d]}
 * as placeholders; the weights are loaded by name from the operator. The output normaliser was
 * fitted on the training grid (point-wise statistics for a DeepONet); its affine decode
 * {@code x = z·scale + offset} is interpolated (multilinearly, on the uniform grid
 * {@code linspace(0, L_a, n_a)}) to the query points, so at the grid points the result is what
 * {@link NeuralOperator#predict} gives. Points outside the domain are refused: neither the trunk nor
 * the statistics were trained there.
 *
 * <pre>{@code
 * try (PointEvaluator e = PointEvaluator.of(op)) {
 *   FloatArray s = e.predict(u, points);   // u: [B, 100], points: [P, 1] -> s: [B, P]
 * }
 * }</pre>
 *
 * <p>Holds a TensorFlow graph: close it. Not thread-safe.
 */
public final class PointEvaluator implements AutoCloseable {
  private static final int BATCH = 32;
  private final DeepOnetConfig config;
  private final OutputLayout layout;
  private final Shape inputSample;
  private final Normaliser inputNormaliser;
  private final float[] offset;
  private final float[] scale;
  private final TfGraph graph;
  private final Placeholder<TFloat32> input;
  private final Placeholder<TFloat32> points;
  private final Operand<TFloat32> output;

  private PointEvaluator(DeepOnet model, NeuralOperator op) {
    this.config = model.config();
    this.layout = OutputLayout.of(config, op.outputSample());
    this.inputSample = op.inputSample();
    ModelCheckpoint c = op.checkpoint();
    this.inputNormaliser = c.normalisers().get(op.inputField());
    Normaliser out = c.normalisers().get(op.outputField());
    if (inputNormaliser == null || out == null) {
      throw new GalerkinException("the operator has no normaliser for '" + op.inputField()
          + "' or '" + op.outputField() + "'; it was not trained by Trainer");
    }
    Shape one = op.outputSample().prepend(1);
    float[] off = Normalisation.decode(out, FloatArray.zeros(one)).toArray();
    float[] ones = new float[off.length];
    java.util.Arrays.fill(ones, 1f);
    float[] sc = Normalisation.decode(out, FloatArray.wrap(one, ones)).toArray();
    for (int i = 0; i < sc.length; i++) {
      sc[i] -= off[i];
    }
    this.offset = channelMajor(off);
    this.scale = channelMajor(sc);

    Map<String, float[]> values = new LinkedHashMap<>();
    c.weights().forEach((name, w) -> values.put(name, w.toArray()));
    graph = TfGraph.builder().frozen(values).build(); // weights as constants: inference only
    try {
      long[] dims = new long[inputSample.rank() + 1];
      dims[0] = -1;
      System.arraycopy(inputSample.dims(), 0, dims, 1, inputSample.rank());
      input = graph.placeholder("input", dims);
      points = graph.placeholder("points", -1, config.dimensions());
      output = model.evaluate(graph, input, inputSample, layout.channels(), points);
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  /**
   * @param op a trained operator whose model is a {@link DeepOnet}; not modified
   * @return an evaluator holding its own graph (close it)
   */
  public static PointEvaluator of(NeuralOperator op) {
    if (!(op.model() instanceof DeepOnet model)) {
      throw new GalerkinException("evaluation at query points needs a DeepONet, but the operator is"
          + " a " + op.model().type() + " model");
    }
    return new PointEvaluator(model, op);
  }

  /**
   * @param input {@code [B, ...inputSample]} in physical units, at the training sensors; not
   *     modified
   * @param queryPoints {@code [P, d]} points in {@code [0, L_1] × … × [0, L_d]}, physical units;
   *     not modified
   * @return {@code [B, P]} for a one-channel output, {@code [B, P, C]} with
   *     {@link OutputChannels#LAST}, {@code [B, ...lead, P]} with {@link OutputChannels#LEADING};
   *     physical units
   */
  public FloatArray predict(NdArray input, FloatArray queryPoints) {
    Shape in = input.shape().rank() == 0 ? input.shape() : input.shape().sampleShape();
    if (input.shape().rank() == 0 || !in.equals(inputSample)) {
      throw new GalerkinException("DeepONet: inputs of shape " + input.shape() + " do not match the"
          + " training input samples " + inputSample + "; give [B, " + inner(inputSample)
          + "] at the training sensors");
    }
    int p = checkPoints(queryPoints);
    float[][] interp = interpolate(queryPoints);
    FloatArray encoded = Normalisation.encode(inputNormaliser, input);
    long n = input.sampleCount();
    int c = Math.toIntExact(layout.channels());
    int per = c * p;
    float[] result = new float[Math.toIntExact(n * per)];
    for (long i = 0; i < n; i += BATCH) {
      long j = Math.min(n, i + BATCH);
      FloatArray z = graph.eval(output, Map.of(this.input, encoded.samples(i, j),
          this.points, queryPoints));
      float[] zd = z.data();
      int zo = z.offset();
      for (int b = 0; b < j - i; b++) {
        for (int ch = 0; ch < c; ch++) {
          for (int q = 0; q < p; q++) {
            float v = zd[zo + (b * c + ch) * p + q] * interp[0][ch * p + q] + interp[1][ch * p + q];
            int dst = layout.leading() || c == 1 ? ch * p + q : q * c + ch;
            result[Math.toIntExact((i + b) * per + dst)] = v;
          }
        }
      }
    }
    return FloatArray.wrap(layout.queryShape(n, p), result);
  }

  private int checkPoints(FloatArray q) {
    int d = config.dimensions();
    if (q.shape().rank() != 2 || q.shape().dim(1) != d) {
      throw new GalerkinException("DeepONet: query points of shape " + q.shape() + " do not fit a "
          + d + "D trunk; give [P, " + d + "] coordinates");
    }
    int p = Math.toIntExact(q.shape().dim(0));
    if (p == 0) {
      throw new GalerkinException("DeepONet: query points of shape " + q.shape() + " hold no point");
    }
    for (int i = 0; i < p; i++) {
      for (int a = 0; a < d; a++) {
        float y = q.at(i * d + a);
        double l = config.length(a);
        if (!(y >= -1e-5 * l && y <= l * (1 + 1e-5))) {
          throw new GalerkinException("DeepONet: query point " + i + " has coordinate " + a + " = "
              + y + ", outside the trained domain [0, " + l + "]");
        }
      }
    }
    return p;
  }

  /** @return {@code {scale, offset}} at the query points, each {@code [C, P]} */
  private float[][] interpolate(FloatArray q) {
    int d = config.dimensions();
    long[] spatial = layout.spatial();
    int gridPoints = Math.toIntExact(layout.points());
    int p = Math.toIntExact(q.shape().dim(0));
    int c = Math.toIntExact(layout.channels());
    float[] s = new float[c * p];
    float[] o = new float[c * p];
    int[] lo = new int[d];
    double[] t = new double[d];
    for (int i = 0; i < p; i++) {
      for (int a = 0; a < d; a++) {
        int n = (int) spatial[a];
        double pos = n == 1 ? 0 : q.at(i * d + a) / config.length(a) * (n - 1);
        pos = Math.min(n - 1, Math.max(0, pos));
        double near = Math.rint(pos);
        if (Math.abs(pos - near) < 1e-4) {
          pos = near;
        }
        lo[a] = Math.min((int) Math.floor(pos), Math.max(0, n - 2));
        t[a] = pos - lo[a];
      }
      for (int corner = 0; corner < (1 << d); corner++) {
        double w = 1;
        int flat = 0;
        for (int a = 0; a < d; a++) {
          int up = (corner >> a) & 1;
          w *= up == 1 ? t[a] : 1 - t[a];
          flat = flat * (int) spatial[a] + Math.min(lo[a] + up, (int) spatial[a] - 1);
        }
        if (w == 0) {
          continue;
        }
        for (int ch = 0; ch < c; ch++) {
          s[ch * p + i] += (float) (w * scale[ch * gridPoints + flat]);
          o[ch * p + i] += (float) (w * offset[ch * gridPoints + flat]);
        }
      }
    }
    return new float[][] {s, o};
  }

  /** Reorders a decoded sample to {@code [C, P]} (the grid flattened row-major). */
  private float[] channelMajor(float[] v) {
    if (layout.leading() || layout.channels() == 1) {
      return v;
    }
    int c = Math.toIntExact(layout.channels());
    int p = Math.toIntExact(layout.points());
    float[] r = new float[v.length];
    for (int q = 0; q < p; q++) {
      for (int ch = 0; ch < c; ch++) {
        r[ch * p + q] = v[q * c + ch];
      }
    }
    return r;
  }

  private static String inner(Shape s) {
    String t = s.toString();
    return t.substring(1, t.length() - 1);
  }

  /** Closes the graph. */
  @Override
  public void close() {
    graph.close();
  }
}
