package dev.galerkin.operators.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.optim.Adam;
import dev.galerkin.operators.tf.TfGraph;
import java.lang.management.ManagementFactory;

/**
 * What one epoch of an objective costs, measured before a run so that benchmarks can give every
 * model the same training budget: training steps timed as the loop runs them (same graph, same
 * optimiser, the first batch of epoch 1 repeated) and one validation pass, each in wall-clock and
 * in process CPU time.
 *
 * <p>CPU time is the sum over all of the process's threads (TensorFlow's pools included), read
 * from the JVM's {@code com.sun.management.OperatingSystemMXBean}. On an idle machine a model that
 * keeps every core busy spends about {@code cores × wall} CPU seconds; when other processes share
 * the cores the wall-clock time of a step grows but its CPU time barely does, which is why an
 * equal-time comparison budgets CPU seconds rather than wall seconds.
 *
 * @param stepWallMs wall-clock milliseconds per training step
 * @param stepCpuMs process CPU milliseconds per training step
 * @param validationWallMs wall-clock milliseconds of one {@link Objective#validate} call
 * @param validationCpuMs process CPU milliseconds of one validation call
 */
public record CostProbe(double stepWallMs, double stepCpuMs, double validationWallMs,
    double validationCpuMs) {

  /**
   * The least wall-clock time the timed steps take, 0.5 s: Linux reports process CPU time in clock
   * ticks of 10 ms, so fewer or faster steps would round to a few ticks (measured: three 14 ms
   * steps read as 0 ms of CPU).
   */
  public static final long MIN_TIMED_NANOS = 500_000_000L;

  /**
   * @param stepsPerEpoch training steps in one epoch
   * @return process CPU seconds of one epoch: its steps plus one validation pass
   */
  public double epochCpuSeconds(long stepsPerEpoch) {
    return (stepsPerEpoch * stepCpuMs + validationCpuMs) / 1000;
  }

  /**
   * @param stepsPerEpoch training steps in one epoch
   * @return wall-clock seconds of one epoch on the machine as it was while measuring
   */
  public double epochWallSeconds(long stepsPerEpoch) {
    return (stepsPerEpoch * stepWallMs + validationWallMs) / 1000;
  }

  /**
   * Measures {@code objective} on a fresh graph built from {@code config}.
   *
   * @param warmup untimed steps first, {@code >= 0}
   * @param steps timed steps, {@code >= 1}; more are run until {@link #MIN_TIMED_NANOS} have passed
   * @param validation whether to time one validation pass too (else its costs are 0)
   * @return the step and validation costs
   */
  public static CostProbe measure(Objective objective, TrainingConfig config, int warmup,
      int steps, boolean validation) {
    if (warmup < 0 || steps < 1) {
      throw new GalerkinException("timing needs warm-up >= 0 and steps >= 1; got " + warmup + " and "
          + steps);
    }
    try (TfGraph g = TfGraph.builder().seed(config.seed()).threads(config.threads())
        .device(config.device()).build()) {
      Adam adam = Adam.minimize(g, objective.build(g), config.optimizer());
      Objective.Step step;
      try (Objective.Steps it = objective.steps(1, config.batchSize(), config.seed())) {
        step = it.next();
      }
      for (int i = 0; i < warmup; i++) {
        adam.step(step.feeds());
      }
      long w0 = System.nanoTime();
      long c0 = processCpuNanos();
      int timed = 0;
      while (timed < steps || System.nanoTime() - w0 < MIN_TIMED_NANOS) {
        adam.step(step.feeds());
        timed++;
      }
      long w1 = System.nanoTime();
      long c1 = processCpuNanos();
      if (validation) {
        objective.validate(config.batchSize());
      }
      long w2 = System.nanoTime();
      long c2 = processCpuNanos();
      return new CostProbe((w1 - w0) / 1e6 / timed, (c1 - c0) / 1e6 / timed, (w2 - w1) / 1e6,
          (c2 - c1) / 1e6);
    }
  }

  /**
   * @return CPU nanoseconds used so far by every thread of this process
   * @throws GalerkinException on a JVM without {@code com.sun.management} (not OpenJDK's)
   */
  public static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      long t = os.getProcessCpuTime();
      if (t >= 0) {
        return t;
      }
    }
    throw new GalerkinException("this JVM does not report the process CPU time; run the bench on"
        + " an OpenJDK-based JVM, or without --minutes");
  }
}
