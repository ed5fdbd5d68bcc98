package dev.galerkin.operators.optim;

import dev.galerkin.GalerkinException;

/**
 * The learning rate as a function of the step index {@code t = 0, 1, …} (the number of updates
 * already made). {@link Adam} evaluates it in Java and feeds it as a scalar each step, so changing a
 * schedule never rebuilds the graph, and a resumed run continues the schedule exactly.
 */
public sealed interface LearningRateSchedule {

  /**
   * @param step the index of the update about to be made, {@code >= 0}
   * @return the learning rate for that update
   */
  double at(long step);

  /** @return a constant rate */
  static LearningRateSchedule constant(double rate) {
    return new Constant(rate);
  }

  /** @return {@code rate · gamma^⌊t / every⌋} */
  static LearningRateSchedule stepDecay(double rate, double gamma, long every) {
    return new StepDecay(rate, gamma, every);
  }

  /** @return cosine annealing from {@code rate} to {@code min} over {@code steps}, then {@code min} */
  static LearningRateSchedule cosine(double rate, double min, long steps) {
    return new Cosine(rate, min, steps);
  }

  /** @return a linear warm-up over {@code steps}, then {@code after} (started from its step 0) */
  static LearningRateSchedule warmup(long steps, LearningRateSchedule after) {
    return new Warmup(steps, after);
  }

  /**
   * Linear warm-up to {@code rate} over {@code warmupSteps}, then cosine annealing to
   * {@code minRate} at step {@code totalSteps} (and {@code minRate} after): {@code rate·(t+1)/w} for
   * {@code t < w}, then {@code min + ½(rate − min)(1 + cos(π(t − w)/(T − w)))}. The usual schedule
   * of transformer-style training (as {@code transformers.get_cosine_schedule_with_warmup}, which
   * starts from 0 at {@code t = 0} where this starts from {@code rate/w}, and ends at 0).
   *
   * @param rate the peak rate, {@code > 0}
   * @param warmupSteps {@code >= 1}
   * @param totalSteps the step at which {@code minRate} is reached, {@code > warmupSteps}
   * @param minRate the final rate, in {@code [0, rate]}
   * @return {@code warmup(warmupSteps, cosine(rate, minRate, totalSteps − warmupSteps))}
   */
  static LearningRateSchedule cosineWithWarmup(double rate, long warmupSteps, long totalSteps, double minRate) {
    if (totalSteps <= warmupSteps) {
      throw new GalerkinException("cosine with warm-up: totalSteps must be > warmupSteps = " + warmupSteps
          + ", got " + totalSteps);
    }
    return warmup(warmupSteps, cosine(rate, minRate, totalSteps - warmupSteps));
  }

  /**
   * The one-cycle policy with PyTorch's defaults: {@code pctStart} 0.3, {@code divFactor} 25,
   * {@code finalDivFactor} 10⁴.
   *
   * @see OneCycle
   */
  static LearningRateSchedule oneCycle(double maxRate, long totalSteps) {
    return new OneCycle(maxRate, totalSteps, 0.3, 25, 1e4);
  }

  /**
   * A constant rate.
   *
   * @param rate {@code > 0}
   */
  record Constant(double rate) implements LearningRateSchedule {
    /** Validates the rate. */
    public Constant {
      positive("rate", rate);
    }

    @Override
    public double at(long step) {
      return rate;
    }
  }

  /**
   * Step decay: {@code rate · gamma^⌊t / every⌋} (PyTorch's {@code StepLR}; FNO halves the rate
   * every 100 epochs).
   *
   * @param rate the initial rate, {@code > 0}
   * @param gamma the factor, in {@code (0, 1]}
   * @param every steps between decays, {@code >= 1}
   */
  record StepDecay(double rate, double gamma, long every) implements LearningRateSchedule {
    /** Validates the fields. */
    public StepDecay {
      positive("rate", rate);
      if (!(gamma > 0 && gamma <= 1)) {
        throw new GalerkinException("step decay: gamma must be in (0, 1], got " + gamma);
      }
      if (every < 1) {
        throw new GalerkinException("step decay: every must be >= 1 step, got " + every);
      }
    }

    @Override
    public double at(long step) {
      return rate * Math.pow(gamma, Math.floorDiv(step, every));
    }
  }

