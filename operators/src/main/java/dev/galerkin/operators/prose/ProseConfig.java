package dev.galerkin.operators.prose;

import dev.galerkin.GalerkinException;

/**
 * The sizes of a PROSE network (Liu, Zhang, Schaeffer, <i>PROSE: Predicting Operators and Symbolic
 * Expressions using Multimodal Transformers</i>, Neural Networks 2024), small enough for two CPU
 * cores. The reference uses width 256–512 and 2–8 layers per block; the defaults here (width 64,
 * 4 heads, one layer per block) are the "fits the machine" size.
 *
 * @param dimension state components {@code d} of the trajectories (zero-padded systems)
 * @param inputPoints the input trajectory's points {@code p}
 * @param outputPoints the query times {@code Q} of the data decoder
 * @param tokens the token length {@code L} of the symbol input and of the equation
 * @param vocabulary the token vocabulary size {@code V}
 * @param width the transformer width {@code W}
 * @param heads attention heads, dividing {@code W}
 * @param dataLayers layers of the data encoder
 * @param symbolLayers layers of the symbol encoder
 * @param fusionLayers layers of the fusion encoder
 * @param decoderLayers layers of each decoder
 * @param symbolInput whether the symbol input is used (false: the data-only ablation)
 * @param symbolWeight the weight of the token cross-entropy beside the trajectory's relative L2
 */
public record ProseConfig(int dimension, int inputPoints, int outputPoints, int tokens,
    int vocabulary, int width, int heads, int dataLayers, int symbolLayers, int fusionLayers,
    int decoderLayers, boolean symbolInput, double symbolWeight) {

  /** Validates the sizes. */
  public ProseConfig {
    positive("dimension", dimension);
    positive("input points", inputPoints);
    positive("output points", outputPoints);
    if (tokens < 3) {
      throw new GalerkinException("PROSE: tokens = " + tokens + "; need at least <bos> x <eos>");
    }
    positive("vocabulary", vocabulary);
    positive("width", width);
    positive("heads", heads);
    if (width % heads != 0 || width % 2 != 0) {
      throw new GalerkinException("PROSE: --width " + width + " must be even and divisible by"
          + " --heads " + heads);
    }
    for (int layers : new int[] {dataLayers, symbolLayers, fusionLayers, decoderLayers}) {
      positive("layers per block", layers);
    }
    if (!(symbolWeight >= 0) || !Double.isFinite(symbolWeight)) {
      throw new GalerkinException("PROSE: --symbol-weight = " + symbolWeight + "; pass >= 0");
    }
  }

  private static void positive(String what, int v) {
    if (v < 1) {
      throw new GalerkinException("PROSE: " + what + " = " + v + "; it must be >= 1");
    }
  }

  /** @return this configuration with the symbol input on or off */
  public ProseConfig withSymbolInput(boolean on) {
    return new ProseConfig(dimension, inputPoints, outputPoints, tokens, vocabulary, width, heads,
        dataLayers, symbolLayers, fusionLayers, decoderLayers, on, symbolWeight);
  }
}
