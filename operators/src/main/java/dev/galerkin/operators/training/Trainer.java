package dev.galerkin.operators.training;

import dev.galerkin.data.SampleSource;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.model.StoredSplit;
import java.nio.file.Path;
import java.util.List;

/**
 * The short way to train one input field to one output field with the FNO reference recipe: a
 * {@link SupervisedObjective} with the relative L2 loss run in the {@link TrainingLoop}. For
 * several fields, another loss or normalisation, build the objective directly.
 */
public final class Trainer {
  private Trainer() {}

  /**
   * What a training run produced.
   *
   * @param operator the trained operator, with the best epoch's weights and its split
   * @param history one record per epoch
   * @param bestEpoch the epoch whose weights were kept
   */
  public record Result(NeuralOperator operator, List<EpochRecord> history, int bestEpoch) {
    /** @return the validation error of the kept weights */
    public double bestValidationError() {
      return history.get(bestEpoch - 1).validationError();
    }
  }

  /** As {@link #train(OperatorModel, SampleSource, String, String, Split, TrainingConfig, TrainingListener, Path)} without a checkpoint. */
  public static Result train(OperatorModel model, SampleSource data, String input, String output,
      Split split, TrainingConfig config, TrainingListener listener) {
    return train(model, data, input, output, split, config, listener, null);
  }

  /**
   * @param model the architecture to train
   * @param data the dataset (in memory or on disk)
   * @param input the input field, for example {@code a}
   * @param output the output field, for example {@code u}
   * @param split which samples train and which validate (the test part is not touched); stored in
   *     the operator
   * @param config epochs, batch size, optimiser, seed
   * @param listener hears progress
   * @param checkpoint written after every epoch; when it exists the run resumes from it and
   *     continues exactly as an uninterrupted run would; {@code null} for none
   * @return the trained operator and the history
   */
  public static Result train(OperatorModel model, SampleSource data, String input, String output,
      Split split, TrainingConfig config, TrainingListener listener, Path checkpoint) {
    SupervisedObjective.Result r = SupervisedObjective.builder(model, data).inputs(input)
        .outputs(output).split(StoredSplit.of(split, data.sampleCount())).build()
        .train(config, listener, checkpoint);
    return new Result(r.operator(), r.history(), r.bestEpoch());
  }
}