  /**
   * Cosine annealing (Loshchilov and Hutter 2017, without restarts):
   * {@code min + ½(rate − min)(1 + cos(π·min(t, steps)/steps))}.
   *
   * @param rate the initial rate, {@code > 0}
   * @param min the final rate, in {@code [0, rate]}
   * @param steps the length of the decay, {@code >= 1}
   */
  record Cosine(double rate, double min, long steps) implements LearningRateSchedule {
    /** Validates the fields. */
    public Cosine {
      positive("rate", rate);
      if (!(min >= 0 && min <= rate)) {
        throw new GalerkinException("cosine schedule: min must be in [0, " + rate + "], got " + min);
      }
      if (steps < 1) {
        throw new GalerkinException("cosine schedule: steps must be >= 1, got " + steps);
      }
    }

    @Override
    public double at(long step) {
      double f = Math.min(step, steps) / (double) steps;
      return min + 0.5 * (rate - min) * (1 + Math.cos(Math.PI * f));
    }
  }

  /**
   * Linear warm-up: {@code after.at(0) · (t + 1) / steps} for {@code t < steps}, then
   * {@code after.at(t − steps)}.
   *
   * @param steps warm-up length, {@code >= 1}
   * @param after the schedule that follows, started from its own step 0
   */
  record Warmup(long steps, LearningRateSchedule after) implements LearningRateSchedule {
    /** Validates the fields. */
    public Warmup {
      if (steps < 1) {
        throw new GalerkinException("warm-up: steps must be >= 1, got " + steps);
      }
      if (after == null) {
        throw new GalerkinException("warm-up: the schedule after warm-up must not be null");
      }
    }

    @Override
    public double at(long step) {
      return step < steps ? after.at(0) * (step + 1) / steps : after.at(step - steps);
    }
  }

  /**
   * The one-cycle policy (Smith and Topin 2019, "Super-convergence: very fast training of neural
   * networks using large learning rates") with PyTorch's {@code OneCycleLR} semantics
   * ({@code anneal_strategy='cos'}, two phases): the rate rises from {@code maxRate/divFactor} to
   * {@code maxRate} over the steps {@code 0 … pctStart·T − 1}, then falls to
   * {@code maxRate/(divFactor·finalDivFactor)} at step {@code T − 1}, each phase a cosine
   * {@code end + ½(start − end)(1 + cos(π·p))}, {@code p} the fraction of the phase done. After
   * {@code T − 1} the rate stays at its minimum (PyTorch raises an error there). Momentum cycling is
   * not part of it.
   *
   * @param maxRate the peak rate, {@code > 0}
   * @param totalSteps {@code T}, the length of the cycle
   * @param pctStart the fraction of the cycle spent rising, in {@code (0, 1)}, with
   *     {@code pctStart·T > 1}
   * @param divFactor initial rate {@code = maxRate/divFactor}, {@code >= 1}
   * @param finalDivFactor final rate {@code = initial rate/finalDivFactor}, {@code >= 1}
   */
  record OneCycle(double maxRate, long totalSteps, double pctStart, double divFactor, double finalDivFactor)
      implements LearningRateSchedule {
    /** Validates the fields. */
    public OneCycle {
      positive("maxRate", maxRate);
      if (!(pctStart > 0 && pctStart < 1)) {
        throw new GalerkinException("one-cycle schedule: pctStart must be in (0, 1), got " + pctStart);
      }
      if (!(pctStart * totalSteps > 1)) {
        throw new GalerkinException("one-cycle schedule: pctStart·totalSteps must be > 1 (a rising phase of"
            + " at least one step), got " + pctStart + "·" + totalSteps);
      }
      if (!(divFactor >= 1) || !Double.isFinite(divFactor)) {
        throw new GalerkinException("one-cycle schedule: divFactor must be finite and >= 1, got " + divFactor);
      }
      if (!(finalDivFactor >= 1) || !Double.isFinite(finalDivFactor)) {
        throw new GalerkinException("one-cycle schedule: finalDivFactor must be finite and >= 1, got "
            + finalDivFactor);
      }
    }

    @Override
    public double at(long step) {
      double initial = maxRate / divFactor;
      double min = initial / finalDivFactor;
      double peak = pctStart * totalSteps - 1;
      double end = totalSteps - 1;
      if (step <= peak) {
        return anneal(initial, maxRate, step / peak);
      }
      return anneal(maxRate, min, Math.min(1, (step - peak) / (end - peak)));
    }

    private static double anneal(double start, double end, double fraction) {
      return end + 0.5 * (start - end) * (1 + Math.cos(Math.PI * fraction));
    }
  }

  private static void positive(String field, double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new GalerkinException("learning-rate schedule: " + field + " must be finite and > 0, got " + v);
    }
  }
}
