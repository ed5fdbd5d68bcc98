/**
 * MMGP, the Mesh Morphing Gaussian Process (Casenave, Staber and Roynard, "MMGP: a Mesh Morphing
 * Gaussian Process-based machine learning method for regression of physical problems under
 * non-parameterized geometrical variability", NeurIPS 2023): regression of fields on meshes whose
 * geometry varies without a parameterisation.
 *
 * <p>The pipeline, for training meshes {@code Ω_i} with fields {@code u_i}:
 * <ol>
 *   <li>Morph each mesh onto a fixed reference shape (Floater's parameterisation onto the unit disc
 *       or a radial-basis-function morphing), so every sample lives on one domain.</li>
 *   <li>Interpolate the morphed node coordinates and the fields onto one common mesh of that domain
 *       (P1 interpolation, point location).</li>
 *   <li>Reduce the morphed coordinates ({@code x} and {@code y} together, one vector of length
 *       {@code 2 × nodes}) and each output field by snapshot POD in the {@code L²} inner product of
 *       the common mesh (its P1 mass matrix): {@link dev.galerkin.operators.mmgp.SnapshotPod}.</li>
 *   <li>Regress the output coefficients on the input coefficients (plus any scalar inputs) with a
 *       Gaussian process, Matérn 5/2 with ARD length scales: {@link dev.galerkin.operators.mmgp.GaussianProcess}.</li>
 *   <li>Predict: morph the new mesh, project its coordinates, predict the output coefficients and
 *       their variances, rebuild the field on the common mesh, and interpolate it back onto the new
 *       mesh through the inverse morphing. The predictive variance propagates through the linear
 *       POD basis ({@link dev.galerkin.operators.mmgp.SnapshotPod#fieldVariance}) or by posterior
 *       samples ({@link dev.galerkin.operators.mmgp.GaussianProcess#sample}).</li>
 * </ol>
 *
 * <p><b>Here now</b>: the numerical core on flat arrays, steps 3–5 without meshes —
 * {@link dev.galerkin.operators.mmgp.SnapshotPod} with {@link dev.galerkin.operators.mmgp.MassMatrix}
 * and {@link dev.galerkin.operators.mmgp.PodTruncation};
 * {@link dev.galerkin.operators.mmgp.GaussianProcess} with its
 * {@link dev.galerkin.operators.mmgp.GaussianProcessConfig}, {@link dev.galerkin.operators.mmgp.Prediction},
 * {@link dev.galerkin.operators.mmgp.Hyperparameters}, {@link dev.galerkin.operators.mmgp.Standardisation}
 * and the storable {@link dev.galerkin.operators.mmgp.GaussianProcessState}. Gaussian processes are
 * fitted in plain Java, outside TensorFlow (which has no gradient for Cholesky), following
 * Rasmussen and Williams, <em>Gaussian Processes for Machine Learning</em>, MIT Press, 2006
 * (Algorithm 2.1, eq. 5.9). <b>To come</b>: the morphing and common-mesh interpolation (in
 * {@code meshes}), the P1 mass matrix (in {@code solvers.fem}), the MMGP model family that wires
 * them together, and its HDF5 checkpoint.
 */
package dev.galerkin.operators.mmgp;
