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

  /**
   * @param listeners each hears every call, in this order
   * @return one listener that passes every call on to all of {@code listeners}
   */
  static TrainingListener all(TrainingListener... listeners) {
    TrainingListener[] ls = listeners.clone();
    return new TrainingListener() {
      @Override
      public void built(String type, long parameters) {
        for (TrainingListener l : ls) {
          l.built(type, parameters);
        }
      }

      @Override
      public void started(int epochs, long stepsPerEpoch) {
        for (TrainingListener l : ls) {
          l.started(epochs, stepsPerEpoch);
        }
      }

      @Override
      public void step(float loss, int samples) {
        for (TrainingListener l : ls) {
          l.step(loss, samples);
        }
      }

      @Override
      public void epoch(EpochRecord record, boolean best) {
        for (TrainingListener l : ls) {
          l.epoch(record, best);
        }
      }

      @Override
      public void finished() {
        for (TrainingListener l : ls) {
          l.finished();
        }
      }
    };
  }
}
