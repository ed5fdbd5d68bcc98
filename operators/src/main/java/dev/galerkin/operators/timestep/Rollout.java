package dev.galerkin.operators.timestep;

import dev.galerkin.data.FloatArray;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Autoregressive rollout of a learned time-stepper, in normalised units: the window of the last
 * {@code history} frames goes in, {@code horizon} frames come out and are appended, until the
 * requested frames exist. A step whose output holds NaN or infinity, or whose normalised values
 * exceed {@link #BLOW_UP} in magnitude (the state has left the training distribution by orders of
 * magnitude), stops the rollout and names the sample and step.
 */
public final class Rollout {
  /** Normalised magnitude taken as a blown-up state. */
  public static final float BLOW_UP = 1e4f;

  private Rollout() {}

  /**
   * What a rollout produced.
   *
   * @param frames trajectory field → predicted frames {@code [B, F, ...grid(, C)]}, {@code F} the
   *     frames completed (fewer than asked when it diverged)
   * @param divergence why and where it stopped early, or empty
   */
  public record Result(Map<String, FloatArray> frames, Optional<String> divergence) {
    /** @return the frames completed */
    public int completed() {
      return (int) frames.values().iterator().next().shape().dim(1);
    }
  }

  /**
   * @param layout the channel layout
   * @param initial trajectory field → {@code [B, history, ...]} encoded frames
   * @param statics static field → encoded {@code [B, ...grid(, C)]}, or {@code null} for none
   * @param frames frames to predict, {@code >= 1}
   * @param step the model in normalised units: window {@code [B, ...grid, Cin]} to
   *     {@code [B, ...grid, horizon·Σ C_f]}
   */
  public static Result run(TrajectoryLayout layout, Map<String, FloatArray> initial,
      Map<String, FloatArray> statics, int frames, UnaryOperator<FloatArray> step) {
    int h = layout.history();
    int k = layout.horizon();
    Map<String, FloatArray> sequence = new LinkedHashMap<>(initial);
    int predicted = 0;
    int b = (int) initial.values().iterator().next().sampleCount();
    int[] start = new int[b];
    int applications = 0;
    while (predicted < frames) {
      java.util.Arrays.fill(start, predicted);     // the last h of the h + predicted frames
      FloatArray z = step.apply(layout.window(sequence,
          layout.statics().isEmpty() ? null : statics, start, h));
      applications++;
      Optional<String> bad = check(z, applications);
      if (bad.isPresent()) {
        return new Result(trimmed(sequence, h, predicted), bad);
      }
      sequence = TrajectoryLayout.concatFrames(sequence, layout.unstack(z, k));
      predicted += k;
    }
    return new Result(trimmed(sequence, h, frames), Optional.empty());
  }

  private static Optional<String> check(FloatArray z, int application) {
    int n = (int) z.sampleCount();
    int per = (int) (z.size() / n);
    for (int s = 0; s < n; s++) {
      for (int j = 0; j < per; j++) {
        float v = z.data()[z.offset() + s * per + j];
        if (!Float.isFinite(v) || Math.abs(v) > BLOW_UP) {
          return Optional.of("the rollout of sample " + s + " diverged at model step "
              + application + " (" + (Float.isFinite(v) ? "normalised value " + v : v + "") + ")");
        }
      }
    }
    return Optional.empty();
  }

  /** @return frames {@code h … h + count − 1} of each field's sequence */
  private static Map<String, FloatArray> trimmed(Map<String, FloatArray> sequence, int h, int count) {
    Map<String, FloatArray> out = new LinkedHashMap<>();
    sequence.forEach((f, a) -> out.put(f, frames(a, h, count)));
    return out;
  }

  /** @return frames {@code from … from + count − 1} of {@code [B, T, …]} */
  public static FloatArray frames(FloatArray a, int from, int count) {
    int n = (int) a.sampleCount();
    long t = a.shape().dim(1);
    int perFrame = (int) (a.size() / n / t);
    float[] v = new float[n * count * perFrame];
    for (int s = 0; s < n; s++) {
      System.arraycopy(a.data(), a.offset() + (int) ((s * t + from) * perFrame), v,
          s * count * perFrame, count * perFrame);
    }
    long[] d = a.shape().dims().clone();
    d[1] = count;
    return FloatArray.wrap(dev.galerkin.data.Shape.of(d), v);
  }
}
