package dev.galerkin.cli;

import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.deeponet.DeepOnet;
import dev.galerkin.operators.deeponet.DeepOnetConfig;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.operators.fno.FnoConfig;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.model.StoredSplit;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.training.Loss;
import dev.galerkin.operators.training.SupervisedObjective;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingListener;
import java.util.SplittableRandom;

/**
 * The two models of {@code bench train} and {@code bench predict}, as the PyTorch peers build
 * them: FNO-2D of the FNO Darcy benchmark ({@code FnoConfig.paper2d()}: width 32, 12 modes,
 * 4 layers, relative-L2 loss) on an R² grid, and the DeepONet of the antiderivative setup (100
 * sensors, 100 trunk points, 2 × 64 branch and trunk, p = 64, GELU, MSE loss); both on Gaussian
 * random data of one batch (plus one validation sample), Adam at a constant 1e-3.
 */
final class BenchModels {
  /** The antiderivative setup: sensors (= trunk points), hidden layers, width (= latent size). */
  static final int SENSORS = 100;
  static final int LAYERS = 2;
  static final int WIDTH = 64;

  private BenchModels() {}

  /** @return the DeepONet of the antiderivative setup, as {@code bench accuracy} trains it */
  static OperatorModel antiderivativeDeepOnet() {
    return new DeepOnet(DeepOnetConfig.builder().dimensions(1).branch(LAYERS, WIDTH)
        .trunk(LAYERS, WIDTH).latent(WIDTH).activation(Activation.GELU).build());
  }

  /** @return the sample shape of {@code task}'s inputs (and outputs) */
  static Shape sample(StepTask task) {
    return task.model().equals("fno") ? Shape.of(task.resolution(), task.resolution())
        : Shape.of(SENSORS);
  }

  /** @return the objective {@code bench train} times: one batch of random data, the model's loss */
  static SupervisedObjective objective(StepTask task) {
    boolean fno = task.model().equals("fno");
    OperatorModel model = fno ? new Fno(FnoConfig.paper2d()) : antiderivativeDeepOnet();
    Shape s = sample(task);
    int n = task.batch() + 1;
    SplittableRandom rnd = new SplittableRandom(0);
    Dataset data = Dataset.builder().input("a", random(rnd, s.prepend(n)))
        .output("u", random(rnd, s.prepend(n))).build();
    return SupervisedObjective.builder(model, data).inputs("a").outputs("u")
        .split(StoredSplit.of(Split.contiguous(n, task.batch(), 1, 0), n))
        .loss(fno ? Loss.RELATIVE_L2 : Loss.MSE).build();
  }

  /** @return Adam at a constant 1e-3, one epoch, {@code task}'s batch and threads */
  static TrainingConfig config(StepTask task) {
    return new TrainingConfig(1, task.batch(), AdamConfig.adam(LearningRateSchedule.constant(1e-3)),
        0, 0, task.threads());
  }

  /**
   * @return the operator {@code bench predict} times: the model after one training epoch on the
   *     random batch, with its fitted normalisers, as {@code galerkin train} saves it
   */
  static NeuralOperator operator(StepTask task) {
    return objective(task).train(config(task), TrainingListener.NONE, null).operator();
  }

  /** @return Gaussian random floats of {@code shape} */
  static FloatArray random(SplittableRandom rnd, Shape shape) {
    float[] v = new float[Math.toIntExact(shape.size())];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) rnd.nextGaussian();
    }
    return FloatArray.wrap(shape, v);
  }
}
