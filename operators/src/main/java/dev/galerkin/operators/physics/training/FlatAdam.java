package dev.galerkin.operators.physics.training;

import dev.galerkin.operators.optim.AdamConfig;

/**
 * Adam on a flat {@code double[]}, with the same update as the graph optimiser
 * ({@link dev.galerkin.operators.optim.Adam}, TensorFlow's {@code ApplyAdam}: the "ε̂" form,
 * {@code lr_t = lr·sqrt(1−β₂ᵗ)/(1−β₁ᵗ)}) and the same {@link AdamConfig} (schedule, moments,
 * decoupled weight decay, global-norm clipping), for parameters that live in Java.
 */
final class FlatAdam {
  private final AdamConfig config;
  private final double[] m;
  private final double[] v;
  private long step;

  FlatAdam(AdamConfig config, int n) {
    this.config = config;
    this.m = new double[n];
    this.v = new double[n];
  }

  /** One update of {@code theta} (modified) from {@code grad} (not modified). */
  void step(double[] theta, double[] grad) {
    double lr = config.schedule().at(step);
    long t = ++step;
    double b1 = config.beta1();
    double b2 = config.beta2();
    double scale = 1;
    if (config.clips()) {
      double norm = 0;
      for (double gi : grad) {
        norm += gi * gi;
      }
      norm = Math.sqrt(norm);
      scale = config.clipNorm() / Math.max(norm, config.clipNorm());
    }
    double lrt = lr * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
    for (int i = 0; i < theta.length; i++) {
      double gi = grad[i] * scale;
      if (config.weightDecay() > 0) {
        theta[i] -= lr * config.weightDecay() * theta[i];
      }
      m[i] += (1 - b1) * (gi - m[i]);
      v[i] += (1 - b2) * (gi * gi - v[i]);
      theta[i] -= lrt * m[i] / (Math.sqrt(v[i]) + config.epsilon());
    }
  }

  /** @return the learning rate of the next step */
  double rate() {
    return config.schedule().at(step);
  }
}
