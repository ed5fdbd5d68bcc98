/**
 * The TensorFlow graph kit every Galerkin model is built from.
 *
 * <p>{@link dev.galerkin.operators.tf.TfGraph} owns a graph, its session and a registry of named
 * {@code float32} variables with seeded {@link dev.galerkin.operators.tf.Initializer initial values};
 * arrays cross into and out of it as {@link dev.galerkin.data.FloatArray}s. The layers live in
 * {@code dev.galerkin.operators.layers}, the optimisers and schedules in
 * {@code dev.galerkin.operators.optim}; losses are in {@link dev.galerkin.operators.tf.Losses}.
 *
 * <p>TensorFlow types ({@code Ops}, {@code Operand<TFloat32>}) appear in this package's API for the
 * model classes of {@code dev.galerkin.operators}; they do not leave the {@code operators} module.
 * Only first-order gradients exist in TensorFlow Java 1.1.0 (see {@code TFJAVA.md}).
 */
package dev.galerkin.operators.tf;
