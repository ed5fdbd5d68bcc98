/**
 * Discretisations of space. So far: uniform grids and the operations a data pipeline needs on them.
 *
 * <ul>
 *   <li>{@link dev.galerkin.meshes.Grid1D}: a uniform grid on {@code [x0, x1]} whose {@link
 *       dev.galerkin.meshes.Boundary} is {@code PERIODIC} ({@code h = L / n}, {@code x1} not a
 *       node, the FNO/PDEBench convention) or {@code DIRICHLET} ({@code n} nodes including both
 *       ends, {@code h = L / (n - 1)}); fields are {@code double[n]}.
 *   <li>{@link dev.galerkin.meshes.Grid2D}: the tensor product of an x and a y {@code Grid1D};
 *       fields are flat row-major {@code double[nx * ny]} with {@code values[i * ny + j]} at node
 *       {@code (x_i, y_j)}.
 *   <li>Subsampling a grid and its fields by a stride (the FNO Darcy grid, 421 nodes per axis, to
 *       85 with stride 5), keeping the extent.
 *   <li>Interpolation of fields between grids, linear in 1D and bilinear in 2D, second order for
 *       smooth fields and exact for (bi)linear ones: {@code Grid1D.interpolate}, {@code
 *       Grid2D.interpolate}, point evaluation with {@code valueAt}, and the reusable,
 *       allocation-free {@link dev.galerkin.meshes.GridInterpolator} for many fields between the
 *       same two grids. Periodic axes wrap around; bounded axes do not extrapolate.
 *   <li>{@link dev.galerkin.meshes.BoundaryCondition}: the condition a problem imposes on each axis
 *       ({@code periodic}, {@code dirichlet}, {@code neumann}, {@code open}), as datasets record it
 *       and padding models read it; distinct from a grid's node layout ({@code Boundary}).
 * </ul>
 *
 * <p>Triangle meshes, Gmsh/VTK I/O and mesh morphing arrive with their issues. All errors are
 * {@link dev.galerkin.GalerkinException}s whose one-line message names the field, the bad value and
 * the allowed range.
 */
package dev.galerkin.meshes;
