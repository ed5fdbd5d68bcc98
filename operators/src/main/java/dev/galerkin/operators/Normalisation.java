package dev.galerkin.operators;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.SampleSource;
import dev.galerkin.data.Shape;
import dev.galerkin.data.normalize.GaussianNormaliser;
import dev.galerkin.data.normalize.Normaliser;
import dev.galerkin.data.normalize.NormaliserKind;

/**
 * How operators normalise fields. A resolution-independent model (FNO) uses one mean and one
 * standard deviation per field ("global Gaussian", stored as a {@link NormaliserKind#CHANNEL_GAUSSIAN}
 * normaliser of one channel), so it applies on any grid; other models use point-wise statistics,
 * as the FNO reference code does.
 */
public final class Normalisation {
  private Normalisation() {}

  /** Where the statistics of a field are taken. */
  public enum Kind {
    /**
     * One mean and one deviation per field, over samples and points: works on any grid, so
     * resolution-independent models (FNO) use it by default.
     */
    GLOBAL,
    /**
     * A mean and a deviation per point of the sample (FNO's {@code UnitGaussianNormalizer}, the
     * reference code's default for Darcy): fixes the grid to the training one.
     */
    POINTWISE
  }

  /**
   * Fits the normaliser of a field on the training samples.
   *
   * @param global one mean and deviation for the whole field, instead of one per point
   * @return the fitted normaliser; throws naming the sample when the data hold NaN or Inf
   */
  public static Normaliser fit(SampleSource source, String field, long[] train, boolean global) {
    if (!global) {
      return Normaliser.fit(NormaliserKind.POINTWISE_GAUSSIAN, source, field, train);
    }
    double mean = 0;
    double m2 = 0;
    long count = 0;
    for (int i = 0; i < train.length; i += 64) {
      long[] block = java.util.Arrays.copyOfRange(train, i, Math.min(train.length, i + 64));
      FloatArray b = source.gather(field, block);
      for (int j = 0; j < b.size(); j++) {
        double v = b.at(j);
        if (!Double.isFinite(v)) {
          long sample = block[j / Math.toIntExact(b.shape().sampleShape().size())];
          throw new GalerkinException("field '" + field + "' has " + v + " in sample " + sample
              + "; training refuses non-finite data: regenerate or clean the dataset");
        }
        count++;
        double d = v - mean;
        mean += d / count;
        m2 += d * (v - mean);
      }
    }
    double std = Math.sqrt(m2 / Math.max(1, count - 1));
    return new GaussianNormaliser(NormaliserKind.CHANNEL_GAUSSIAN,
        DoubleArray.wrap(Shape.of(1), new double[] {mean}),
        DoubleArray.wrap(Shape.of(1), new double[] {std}), GaussianNormaliser.DEFAULT_EPS);
  }

  /**
   * @return the normaliser that leaves a field as it is (one channel, mean 0, deviation 1, so x/(1 + ε)): for
   *     a binary mask, whose point-wise deviation is 0 where the training masks agree, so that
   *     point-wise statistics would blow a held-out sample's 1 up to {@code 1/ε}
   */
  public static Normaliser identity() {
    return new GaussianNormaliser(NormaliserKind.CHANNEL_GAUSSIAN,
        DoubleArray.wrap(Shape.of(1), new double[] {0}),
        DoubleArray.wrap(Shape.of(1), new double[] {1}), GaussianNormaliser.DEFAULT_EPS);
  }

  /** @return {@code x} encoded, same shape */
  public static FloatArray encode(Normaliser n, NdArray x) {
    return apply(n, x, true);
  }

  /** @return {@code z} decoded to physical units, same shape */
  public static FloatArray decode(Normaliser n, NdArray z) {
    return apply(n, z, false);
  }

  private static FloatArray apply(Normaliser n, NdArray x, boolean encode) {
    if (isGlobal(n)) {
      FloatArray flat = FloatArray.wrap(Shape.of(x.size(), 1), x.toFloat().toArray());
      FloatArray r = encode ? n.encode(flat) : n.decode(flat);
      return FloatArray.wrap(x.shape(), r.toArray());
    }
    return encode ? n.encode(x) : n.decode(x);
  }

  /** @return whether {@code n} is a one-channel (global) normaliser */
  public static boolean isGlobal(Normaliser n) {
    return n instanceof GaussianNormaliser g && g.kind() == NormaliserKind.CHANNEL_GAUSSIAN
        && g.mean().size() == 1;
  }
}
