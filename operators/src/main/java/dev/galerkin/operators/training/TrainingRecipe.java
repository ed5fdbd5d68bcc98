package dev.galerkin.operators.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.Device;
import dev.galerkin.operators.Normalisation;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import java.util.List;
import java.util.Locale;

/**
 * Everything about a supervised run except the architecture and the data file: which fields, the
 * split, the loss, the normalisation, the optimiser and its schedule. It round-trips through JSON
 * inside a {@link RunConfig}, which {@code galerkin train} writes beside every model
 * ({@code MODEL.config.json}) and into the model file, so any run can be repeated exactly with
 * {@code galerkin train FAMILY --config MODEL.config.json}.
 *
 * @param inputs input fields, stacked as channels in this order
 * @param outputs output fields
 * @param epochs passes over the training split, {@code >= 1}
 * @param batch samples per step, {@code >= 1}
 * @param lr the initial ({@code step}) or peak ({@code cosine}, {@code one-cycle}) learning rate,
 *     in {@code (0, 1)}
 * @param schedule {@code step} (halved five times over the run, the FNO recipe), {@code cosine}
 *     (after {@code warmupEpochs} of linear warm-up, down to 0) or {@code one-cycle}
 * @param warmupEpochs linear warm-up of the cosine schedule, in epochs, {@code >= 0}
 * @param weightDecay AdamW's decoupled weight decay, {@code >= 0} (0: Adam)
 * @param loss {@link Loss#label()}
 * @param normalise {@code global}, {@code pointwise}, or {@code null} for the family's default
 * @param seed seeds the weights, the split and the shuffling
 * @param trainFraction share of samples for training
 * @param validationFraction share for validation; the rest is the test split
 * @param patience epochs without improvement before stopping; 0 never stops
 * @param mask a binary input field inside which prediction, loss and errors are taken
 *     ({@link dev.galerkin.operators.OutputMask}), or {@code null} for none
 */
public record TrainingRecipe(List<String> inputs, List<String> outputs, int epochs, int batch,
    double lr, String schedule, int warmupEpochs, double weightDecay, String loss,
    String normalise, long seed, double trainFraction, double validationFraction, int patience, String mask) {

  /** Validates every field, with the command line's option names in the messages. */
  public TrainingRecipe {
    if (inputs == null || inputs.isEmpty() || outputs == null || outputs.isEmpty()) {
      throw new GalerkinException("--input and --output each need at least one field");
    }
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    if (epochs < 1) {
      throw new GalerkinException("--epochs = " + epochs + " is out of range; it must be at least 1");
    }
    if (batch < 1 || batch > 65536) {
      throw new GalerkinException("--batch = " + batch + " is out of range [1, 65536]");
    }
    if (!(lr > 0 && lr < 1)) {
      throw new GalerkinException("--lr = " + lr + " is out of range (0, 1)");
    }
    if (!List.of("step", "cosine", "one-cycle").contains(schedule)) {
      throw new GalerkinException("--schedule " + schedule + " is not known; use step, cosine or"
          + " one-cycle");
    }
    if (warmupEpochs < 0 || warmupEpochs >= epochs && warmupEpochs > 0) {
      throw new GalerkinException("--warmup-epochs = " + warmupEpochs + " is out of range [0, "
          + (epochs - 1) + "]");
    }
    if (!(weightDecay >= 0 && weightDecay < 1)) {
      throw new GalerkinException("--weight-decay = " + weightDecay + " is out of range [0, 1)");
    }
    Loss.parse(loss);
    if (normalise != null && !normalise.equals("global") && !normalise.equals("pointwise")) {
      throw new GalerkinException("--normalise " + normalise + " is not known; use global or"
          + " pointwise");
    }
    if (!(trainFraction > 0 && trainFraction <= 1) || !(validationFraction > 0)
        || trainFraction + validationFraction > 1 + 1e-12) {
      throw new GalerkinException("--train-fraction " + trainFraction + " and --validation-fraction "
          + validationFraction + " must be > 0 with a sum <= 1");
    }
    if (mask != null && !inputs.contains(mask)) {
      throw new GalerkinException("--mask " + mask + " must be one of the input fields " + inputs
          + "; add it, e.g. --input " + String.join(",", inputs) + "," + mask);
    }
    if (patience < 0) {
      throw new GalerkinException("--patience = " + patience + " is out of range; it must be >= 0");
    }
  }

  /** @return the loss */
  public Loss lossKind() {
    return Loss.parse(loss);
  }

  /** @return the normalisation, or {@code fallback} (the family's) when not set */
  public Normalisation.Kind normalisation(Normalisation.Kind fallback) {
    return normalise == null ? fallback
        : Normalisation.Kind.valueOf(normalise.toUpperCase(Locale.ROOT));
  }

  /**
   * The learning rate per step.
   *
   * @param stepsPerEpoch batches per epoch
   * @return step decay (×0.5 every {@code epochs/5} epochs), cosine with warm-up, or one-cycle
   */
  public LearningRateSchedule learningRateSchedule(long stepsPerEpoch) {
    long total = Math.max(1, stepsPerEpoch * epochs);
    return switch (schedule) {
      case "step" -> fnoSteps(lr, epochs, stepsPerEpoch);
      case "cosine" -> warmupEpochs == 0 ? LearningRateSchedule.cosine(lr, 0, total)
          : LearningRateSchedule.warmup(stepsPerEpoch * warmupEpochs,
              LearningRateSchedule.cosine(lr, 0, Math.max(1, total - stepsPerEpoch * warmupEpochs)));
      default -> LearningRateSchedule.oneCycle(lr, total);
    };
  }

  /**
   * The FNO reference schedule scaled to the run: {@code lr} halved every {@code epochs/5}
   * epochs' worth of steps (the paper halves every 100 of 500 epochs).
   */
  static LearningRateSchedule fnoSteps(double lr, int epochs, long stepsPerEpoch) {
    return LearningRateSchedule.stepDecay(lr, 0.5, Math.max(1, stepsPerEpoch * Math.max(1, epochs / 5)));
  }

  /**
   * @param stepsPerEpoch batches per epoch, to place the schedule's steps
   * @param threads TensorFlow intra-op threads
   * @param device where the graph runs
   * @return the loop's configuration for this recipe
   */
  public TrainingConfig trainingConfig(long stepsPerEpoch, int threads, Device device) {
    AdamConfig adam = AdamConfig.adamW(learningRateSchedule(stepsPerEpoch), weightDecay);
    return new TrainingConfig(epochs, batch, adam, seed, patience, threads, device);
  }
}
