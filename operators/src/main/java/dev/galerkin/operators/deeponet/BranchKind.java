package dev.galerkin.operators.deeponet;

/**
 * The kind of a DeepONet's branch net, the net that reads the input function.
 *
 * <ul>
 *   <li>{@link #MLP}: the input sample flattened to its {@code m} sensor values, then dense layers
 *       (Lu et al. 2021); any input shape;
 *   <li>{@link #CNN}: convolution stages on a 2D input grid {@code [X, Y]} or {@code [X, Y, C]},
 *       each a 5×5 convolution, σ and a 2×2 average pool, then the dense layers (the branch of the
 *       multi-task DeepONet of Kumar, Goswami, Kontolati, Shields &amp; Karniadakis 2024).
 * </ul>
 */
public enum BranchKind {
  /** Dense layers on the flattened input sample. */
  MLP,
  /** Convolution and pooling stages on a 2D grid, then dense layers. */
  CNN
}
