package dev.galerkin.operators.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.Device;

/**
 * How a model is trained.
 *
 * @param epochs passes over the training split, {@code >= 1}
 * @param batchSize samples per step, in {@code [1, 65536]}
 * @param optimizer Adam or AdamW with its learning-rate schedule (stepped per batch) and clipping
 * @param seed seeds the weights and the shuffling: the same seed gives the same run
 * @param patience epochs without a better validation error before stopping early; 0 never stops
 * @param threads TensorFlow intra-op threads, {@code >= 1}
 * @param device where the graph runs: {@link Device#CPU} (default) or {@link Device#GPU} (needs the
 *     {@code -Pgpu} build and CUDA 12)
 */
public record TrainingConfig(int epochs, int batchSize, AdamConfig optimizer, long seed,
    int patience, int threads, Device device) {

  /** On the CPU. */
  public TrainingConfig(int epochs, int batchSize, AdamConfig optimizer, long seed, int patience,
      int threads) {
    this(epochs, batchSize, optimizer, seed, patience, threads, Device.CPU);
  }

  /** Validates every field. */
  public TrainingConfig {
    if (epochs < 1) {
      throw new GalerkinException("--epochs = " + epochs + " is out of range; it must be at least 1");
    }
    if (batchSize < 1 || batchSize > 65536) {
      throw new GalerkinException("--batch = " + batchSize + " is out of range [1, 65536]");
    }
    if (optimizer == null) {
      throw new GalerkinException("training: optimizer must not be null");
    }
    if (patience < 0) {
      throw new GalerkinException("--patience = " + patience + " is out of range; it must be >= 0");
    }
    if (threads < 1) {
      throw new GalerkinException("--threads = " + threads + " is out of range; it must be >= 1");
    }
    if (device == null) {
      throw new GalerkinException("training: device must not be null");
    }
  }

  /** @return this configuration on {@code d} */
  public TrainingConfig withDevice(Device d) {
    return new TrainingConfig(epochs, batchSize, optimizer, seed, patience, threads, d);
  }

  /**
   * The FNO paper's recipe scaled to {@code epochs}: Adam, learning rate {@code lr} halved every
   * {@code epochs/5} epochs' worth of steps, weight decay 1e-4.
   *
   * @param stepsPerEpoch batches per epoch, to place the decay steps
   */
  public static TrainingConfig fnoRecipe(int epochs, int batchSize, double lr, long seed,
      long stepsPerEpoch) {
    if (!(lr > 0 && lr < 1)) {
      throw new GalerkinException("--lr = " + lr + " is out of range (0, 1)");
    }
    AdamConfig adam = AdamConfig.adamW(TrainingRecipe.fnoSteps(lr, epochs, stepsPerEpoch), 1e-4);
    return new TrainingConfig(epochs, batchSize, adam, seed, 0,
        Runtime.getRuntime().availableProcessors());
  }
}
