package dev.galerkin.operators.training;

/** Hears a training run; the command line draws a progress bar from it. */
public interface TrainingListener {
  /** Does nothing. */
  TrainingListener NONE = new TrainingListener() { };

  /**
   * Called once the model is built, before the first step.
   *
   * @param type the model family
   * @param parameters its trainable parameters
   */
  default void built(String type, long parameters) { }

  /** @param epochs planned epochs; @param stepsPerEpoch batches per epoch */
  default void started(int epochs, long stepsPerEpoch) { }

  /** Called after each training step with its loss and the samples it used. */
  default void step(float loss, int samples) { }

  /** Called after each epoch's validation. */
  default void epoch(EpochRecord record, boolean best) { }

  /** Called once at the end, also on failure. */
  default void finished() { }
}
