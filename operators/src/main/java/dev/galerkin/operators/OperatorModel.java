package dev.galerkin.operators;

import dev.galerkin.data.Shape;
import dev.galerkin.operators.tf.TfGraph;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * An architecture that maps one input field to one output field: what the trainer trains and a
 * {@link NeuralOperator} evaluates. It builds its forward pass on a graph, in normalised units:
 * input {@code [B, ...inputSample]} to output {@code [B, ...outputSample]}. Variables get the same
 * names on every graph it is built on, so trained weights move between graphs (another batch size,
 * another resolution) by name.
 */
public interface OperatorModel {

  /** @return the model family stored in model files, for example {@code fno} */
  String type();

  /** @return the configuration as JSON, enough to rebuild the model with {@link ModelFamilies} */
  String architectureJson();

  /**
   * Builds the forward pass.
   *
   * @param g the graph to build on (its variables are created here)
   * @param input normalised input, shape {@code [B, ...inputSample]}
   * @param inputSample the shape of one input sample
   * @param outputSample the shape of one output sample
   * @return the normalised output, shape {@code [B, ...outputSample]}
   */
  Operand<TFloat32> forward(TfGraph g, Operand<TFloat32> input, Shape inputSample,
      Shape outputSample);

  /**
   * Whether the model can be evaluated on a grid other than the training one (FNO can, by the
   * resolution independence of its Fourier layers; DeepONet's branch cannot).
   *
   * @return {@code true} when {@link #forward} accepts other sample shapes
   */
  boolean resolutionIndependent();

  /**
   * Whether the model flattens each input sample before it uses it (a DeepONet's MLP branch does),
   * so input fields that share no grid may be fed as one flat stack ({@link FieldStack#flattened}).
   *
   * @return {@code false} unless the model says so
   */
  default boolean flattensInput() {
    return false;
  }
}
