package dev.galerkin.operators.prose;

/**
 * Per-sample normalisation of PROSE's trajectories: each sample's state components are shifted
 * by their mean and divided by their standard deviation over the <i>input</i> window (a component
 * that does not vary there, such as the zero padding past a system's dimension, keeps scale 1),
 * and the continuation is mapped with the same numbers, so the network sees Lorenz's
 * {@code z ≈ 25} and a pendulum's angle alike and a prediction needs only the input to be put
 * back in state units. The reference normalises the same way per sample.
 */
final class TrajectoryScale {
  private final float[] mean;
  private final float[] deviation;
  private final int d;

  private TrajectoryScale(float[] mean, float[] deviation, int d) {
    this.mean = mean;
    this.deviation = deviation;
    this.d = d;
  }

  /**
   * @param inputs the input windows, {@code [B, p, d]} row-major
   * @return the scale of each of the {@code B} samples
   */
  static TrajectoryScale of(float[] inputs, int p, int d) {
    int b = inputs.length / (p * d);
    float[] mean = new float[b * d];
    float[] dev = new float[b * d];
    for (int r = 0; r < b; r++) {
      for (int c = 0; c < d; c++) {
        double s = 0;
        double s2 = 0;
        for (int k = 0; k < p; k++) {
          double v = inputs[(r * p + k) * d + c];
          s += v;
          s2 += v * v;
        }
        double m = s / p;
        double var = Math.max(0, s2 / p - m * m);
        double sd = Math.sqrt(var);
        mean[r * d + c] = (float) m;
        dev[r * d + c] = sd > 1e-6 * (Math.abs(m) + 1e-30) && sd > 1e-12 ? (float) sd : 1f;
      }
    }
    return new TrajectoryScale(mean, dev, d);
  }

  /** @return {@code values} ({@code [B, n, d]}) in normalised units, a new array */
  float[] normalise(float[] values) {
    float[] out = values.clone();
    int n = values.length / mean.length;
    for (int i = 0; i < out.length; i++) {
      int rc = (i / (n * d)) * d + i % d;
      out[i] = (out[i] - mean[rc]) / deviation[rc];
    }
    return out;
  }

  /** @return {@code values} ({@code [B, n, d]}) back in state units, a new array */
  float[] restore(float[] values) {
    float[] out = values.clone();
    int n = values.length / mean.length;
    for (int i = 0; i < out.length; i++) {
      int rc = (i / (n * d)) * d + i % d;
      out[i] = out[i] * deviation[rc] + mean[rc];
    }
    return out;
  }
}
