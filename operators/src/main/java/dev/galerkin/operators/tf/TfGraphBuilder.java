package dev.galerkin.operators.tf;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.Device;

/** Options of a {@link TfGraph}: its seed, intra-op threads and device; {@link TfGraph#builder()}. */
public final class TfGraphBuilder {
  private long seed;
  private int threads = Runtime.getRuntime().availableProcessors();
  private Device device = Device.CPU;

  TfGraphBuilder() {}

  /** @param seed the seed of all initial values (default 0) @return this */
  public TfGraphBuilder seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** @param threads intra-op threads, {@code >= 1} (default: available processors) @return this */
  public TfGraphBuilder threads(int threads) {
    if (threads < 1) {
      throw new GalerkinException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
    return this;
  }

  /** @param device where to run (default {@link Device#CPU}) @return this */
  public TfGraphBuilder device(Device device) {
    this.device = java.util.Objects.requireNonNull(device, "device");
    return this;
  }

  /**
   * @return a new, empty graph
   * @throws GalerkinException for {@link Device#GPU} when TensorFlow sees no GPU
   */
  public TfGraph build() {
    if (device == Device.GPU) {
      Sessions.requireGpu();
    }
    return new TfGraph(seed, threads, device);
  }
}
