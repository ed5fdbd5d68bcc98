package dev.galerkin.operators.timestep;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.NdArray;

/**
 * Errors of predicted trajectories {@code [B, F, ...grid(, C)]} against reference frames of the
 * same shape, in physical units. A field with {@code C} channels (such as shallow water's
 * {@code (h, hu, hv)}) gets each channel's error on its own and the mean over channels, so a
 * channel of large magnitude does not hide the others; with one channel these are the plain
 * relative L2 error and correlation.
 * <ul>
 *   <li>{@link #perStep}: relative L2 of each predicted frame, mean over samples;
 *   <li>{@link #rollout}: relative L2 over all predicted frames together, per sample (the FNO
 *       paper's Navier–Stokes metric over the rolled-out interval);
 *   <li>{@link #correlation} and {@link #correlationTime}: the Pearson correlation of each frame with
 *       the reference, and the first frame where it falls below a threshold (0.8, the
 *       "correlation time" of Kochkov et al. 2021 and Lippe et al., PDE-Refiner, 2023).
 * </ul>
 */
public final class RolloutMetrics {
  /** The correlation threshold of the correlation time. */
  public static final double CORRELATION_THRESHOLD = 0.8;

  private RolloutMetrics() {}

  /**
   * @param channels {@code C}: 1 for a field without a channel axis
   * @return mean over samples of each frame's channel-averaged relative L2, length {@code F}
   */
  public static double[] perStep(NdArray predicted, NdArray reference, int channels) {
    return framewise(predicted, reference, channels, false);
  }

  /** @return mean over samples of each frame's channel-averaged correlation, length {@code F} */
  public static double[] correlation(NdArray predicted, NdArray reference, int channels) {
    return framewise(predicted, reference, channels, true);
  }

  /**
   * @return per sample the channel-averaged relative L2 over all frames, length {@code B}
   */
  public static double[] rollout(NdArray predicted, NdArray reference, int channels) {
    int[] d = dims(predicted, reference, channels);
    int b = d[0];
    int perSample = d[1] * d[2] * channels;
    double[] out = new double[b];
    for (int s = 0; s < b; s++) {
      double sum = 0;
      for (int c = 0; c < channels; c++) {
        double num = 0;
        double den = 0;
        for (int j = c; j < perSample; j += channels) {
          double r = reference.getDouble(s * perSample + j);
          double e = predicted.getDouble(s * perSample + j) - r;
          num += e * e;
          den += r * r;
        }
        sum += ratio(num, den);
      }
      out[s] = sum / channels;
    }
    return out;
  }

  /**
   * @param correlation per-frame correlations
   * @return the index of the first frame below {@link #CORRELATION_THRESHOLD}, or the frame count
   *     when none is
   */
  public static int correlationTime(double[] correlation) {
    for (int j = 0; j < correlation.length; j++) {
      if (!(correlation[j] >= CORRELATION_THRESHOLD)) {
        return j;
      }
    }
    return correlation.length;
  }

  private static double[] framewise(NdArray predicted, NdArray reference, int channels,
      boolean corr) {
    int[] d = dims(predicted, reference, channels);
    int b = d[0];
    int frames = d[1];
    int points = d[2];
    double[] out = new double[frames];
    for (int s = 0; s < b; s++) {
      for (int f = 0; f < frames; f++) {
        int base = (s * frames + f) * points * channels;
        double sum = 0;
        for (int c = 0; c < channels; c++) {
          sum += corr ? pearson(predicted, reference, base + c, points, channels)
              : relative(predicted, reference, base + c, points, channels);
        }
        out[f] += sum / channels / b;
      }
    }
    return out;
  }

  private static double relative(NdArray p, NdArray r, int at, int n, int stride) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      double y = r.getDouble(at + i * stride);
      double e = p.getDouble(at + i * stride) - y;
      num += e * e;
      den += y * y;
    }
    return ratio(num, den);
  }

  private static double pearson(NdArray p, NdArray r, int at, int n, int stride) {
    double mp = 0;
    double mr = 0;
    for (int i = 0; i < n; i++) {
      mp += p.getDouble(at + i * stride);
      mr += r.getDouble(at + i * stride);
    }
    mp /= n;
    mr /= n;
    double spr = 0;
    double spp = 0;
    double srr = 0;
    for (int i = 0; i < n; i++) {
      double a = p.getDouble(at + i * stride) - mp;
      double c = r.getDouble(at + i * stride) - mr;
      spr += a * c;
      spp += a * a;
      srr += c * c;
    }
    return spp > 0 && srr > 0 ? spr / Math.sqrt(spp * srr) : 0;
  }

  private static double ratio(double num, double den) {
    return den > 0 ? Math.sqrt(num / den) : (num == 0 ? 0 : Double.POSITIVE_INFINITY);
  }

  /** @return {@code {B, F, points}} */
  private static int[] dims(NdArray p, NdArray r, int channels) {
    if (!p.shape().equals(r.shape())) {
      throw new GalerkinException("rollout metrics: predicted shape " + p.shape()
          + " differs from reference shape " + r.shape());
    }
    long[] d = r.shape().dims();
    if (d.length < 3) {
      throw new GalerkinException("rollout metrics need [B, F, ...grid], got " + r.shape());
    }
    long per = r.size() / d[0] / d[1];
    if (per % channels != 0) {
      throw new GalerkinException("rollout metrics: " + channels + " channels do not divide the "
          + per + " values of a frame");
    }
    return new int[] {(int) d[0], (int) d[1], (int) (per / channels)};
  }
}
