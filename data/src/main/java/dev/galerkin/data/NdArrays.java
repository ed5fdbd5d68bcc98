package dev.galerkin.data;

import dev.galerkin.GalerkinException;
import java.util.List;

/** Operations over several {@link NdArray}s. */
public final class NdArrays {
  private NdArrays() {}

  /**
   * Joins arrays along the leading (sample) axis.
   *
   * @param parts arrays of equal sample shape, not modified; all float, all int, or any mix (then double)
   * @return a new array of shape {@code [Σ n_i, ...]}: a {@link FloatArray} or {@link IntArray} when every part is one
   */
  public static NdArray concatenate(List<? extends NdArray> parts) {
    if (parts.isEmpty()) {
      throw new GalerkinException("concatenate needs at least one array");
    }
    Shape sample = parts.get(0).shape().sampleShape();
    long n = 0;
    boolean allFloat = true;
    boolean allInt = true;
    for (NdArray p : parts) {
      if (!p.shape().sampleShape().equals(sample)) {
        throw new GalerkinException("cannot concatenate arrays of sample shape " + sample + " and "
            + p.shape().sampleShape());
      }
      n += p.sampleCount();
      allFloat &= p instanceof FloatArray;
      allInt &= p instanceof IntArray;
    }
    Shape out = sample.prepend(n);
    int pos = 0;
    if (allFloat) {
      float[] data = new float[Math.toIntExact(out.size())];
      for (NdArray p : parts) {
        FloatArray f = (FloatArray) p;
        System.arraycopy(f.data(), f.offset(), data, pos, f.size());
        pos += f.size();
      }
      return FloatArray.wrap(out, data);
    }
    if (allInt) {
      int[] data = new int[Math.toIntExact(out.size())];
      for (NdArray p : parts) {
        IntArray a = (IntArray) p;
        System.arraycopy(a.data(), a.offset(), data, pos, a.size());
        pos += a.size();
      }
      return IntArray.wrap(out, data);
    }
    double[] data = new double[Math.toIntExact(out.size())];
    for (NdArray p : parts) {
      DoubleArray d = p.toDouble();
      System.arraycopy(d.data(), d.offset(), data, pos, d.size());
      pos += d.size();
    }
    return DoubleArray.wrap(out, data);
  }
}
