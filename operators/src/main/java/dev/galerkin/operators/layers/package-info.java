/**
 * The layer kit every model family builds from, on channel-last tensors
 * {@code [batch, n_1, …, n_d, channels]}: each layer is a small object that creates its named
 * variables on a {@link dev.galerkin.operators.tf.TfGraph} ({@code create}) and applies itself to an
 * operand ({@code apply}), built only from ops with first-order gradients in TensorFlow Java 1.1.0.
 *
 * <ul>
 *   <li>{@link dev.galerkin.operators.layers.Dense}: point-wise linear maps;</li>
 *   <li>{@link dev.galerkin.operators.layers.SpectralConv}: FNO's Fourier layer in 1D to 3D, as real
 *       DFT matrices (no complex types);</li>
 *   <li>{@link dev.galerkin.operators.layers.Conv}: convolutions in 1D to 3D with
 *       {@link dev.galerkin.operators.layers.Padding zero, circular, reflect or no padding} and a
 *       stride (strided down-sampling);</li>
 *   <li>{@link dev.galerkin.operators.layers.AveragePool} (down-sampling),
 *       {@link dev.galerkin.operators.layers.ConvTranspose} and
 *       {@link dev.galerkin.operators.layers.Upsample} (learned and interpolating up-sampling);</li>
 *   <li>{@link dev.galerkin.operators.layers.GroupNorm} and
 *       {@link dev.galerkin.operators.layers.ResidualBlock}, the pieces of PDEArena's U-Nets;</li>
 *   <li>{@link dev.galerkin.operators.layers.Activation}: element-wise non-linearities.</li>
 * </ul>
 */
package dev.galerkin.operators.layers;
