package dev.galerkin.operators.optim;

import dev.galerkin.GalerkinException;
import java.util.Objects;

/**
 * Settings of {@link Adam}: the learning-rate schedule, the moment decay rates, {@code ε},
 * decoupled weight decay (AdamW when {@code > 0}) and the global gradient-norm clip.
 *
 * @param schedule the learning rate per step
 * @param beta1 decay rate of the first moment, in {@code [0, 1)} (default 0.9)
 * @param beta2 decay rate of the second moment, in {@code [0, 1)} (default 0.999)
 * @param epsilon TensorFlow's {@code ε̂} added to {@code sqrt(v)}, {@code > 0} (default 1e-8)
 * @param weightDecay decoupled weight decay {@code λ >= 0}: each step multiplies every variable by
 *     {@code 1 − lr·λ} (Loshchilov and Hutter 2019, PyTorch's {@code AdamW}); 0 is plain Adam
 * @param clipNorm the largest global gradient 2-norm, {@code > 0}; {@code +∞} (default) disables
 *     clipping
 */
public record AdamConfig(
    LearningRateSchedule schedule, double beta1, double beta2, double epsilon, double weightDecay, double clipNorm) {

  /** Validates every field. */
  public AdamConfig {
    if (schedule == null) {
      throw new GalerkinException("adam: schedule must not be null");
    }
    if (!(beta1 >= 0 && beta1 < 1)) {
      throw new GalerkinException("adam: beta1 must be in [0, 1), got " + beta1);
    }
    if (!(beta2 >= 0 && beta2 < 1)) {
      throw new GalerkinException("adam: beta2 must be in [0, 1), got " + beta2);
    }
    if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
      throw new GalerkinException("adam: epsilon must be finite and > 0, got " + epsilon);
    }
    if (!(weightDecay >= 0) || !Double.isFinite(weightDecay)) {
      throw new GalerkinException("adam: weightDecay must be finite and >= 0, got " + weightDecay);
    }
    if (!(clipNorm > 0)) {
      throw new GalerkinException("adam: clipNorm must be > 0 (or +Infinity for no clipping), got " + clipNorm);
    }
  }

  /** @return Adam with default moments, no decay, no clipping */
  public static AdamConfig adam(LearningRateSchedule schedule) {
    return builder().schedule(schedule).build();
  }

  /** @return AdamW: default moments, decoupled weight decay {@code weightDecay}, no clipping */
  public static AdamConfig adamW(LearningRateSchedule schedule, double weightDecay) {
    return builder().schedule(schedule).weightDecay(weightDecay).build();
  }

  /** @return a builder with the defaults (constant rate 1e-3) */
  public static Builder builder() {
    return new Builder();
  }

  /** @return whether gradients are clipped */
  public boolean clips() {
    return clipNorm != Double.POSITIVE_INFINITY;
  }

  /** Builder of {@link AdamConfig}; {@link #build()} validates. */
  public static final class Builder {
    private LearningRateSchedule schedule = LearningRateSchedule.constant(1e-3);
    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double epsilon = 1e-8;
    private double weightDecay;
    private double clipNorm = Double.POSITIVE_INFINITY;

    private Builder() {}

    /** @param s the learning-rate schedule @return this */
    public Builder schedule(LearningRateSchedule s) {
      this.schedule = Objects.requireNonNull(s, "schedule");
      return this;
    }

    /** @param b first-moment decay @return this */
    public Builder beta1(double b) {
      this.beta1 = b;
      return this;
    }

    /** @param b second-moment decay @return this */
    public Builder beta2(double b) {
      this.beta2 = b;
      return this;
    }

    /** @param e {@code ε̂} @return this */
    public Builder epsilon(double e) {
      this.epsilon = e;
      return this;
    }

    /** @param w decoupled weight decay (AdamW) @return this */
    public Builder weightDecay(double w) {
      this.weightDecay = w;
      return this;
    }

    /** @param c the global gradient-norm clip @return this */
    public Builder clipNorm(double c) {
      this.clipNorm = c;
      return this;
    }

    /** @return the validated configuration */
    public AdamConfig build() {
      return new AdamConfig(schedule, beta1, beta2, epsilon, weightDecay, clipNorm);
    }
  }
}
