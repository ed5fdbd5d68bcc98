package dev.galerkin.operators.prose;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.Shape;

/**
 * The arrays of an {@code ode-systems} dataset ({@code galerkin generate ode-systems}) that PROSE
 * reads, checked once: the input trajectories {@code a} {@code [N, p, d]} and their continuations
 * {@code u} {@code [N, Q, d]} (state units of each system, zero past a system's own dimension),
 * the symbol input {@code symbols} and the true equation {@code equation} as token ids
 * {@code [N, L]} (the vocabulary of the dataset's {@code equation_vocabulary} attribute), {@code system} {@code [N, 3]} (family index, state
 * dimension, corruption kind) and the time coordinate {@code t} {@code [p + Q]} (time units of
 * the systems, uniform).
 *
 * @param a input trajectories, row-major {@code [N, p, d]}
 * @param u continuations, {@code [N, Q, d]}
 * @param symbols symbol-input ids, {@code [N, L]}
 * @param equation true-equation ids, {@code [N, L]}
 * @param system family index, dimension and corruption kind per sample, {@code [N, 3]}
 * @param times the times of the {@code p + Q} points
 * @param vocabulary the number of token ids {@code V}
 * @param samples {@code N}
 * @param inputPoints {@code p}
 * @param outputPoints {@code Q}
 * @param dimension {@code d}
 * @param tokens {@code L}
 */
public record ProseData(float[] a, float[] u, int[] symbols, int[] equation, int[] system,
    double[] times, int vocabulary, int samples, int inputPoints, int outputPoints, int dimension, int tokens) {

  /**
   * @param data an {@code ode-systems} dataset
   * @return its arrays; fails in one line naming a missing field, a shape that does not fit, a
   *     non-finite value or a token outside the vocabulary
   */
  public static ProseData of(Dataset data) {
    for (String f : new String[] {"a", "u", "symbols", "equation", "system", "t"}) {
      if (!data.fields().containsKey(f)) {
        throw new GalerkinException("PROSE needs an ode-systems dataset (fields a, u, symbols,"
            + " equation, system, t); this one has no '" + f + "' (it has " + data.fields().keySet()
            + "); make one with: galerkin generate ode-systems --samples N --out FILE.h5");
      }
    }
    Shape as = data.shape("a");
    Shape us = data.shape("u");
    Shape es = data.shape("equation");
    if (as.rank() != 3 || us.rank() != 3 || as.dim(2) != us.dim(2)) {
      throw new GalerkinException("PROSE: a " + as + " and u " + us + " must be [N, points,"
          + " state] with the same state count");
    }
    if (es.rank() != 2 || !data.shape("symbols").equals(es)) {
      throw new GalerkinException("PROSE: symbols " + data.shape("symbols") + " and equation " + es
          + " must both be [N, tokens]");
    }
    int n = (int) as.dim(0);
    int p = (int) as.dim(1);
    int q = (int) us.dim(1);
    double[] t = data.values("t").toDouble().toArray();
    if (t.length != p + q) {
      throw new GalerkinException("PROSE: t has " + t.length + " times, a and u " + p + " + " + q
          + " points");
    }
    float[] a = finite(data.values("a").toFloat().toArray(), "a");
    float[] u = finite(data.values("u").toFloat().toArray(), "u");
    int v = vocabulary(data);
    return new ProseData(a, u, ids(data.values("symbols"), "symbols", v),
        ids(data.values("equation"), "equation", v), ints(data.values("system")), t, v, n, p, q,
        (int) as.dim(2), (int) es.dim(1));
  }

  private static float[] finite(float[] v, String name) {
    for (int i = 0; i < v.length; i++) {
      if (!Float.isFinite(v[i])) {
        throw new GalerkinException("PROSE: field " + name + " holds " + v[i] + " at flat index "
            + i + "; regenerate the dataset");
      }
    }
    return v;
  }

  private static int vocabulary(Dataset data) {
    Object words = data.attributes().get("equation_vocabulary");
    if (words == null) {
      throw new GalerkinException("PROSE: the dataset has no equation_vocabulary attribute; make"
          + " it with: galerkin generate ode-systems --samples N --out FILE.h5");
    }
    return String.valueOf(words).trim().split(" +").length;
  }

  private static int[] ids(NdArray values, String name, int vocabulary) {
    int[] ids = ints(values);
    int l = (int) values.shape().dim(1);
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] < 0 || ids[i] >= vocabulary) {
        throw new GalerkinException("PROSE: " + name + " of sample " + i / l + " holds token id "
            + ids[i] + " at position " + i % l + ", outside the vocabulary [0, "
            + vocabulary + "); regenerate the dataset");
      }
    }
    return ids;
  }

  private static int[] ints(NdArray values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) Math.round(values.getDouble(i));
    }
    return out;
  }

  /** @return the final time {@code t[p + Q − 1]}, the end of the trained horizon */
  public double horizon() {
    return times[times.length - 1];
  }

  /** @return the times of the continuation, {@code Q} of them */
  public double[] outputTimes() {
    return java.util.Arrays.copyOfRange(times, inputPoints, times.length);
  }

  /** @return sample {@code i}'s state dimension (its system's own, at most {@code d}) */
  public int stateDimension(int i) {
    return system[3 * i + 1];
  }

  /** @return rows {@code idx} of a per-sample array with {@code per} values per sample */
  public static float[] rows(float[] src, long[] idx, int per) {
    float[] out = new float[idx.length * per];
    for (int r = 0; r < idx.length; r++) {
      System.arraycopy(src, (int) idx[r] * per, out, r * per, per);
    }
    return out;
  }

  /** @return rows {@code idx} of a per-sample int array with {@code per} values per sample */
  public static int[] rows(int[] src, long[] idx, int per) {
    int[] out = new int[idx.length * per];
    for (int r = 0; r < idx.length; r++) {
      System.arraycopy(src, (int) idx[r] * per, out, r * per, per);
    }
    return out;
  }

  /** @return token ids as the floats the network's placeholders take */
  static float[] floats(int[] ids) {
    float[] f = new float[ids.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = ids[i];
    }
    return f;
  }
}
