package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.mesh.MeshDataset;
import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.operators.MeshPrediction;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Dense;
import dev.galerkin.operators.optim.Adam;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.tf.Losses;
import dev.galerkin.operators.tf.TfGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The baseline MMGP is compared with: a multilayer perceptron (TensorFlow, trained with Adam) from
 * the scalar parameters of a sample (load, and the hole's centre, semi-axes and angle) to the same
 * targets MMGP's Gaussian processes learn — each nodal output's POD coefficients on the common
 * mesh, and each scalar output — so that the comparison isolates what MMGP adds: a GP instead of a
 * network, and the geometry read from the mesh instead of given as parameters. Predictions are
 * mapped back to a shape's own mesh through the same morphing. It gives no uncertainty (the
 * deviations it returns are zero).
 *
 * <p>Inputs and targets are standardised; the network has {@code layers} hidden layers of
 * {@code width} units with GELU, trained full batch on the mean squared error with a cosine
 * learning-rate schedule from {@code 1e-2}.
 */
public final class ParameterMlpBaseline implements AutoCloseable {
  private final MmgpModel representation;
  private final List<String> inputs;
  private final Standardisation xs;
  private final Standardisation ys;
  private final TfGraph graph;
  private final Placeholder<TFloat32> x;
  private final Operand<TFloat32> output;
  private final int outputs;

  private ParameterMlpBaseline(MmgpModel representation, List<String> inputs, Standardisation xs,
      Standardisation ys, TfGraph graph, Placeholder<TFloat32> x, Operand<TFloat32> output,
      int outputs) {
    this.representation = representation;
    this.inputs = List.copyOf(inputs);
    this.xs = xs;
    this.ys = ys;
    this.graph = graph;
    this.x = x;
    this.output = output;
    this.outputs = outputs;
  }

  /**
   * Trains the network on the training set an MMGP model was fitted on.
   *
   * @param train the training samples, in the order {@code fitted} saw them
   * @param fitted MMGP fitted on {@code train}: its common mesh, POD bases and GP targets are used
   * @param inputs the scalar inputs of the network, for example load and the hole's parameters
   * @param width hidden units per layer
   * @param layers hidden layers
   * @param steps full-batch Adam steps
   * @param seed seeds the weights
   * @return the trained baseline; close it to free the graph
   */
  public static ParameterMlpBaseline fit(MeshDataset train, MmgpModel fitted, List<String> inputs,
      int width, int layers, int steps, long seed) {
    int n = train.sampleCount();
    if (inputs.isEmpty()) {
      throw new GalerkinException("the parameter MLP needs at least one scalar input");
    }
    List<double[]> targets = new ArrayList<>();
    int p = 0;
    for (MeshFieldSpec s : fitted.outputs) {
      GaussianProcessState state = fitted.gps.get(s.name()).state();
      if (state.n() != n) {
        throw new GalerkinException("the MMGP model was fitted on " + state.n() + " samples, not"
            + " on these " + n + "; fit both on the same training set");
      }
      targets.add(state.y());
      p += state.p();
    }
    double[] xRaw = new double[n * inputs.size()];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < inputs.size(); j++) {
        xRaw[i * inputs.size() + j] = train.scalar(inputs.get(j), i);
      }
    }
    double[] yRaw = new double[n * p];
    int offset = 0;
    for (int k = 0; k < targets.size(); k++) {
      int pk = fitted.gps.get(fitted.outputs.get(k).name()).state().p();
      for (int i = 0; i < n; i++) {
        System.arraycopy(targets.get(k), i * pk, yRaw, i * p + offset, pk);
      }
      offset += pk;
    }
    Standardisation xs = Standardisation.fit(xRaw, n, inputs.size());
    Standardisation ys = Standardisation.fit(yRaw, n, p);
    TfGraph g = TfGraph.builder().seed(seed).build();
    Ops tf = g.ops();
    Placeholder<TFloat32> xp = g.placeholder("x", -1, inputs.size());
    Placeholder<TFloat32> yp = g.placeholder("y", -1, p);
    Operand<TFloat32> h = xp;
    int in = inputs.size();
    for (int l = 0; l < layers; l++) {
      h = Activation.GELU.apply(tf, Dense.create(g, "hidden" + l, in, width).apply(h));
      in = width;
    }
    Operand<TFloat32> out = Dense.create(g, "out", in, p).apply(h);
    Adam adam = Adam.minimize(g, Losses.mse(tf, out, yp),
        AdamConfig.adam(LearningRateSchedule.cosine(1e-2, 1e-4, steps)));
    FloatArray xa = FloatArray.wrap(Shape.of(n, inputs.size()), toFloat(scale(xRaw, xs, n)));
    FloatArray ya = FloatArray.wrap(Shape.of(n, p), toFloat(scale(yRaw, ys, n)));
    for (int s = 0; s < steps; s++) {
      adam.step(Map.of(xp, xa, yp, ya));
    }
    return new ParameterMlpBaseline(fitted, inputs, xs, ys, g, xp, out, p);
  }

  /**
   * @param mesh the shape to predict on
   * @param values a value for each of the network's inputs
   * @return the predicted outputs on the shape's nodes (deviations zero: no uncertainty)
   */
  public MeshPrediction predict(TriangleMesh mesh, Map<String, Double> values) {
    double[] raw = new double[inputs.size()];
    for (int j = 0; j < raw.length; j++) {
      Double v = values.get(inputs.get(j));
      if (v == null) {
        throw new GalerkinException("the parameter MLP needs input '" + inputs.get(j) + "'");
      }
      raw[j] = v;
    }
    FloatArray xa = FloatArray.wrap(Shape.of(1, raw.length), toFloat(scale(raw, xs, 1)));
    float[] y = graph.eval(output, Map.of(x, xa)).toArray();
    MorphedShape shape = MorphedShape.onto(mesh, representation.common, "the mesh to predict on");
    Map<String, double[]> mean = new LinkedHashMap<>();
    Map<String, double[]> zero = new LinkedHashMap<>();
    int offset = 0;
    for (MeshFieldSpec s : representation.outputs) {
      int pk = representation.gps.get(s.name()).state().p();
      double[] c = new double[pk];
      for (int r = 0; r < pk; r++) {
        int col = offset + r;
        c[r] = ys.mean()[col] + ys.scale()[col] * y[col];
      }
      offset += pk;
      double[] m = s.location() == Location.NODE
          ? shape.fromCommon(representation.fieldPods.get(s.name()).field(c, 1), s.components())
          : c;
      mean.put(s.name(), m);
      zero.put(s.name(), new double[m.length]);
    }
    return new MeshPrediction(mean, zero);
  }

  private static double[] scale(double[] raw, Standardisation s, int rows) {
    int c = s.columns();
    double[] out = new double[raw.length];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < c; j++) {
        out[i * c + j] = (raw[i * c + j] - s.mean()[j]) / s.scale()[j];
      }
    }
    return out;
  }

  private static float[] toFloat(double[] v) {
    float[] f = new float[v.length];
    for (int k = 0; k < v.length; k++) {
      f[k] = (float) v[k];
    }
    return f;
  }

  /** @return the number of targets the network predicts */
  public int targets() {
    return outputs;
  }

  @Override
  public void close() {
    graph.close();
  }
}
