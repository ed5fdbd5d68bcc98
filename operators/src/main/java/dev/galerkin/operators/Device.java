package dev.galerkin.operators;

import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.GalerkinException;
import java.util.Locale;

/**
 * Where a {@link TfGraph} runs its operations.
 *
 * <p>{@link #CPU} hides every GPU from the session. {@link #GPU} needs the CUDA build of the native
 * library ({@code tensorflow-core-native} classifier {@code linux-x86_64-gpu}, Maven profile
 * {@code -Pgpu}) and CUDA 12 on the host; with the CPU build, {@link dev.galerkin.operators.tf.TfGraphBuilder#build()} throws
 * a {@link GalerkinException} saying so.
 */
public enum Device {
  /** The host processor; the default, and what every test uses. */
  CPU,
  /** The first visible CUDA device; operations without a GPU kernel fall back to the CPU. */
  GPU;

  /**
   * Parses a command-line value.
   *
   * @param text {@code cpu} or {@code gpu}, any case
   * @return the device
   */
  public static Device parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "cpu" -> CPU;
      case "gpu" -> GPU;
      default -> throw new GalerkinException("device '" + text + "' is not one of: cpu, gpu");
    };
  }
}
