package dev.galerkin.operators.layers;

/** Padding of a convolution, as TensorFlow defines it. */
public enum Padding {
  /** Zero padding so that the output has {@code ceil(n / stride)} points along each axis. */
  SAME,
  /** No padding: the output has {@code ceil((n − k + 1) / stride)} points. */
  VALID
}
