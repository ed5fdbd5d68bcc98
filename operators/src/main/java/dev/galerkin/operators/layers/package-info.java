/**
 * The layer kit every model family builds from: dense layers, convolutions, spectral (Fourier)
 * convolutions and activations on channel-last tensors {@code [batch, ...space, channels]}, each a
 * small object that creates its named variables on a {@link dev.galerkin.operators.tf.TfGraph} and
 * applies itself to an operand.
 */
package dev.galerkin.operators.layers;
