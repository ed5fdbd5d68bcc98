package dev.galerkin.operators.training;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.normalize.Normaliser;
import dev.galerkin.operators.tf.TfGraph;
import java.util.Iterator;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * What a training run minimises, separate from how the run proceeds ({@link TrainingLoop}: epochs,
 * batches, validation, best weights, early stop, NaN guard, checkpoints and exact resume,
 * progress, history). An objective builds its placeholders, forward pass and loss on the graph the
 * loop gives it, hands out the feeds of each training step, and measures the validation error.
 *
 * <p>Implementations: {@link SupervisedObjective} (fields to fields, the FNO/DeepONet recipe). The
 * trajectory (autoregressive) and physics-informed objectives plug in here too: they differ in what
 * a batch is and how the loss is formed, not in the loop.
 */
public interface Objective {

  /** One training step's feeds. */
  record Step(Map<Placeholder<TFloat32>, FloatArray> feeds, int samples) {}

  /** The steps of one epoch; closed by the loop. */
  interface Steps extends Iterator<Step>, AutoCloseable {
    @Override
    void close();
  }

  /**
   * Builds the forward pass and the loss; called once, before any other method but
   * {@link #stepsPerEpoch}.
   *
   * @param g the graph, seeded from the run's seed
   * @return the scalar loss to minimise
   */
  Operand<TFloat32> build(TfGraph g);

  /** @return training steps per epoch at {@code batchSize} */
  long stepsPerEpoch(int batchSize);

  /**
   * The steps of an epoch, shuffled from {@code (seed, epoch)} alone so that a resumed run draws
   * the same batches as an uninterrupted one.
   */
  Steps steps(int epoch, int batchSize, long seed);

  /**
   * @param batchSize samples per evaluation batch
   * @return the validation error after an epoch, lower is better (physical units)
   */
  double validate(int batchSize);

  /** @return a short name of the loss, for the history and the model file ({@code relative-l2}) */
  String lossName();

  /** @return the model family stored in checkpoints, for example {@code fno} */
  String modelType();

  /** @return the architecture JSON stored in checkpoints */
  String architectureJson();

  /** @return the normalisers stored in checkpoints, by field */
  Map<String, Normaliser> normalisers();
}
