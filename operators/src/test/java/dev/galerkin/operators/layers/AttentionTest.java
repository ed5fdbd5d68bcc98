package dev.galerkin.operators.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.operators.tf.TfGraphTest;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Multi-head attention, layer norm and the token embedding against direct Java computations. */
class AttentionTest {
  /** x [n, in] (flat rows) times w [in, out] plus b. */
  private static double[] dense(float[] x, int rows, int in, float[] w, float[] b, int out) {
    double[] y = new double[rows * out];
    for (int r = 0; r < rows; r++) {
      for (int o = 0; o < out; o++) {
        double s = b[o];
        for (int i = 0; i < in; i++) {
          s += x[r * in + i] * w[i * out + o];
        }
        y[r * out + o] = s;
      }
    }
    return y;
  }

  private static float[] f(double[] d) {
    float[] out = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = (float) d[i];
    }
    return out;
  }

  /** The attention of one batch, straight from the definition. */
  static float[] attention(TfGraph g, String n, float[] query, float[] keys, float[] mask, int b,
      int tq, int tk, int w, int heads, boolean causal) {
    double[] q = dense(query, b * tq, w, g.read(n + "/q/w"), g.read(n + "/q/b"), w);
    double[] k = dense(keys, b * tk, w, g.read(n + "/k/w"), g.read(n + "/k/b"), w);
    double[] v = dense(keys, b * tk, w, g.read(n + "/v/w"), g.read(n + "/v/b"), w);
    int d = w / heads;
    double[] joined = new double[b * tq * w];
    for (int s = 0; s < b; s++) {
      for (int h = 0; h < heads; h++) {
        for (int i = 0; i < tq; i++) {
          double[] logit = new double[tk];
          double top = Double.NEGATIVE_INFINITY;
          for (int j = 0; j < tk; j++) {
            double dot = 0;
            for (int c = 0; c < d; c++) {
              dot += q[(s * tq + i) * w + h * d + c] * k[(s * tk + j) * w + h * d + c];
            }
            boolean hidden = (mask != null && mask[s * tk + j] == 0) || (causal && j > i);
            logit[j] = hidden ? Double.NEGATIVE_INFINITY : dot / Math.sqrt(d);
            top = Math.max(top, logit[j]);
          }
          double sum = 0;
          for (int j = 0; j < tk; j++) {
            logit[j] = Math.exp(logit[j] - top);
            sum += logit[j];
          }
          for (int c = 0; c < d; c++) {
            double acc = 0;
            for (int j = 0; j < tk; j++) {
              acc += logit[j] / sum * v[(s * tk + j) * w + h * d + c];
            }
            joined[(s * tq + i) * w + h * d + c] = acc;
          }
        }
      }
    }
    return f(dense(f(joined), b * tq, w, g.read(n + "/o/w"), g.read(n + "/o/b"), w));
  }

  @Test
  void attentionMatchesItsDefinitionWithMaskAndCausality() {
    int b = 2, tq = 4, tk = 6, w = 8;
    double worst = 0;
    for (int heads : new int[] {1, 2, 4}) {
      for (boolean causal : new boolean[] {false, true}) {
        int keys = causal ? tq : tk;
        try (TfGraph g = TfGraph.builder().seed(heads).threads(1).build()) {
          Placeholder<TFloat32> q = g.placeholder("q", -1, tq, w);
          Placeholder<TFloat32> kv = g.placeholder("kv", -1, keys, w);
          Placeholder<TFloat32> m = g.placeholder("m", -1, keys);
          MultiHeadAttention a = MultiHeadAttention.create(g, "att", w, heads);
          SplittableRandom r = new SplittableRandom(heads + (causal ? 10 : 0));
          for (String v : g.variableNames()) {
            g.write(v, GroupNormTest.random(r, g.variable(v).size(), -0.8, 0.8));
          }
          FloatArray query = TfGraphTest.random(r, b, tq, w);
          FloatArray memory = causal ? query : TfGraphTest.random(r, b, keys, w);
          float[] mask = new float[b * keys];
          java.util.Arrays.fill(mask, 1);
          mask[1] = 0;
          mask[keys + keys - 1] = 0;
          FloatArray got = g.eval(a.apply(q, causal ? q : kv, m, causal),
              causal ? Map.of(q, query, m, FloatArray.wrap(Shape.of(b, keys), mask))
                  : Map.of(q, query, kv, memory, m, FloatArray.wrap(Shape.of(b, keys), mask)));
          float[] want = attention(g, "att", query.toArray(), memory.toArray(), mask, b, tq, keys,
              w, heads, causal);
          assertEquals(Shape.of(b, tq, w), got.shape());
          worst = Math.max(worst, ConvReference.maxAbsDiff(FloatArray.wrap(got.shape(), want), got));
        }
      }
    }
    System.out.printf("attention (1, 2, 4 heads, key mask, causal) vs direct loop: max abs error"
        + " %.2e%n", worst);
    assertTrue(worst < 1e-5, "error " + worst);
  }

  @Test
  void layerNormAndEmbeddingMatchJava() {
    try (TfGraph g = TfGraph.builder().seed(2).threads(1).build()) {
      Placeholder<TFloat32> x = g.placeholder("x", -1, 3, 6);
      Placeholder<TFloat32> ids = g.placeholder("ids", -1, 3);
      LayerNorm norm = LayerNorm.create(g, "ln", 6);
      Embedding emb = Embedding.create(g, "emb", 7, 6);
      SplittableRandom r = new SplittableRandom(5);
      float[] gamma = GroupNormTest.random(r, 6, 0.5, 1.5);
      float[] beta = GroupNormTest.random(r, 6, -1, 1);
      g.write("ln/gamma", gamma);
      g.write("ln/beta", beta);
      FloatArray in = TfGraphTest.random(r, 2, 3, 6);
      FloatArray got = g.eval(norm.apply(x), Map.of(x, in));
      double worst = 0;
      for (int row = 0; row < 6; row++) {
        double mean = 0;
        double var = 0;
        for (int c = 0; c < 6; c++) {
          mean += in.at(row * 6 + c) / 6.0;
        }
        for (int c = 0; c < 6; c++) {
          var += Math.pow(in.at(row * 6 + c) - mean, 2) / 6;
        }
        for (int c = 0; c < 6; c++) {
          double want = gamma[c] * (in.at(row * 6 + c) - mean) / Math.sqrt(var + LayerNorm.EPSILON)
              + beta[c];
          worst = Math.max(worst, Math.abs(want - got.at(row * 6 + c)));
        }
      }
      assertTrue(worst < 1e-5, "layer norm error " + worst);
      float[] table = g.read("emb/table");
      float[] id = {0, 6, 3, 3, 1, 5};
      FloatArray rows = g.eval(emb.apply(ids), Map.of(ids, FloatArray.wrap(Shape.of(2, 3), id)));
      assertEquals(Shape.of(2, 3, 6), rows.shape());
      for (int t = 0; t < 6; t++) {
        for (int c = 0; c < 6; c++) {
          assertEquals(table[(int) id[t] * 6 + c], rows.at(t * 6 + c));
        }
      }
      var e = assertThrows(GalerkinException.class, () -> MultiHeadAttention.create(g, "m", 6, 4));
      assertEquals("layer 'm': 4 heads do not divide width 6", e.getMessage());
    }
  }
}
