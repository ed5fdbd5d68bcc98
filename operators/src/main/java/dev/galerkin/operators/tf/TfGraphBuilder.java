package dev.galerkin.operators.tf;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.Device;

/**
 * Options of a {@link TfGraph}: its seed, intra-op threads, device, and whether its weights are
 * frozen constants; {@link TfGraph#builder()}.
 */
public final class TfGraphBuilder {
  private long seed;
  private int threads = Runtime.getRuntime().availableProcessors();
  private Device device = Device.CPU;
  private java.util.Map<String, float[]> frozen;

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
   * Builds an inference graph: every variable the model asks for becomes a constant holding {@code
   * weights.get(name)}, so nothing is read from variables at run time and TensorFlow's graph
   * optimiser folds whatever depends on weights and constants alone (a DeepONet's trunk net at
   * fixed points, an FNO's spectral block weights) once, when the session starts. Such a graph
   * cannot be trained or written to; its predictions are those of the same weights in variables.
   *
   * @param weights registry name → row-major values, as {@link TfGraph#writeWeights} takes them;
   *     the map is kept, the arrays are copied into the graph as variables are created
   * @return this
   */
  public TfGraphBuilder frozen(java.util.Map<String, float[]> weights) {
    this.frozen = java.util.Objects.requireNonNull(weights, "weights");
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
    return new TfGraph(seed, threads, device, frozen);
  }
}
