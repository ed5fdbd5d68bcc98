package dev.galerkin.operators.deeponet;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.ConfigJson;
import dev.galerkin.operators.GridPoints;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.ConfiguredModel;
import dev.galerkin.operators.layers.AveragePool;
import dev.galerkin.operators.layers.Conv;
import dev.galerkin.operators.layers.Dense;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.operators.tf.Initializer;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.Tensors;
import dev.galerkin.operators.tf.TfVariable;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * The unstacked deep operator network (Lu, Jin, Pang, Zhang &amp; Karniadakis, "Learning nonlinear
 * operators via DeepONet based on the universal approximation theorem of operators", Nature
 * Machine Intelligence 3, 218–229, 2021):
 *
 * <pre>
 *   G(u)(y)_c = Σ_{k=1..p} b_{c,k}(u) · t_k(y) + b0_c
 * </pre>
 *
 * <ol>
 *   <li><b>branch</b>: an MLP on the input sample flattened to the sensor values {@code u(x_1) …
 *       u(x_m)}, {@code [B, m] → [B, p·C]}, linear last layer; output channel {@code c} uses
 *       outputs {@code c·p … c·p + p − 1} (the "split branch" multi-output DeepONet, see
 *       {@link OutputChannels}); or, with {@link BranchKind#CNN}, a
 *       convolutional net on a 2D input grid (below);
 *   <li><b>trunk</b>: an MLP on query points {@code y ∈ [0, L_1] × … × [0, L_d]}, {@code [P, d] →
 *       [P, p]}, with σ on its last layer too; it sees the coordinates scaled to {@code [−1, 1]}
 *       ({@code 2 y_a / L_a − 1}), so any domain length trains like the unit interval;
 *   <li><b>combine</b>: {@code [B·C, p] × [P, p]ᵀ → [B, C, P]}, plus one bias {@code b0_c} per
 *       channel.
 * </ol>
 *
 * <p>In {@link #forward} the query points are the uniform grid of the output sample's spatial axes,
 * {@code linspace(0, L_a, n_a)} per axis (both ends included, the convention of the FNO grid
 * channel and of the solver presets' node coordinates), in row-major order, built as graph
 * constants. Output samples are {@code [X]} / {@code [X, Y]} / {@code [X, C]} / {@code [X, Y, C]}
 * with {@link OutputChannels#LAST}, or {@code [...lead, X(, Y)]} with the leading axes as channels
 * with {@link OutputChannels#LEADING}. A trained model evaluates at any query points through
 * {@link #predictAt} or a {@link PointEvaluator}.
 *
 * <p><b>CNN branch</b> ({@link DeepOnetConfig#branch()} {@link BranchKind#CNN}; the branch of the
 * multi-task DeepONet of Kumar, Goswami, Kontolati, Shields &amp; Karniadakis, "Synergistic
 * learning with multi-task DeepONet for efficient PDE problem solving", 2024): the input sample
 * must be a 2D grid, {@code [X, Y]} (one channel) or {@code [X, Y, c]}. Stage {@code s} of
 * {@link DeepOnetConfig#filters()} is a 5×5 convolution {@code c_s → filters[s]} (stride 1, zero
 * padding that keeps the grid extent), σ, and a 2×2 average pool that halves each axis
 * ({@code ⌊n/2⌋}); once an axis is down to 1 point the later stages no longer pool, so any grid of at
 * least one point works. The result {@code [B, X', Y', filters_last]} is flattened and goes through
 * the same dense layers as the MLP branch ({@code branchLayers × branchWidth}, σ, then linear
 * {@code p·C}). A 20 × 20 grid and the default filters {@code 16, 32, 64} give
 * {@code 20 → 10 → 5 → 2}, {@code 2·2·64 = 256} features.
 *
 * <p>Variables: {@code branch_0 … branch_L}, {@code trunk_0 … trunk_L} (each {@code /w}, {@code /b}),
 * {@code output_bias/b} ({@code [C]}); a CNN branch adds {@code branch_conv_0 … branch_conv_S}
 * ({@code /w} {@code [5, 5, in, out]}, {@code /b}) before its dense layers, so everything of the
 * branch starts with {@code branch_}.
 */
public final class DeepOnet extends ConfiguredModel<DeepOnetConfig> {

  /** @param config the hyperparameters */
  public DeepOnet(DeepOnetConfig config) {
    super("deeponet", config);
  }

  /**
   * @param json what {@link #architectureJson()} wrote (missing {@code channels}, {@code lengths}
   *     read as their defaults)
   * @return the model, untrained
   */
  public static DeepOnet fromJson(String json) {
    return new DeepOnet(ConfigJson.read(json, DeepOnetConfig.class, "DeepONet"));
  }

  /** @return {@code false}: the branch sees the input at fixed sensors (see {@link #predictAt}) */
  @Override
  public boolean resolutionIndependent() {
    return false;
  }

  /**
   * @return {@code true} for the MLP branch, which flattens each input sample, so input fields
   *     that share no grid (an initial condition {@code [64]} and reaction coefficients {@code
   *     [4]}) are fed as one flat stack; {@code false} for the CNN branch, which needs a grid
   */
  @Override
  public boolean flattensInput() {
    return config().branch() == BranchKind.MLP;
  }

  @Override
  public Operand<TFloat32> forward(TfGraph g, Operand<TFloat32> input, Shape inputSample,
      Shape outputSample) {
    OutputLayout layout = OutputLayout.of(config(), outputSample);
    FloatArray grid = queryGrid(outputSample);
    Operand<TFloat32> points = g.ops().constant(
        org.tensorflow.ndarray.Shape.of(grid.shape().dims()), DataBuffers.of(grid.data(), true,
            false));
    return layout.arrange(g.ops(), evaluate(g, input, inputSample, layout.channels(), points));
  }

  /**
   * The query points {@link #forward} uses for an output sample shape: the uniform grid
   * {@code linspace(0, L_a, n_a)} of its spatial axes, in row-major order of the output's flattened
   * grid (for {@code d = 2}, point {@code i·Y + j} is {@code (x_i, y_j)}).
   *
   * @param outputSample the shape of one output sample
   * @return {@code [P, d]} physical coordinates, {@code P} the number of grid points
   */
  public FloatArray queryGrid(Shape outputSample) {
    return GridPoints.of(OutputLayout.of(config(), outputSample).spatial(), config().lengths());
  }

  /**
   * The DeepONet at given points, before the output is arranged into the sample shape.
   *
   * @param g the graph (variables are created here, named as in the class comment)
   * @param input normalised input {@code [B, ...inputSample]}
   * @param inputSample the shape of one input sample; the MLP branch sees {@code m = Π inputSample},
   *     the CNN branch needs {@code [X, Y]} or {@code [X, Y, c]}
   * @param channels {@code C}, the number of output channels
   * @param points query points {@code [P, d]}, physical coordinates
   * @return the normalised output {@code [B, C, P]}
   */
  Operand<TFloat32> evaluate(TfGraph g, Operand<TFloat32> input, Shape inputSample,
      long channels, Operand<TFloat32> points) {
    if (inputSample.rank() < 1 || inputSample.size() < 1) {
      throw new GalerkinException("DeepONet: input samples of shape " + inputSample
          + " hold no sensor values; the branch needs [m] (or any shape of m >= 1 values)");
    }
    checkInput(input, inputSample);
    Ops tf = g.ops();
    int m = Math.toIntExact(inputSample.size());
    int p = config().latent();
    int c = Math.toIntExact(channels);
    int d = config().dimensions();

    Operand<TFloat32> h;
    int width;
    if (config().branch() == BranchKind.CNN) {
      int[] features = new int[1];
      h = convolutions(g, input, inputSample, features);                    // [B, features]
      width = features[0];
    } else {
      h = tf.reshape(input, tf.constant(new long[] {-1, m}));
      width = m;
    }
    for (int l = 0; l < config().branchLayers(); l++) {
      h = config().activation().apply(tf,
          Dense.create(g, "branch_" + l, width, config().branchWidth()).apply(h));
      width = config().branchWidth();
    }
    Operand<TFloat32> b = Dense.create(g, "branch_" + config().branchLayers(), width, p * c).apply(h);
    b = tf.reshape(b, tf.constant(new long[] {-1, p}));                      // [B·C, p]

    float[] scale = new float[d];
    for (int a = 0; a < d; a++) {
      scale[a] = (float) (2.0 / config().length(a));
    }
    Operand<TFloat32> t = tf.math.sub(tf.math.mul(points,
        tf.constant(org.tensorflow.ndarray.Shape.of(d), DataBuffers.of(scale, true, false))),
        tf.constant(1f));                                                    // [P, d] in [-1, 1]
    width = d;
    for (int l = 0; l < config().trunkLayers(); l++) {
      t = config().activation().apply(tf,
          Dense.create(g, "trunk_" + l, width, config().trunkWidth()).apply(t));
      width = config().trunkWidth();
    }
    t = config().activation().apply(tf,
        Dense.create(g, "trunk_" + config().trunkLayers(), width, p).apply(t)); // [P, p]

    Operand<TFloat32> z = tf.linalg.matMul(b, t, MatMul.transposeB(true));  // [B·C, P]
    long known = points.shape().isUnknown() ? -1 : points.shape().get(0);
    Operand<TInt64> shape = known >= 0
        ? tf.constant(new long[] {-1, c, known})
        : tf.concat(List.of(tf.constant(new long[] {-1, c}), tf.slice(tf.shape(t, TInt64.class),
            tf.constant(new long[] {0}), tf.constant(new long[] {1}))), tf.constant(0));
    Operand<TFloat32> out = tf.reshape(z, shape);                            // [B, C, P]
    g.claimLayer("output_bias");
    TfVariable bias = g.variable("output_bias/b", new long[] {c}, Initializer.zeros());
    return tf.math.add(out, tf.reshape(bias.value(), tf.constant(new long[] {c, 1})));
  }

  /**
   * The convolution stages of a {@link BranchKind#CNN} branch, flattened: per stage {@code s} a
   * 5×5 convolution {@code branch_conv_s} (stride 1, zero padding that keeps the grid extent),
   * σ, then a 2×2 average pool {@code branch_pool_s} while both grid axes have at least 2 points.
   *
   * @param features receives, in its one entry, the number of flattened features
   * @return {@code [B, X'·Y'·filters_last]}
   */
  private Operand<TFloat32> convolutions(TfGraph g, Operand<TFloat32> input, Shape inputSample,
      int[] features) {
    if (inputSample.rank() != 2 && inputSample.rank() != 3) {
      throw new GalerkinException("DeepONet: input samples of shape " + inputSample + " are not a"
          + " 2D grid; the CNN branch needs 2D grid inputs [X, Y] or [X, Y, C] (use --branch mlp"
          + " for others)");
    }
    Ops tf = g.ops();
    int nx = Math.toIntExact(inputSample.dim(0));
    int ny = Math.toIntExact(inputSample.dim(1));
    int in = inputSample.rank() == 3 ? Math.toIntExact(inputSample.dim(2)) : 1;
    Operand<TFloat32> h = tf.reshape(input, tf.constant(new long[] {-1, nx, ny, in}));
    int[] filters = config().filters();
    for (int s = 0; s < filters.length; s++) {
      h = config().activation().apply(tf, Conv.create(g, "branch_conv_" + s, Conv.cube(2, 5), in,
          filters[s], 1, Padding.ZERO).apply(h));
      in = filters[s];
      if (nx >= 2 && ny >= 2) {
        h = AveragePool.create(g, "branch_pool_" + s, 2, 2).apply(h);
        nx /= 2;
        ny /= 2;
      }
    }
    features[0] = Math.multiplyExact(Math.multiplyExact(nx, ny), in);
    return tf.reshape(h, tf.constant(new long[] {-1, features[0]}));
  }

  private static void checkInput(Operand<TFloat32> input, Shape inputSample) {
    org.tensorflow.ndarray.Shape s = input.shape();
    if (s.isUnknown()) {
      return;
    }
    boolean ok = s.numDimensions() == inputSample.rank() + 1;
    for (int a = 0; ok && a < inputSample.rank(); a++) {
      ok = s.get(a + 1) < 0 || s.get(a + 1) == inputSample.dim(a);
    }
    if (!ok) {
      throw new GalerkinException("DeepONet: the input has shape " + Tensors.format(s)
          + " but the input samples are " + inputSample + "; expected [B, "
          + inputSample.toString().substring(1));
    }
  }

  /**
   * Evaluates a trained DeepONet at arbitrary query points: builds a graph with the points as a
   * placeholder, loads the weights by name, runs it once and closes it. For repeated calls keep a
   * {@link PointEvaluator} open instead.
   *
   * @param op a trained operator whose model is a {@link DeepOnet}
   * @param input {@code [B, ...inputSample]} in physical units, on the training sensors
   * @param points {@code [P, d]} query points in {@code [0, L_1] × … × [0, L_d]}, physical units
   * @return {@code [B, P]} (one channel), {@code [B, P, C]} ({@link OutputChannels#LAST}) or
   *     {@code [B, ...lead, P]} ({@link OutputChannels#LEADING}), physical units
   * @see PointEvaluator#predict(NdArray, FloatArray)
   */
  public static FloatArray predictAt(NeuralOperator op, NdArray input, FloatArray points) {
    try (PointEvaluator e = PointEvaluator.of(op)) {
      return e.predict(input, points);
    }
  }

  @Override
  public String toString() {
    return "DeepOnet[" + config() + "]";
  }
}
