/**
 * Discretisations of space: uniform grids and triangle meshes, and the operations a data pipeline
 * needs on them (interpolation, point location, morphing).
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
 *   <li>{@link dev.galerkin.meshes.TriangleMesh}: an unstructured mesh of counter-clockwise
 *       triangles in flat arrays, with boundary edges and triangles tagged by named {@link
 *       dev.galerkin.meshes.PhysicalGroup}s; {@link dev.galerkin.meshes.BoundaryLoops} chains its
 *       topological boundary into ordered loops (one per boundary component).
 *   <li>{@link dev.galerkin.meshes.MeshQuality}: per-triangle minimum angle (degrees) and aspect
 *       ratio {@code R / (2 r)} (1 for equilateral), a summary, and the inverted-triangle check
 *       that morphing runs.
 *   <li>{@link dev.galerkin.meshes.PointLocator}: a bucket-grid index that finds the triangle and
 *       barycentric coordinates of a point, or (by explicit {@code OutsidePolicy.NEAREST}) the
 *       closest point of the mesh; {@link dev.galerkin.meshes.P1Interpolation}: piecewise-linear
 *       interpolation of nodal fields at points or onto another mesh's nodes, precomputed and
 *       reusable for many fields, second order and exact for linear fields.
 *   <li>Morphing, as MMGP (Casenave et al., NeurIPS 2023) uses it, each returning a {@link
 *       dev.galerkin.meshes.MorphResult} (moved mesh, quality before and after): {@link
 *       dev.galerkin.meshes.RbfMorphing} interpolates prescribed boundary displacements with radial
 *       basis functions (de Boer, van der Schoot and Bijl 2007), for any domain, in one step or in
 *       increments; {@link dev.galerkin.meshes.FloaterParameterization} maps a disk-like mesh onto
 *       the unit disk or a convex polygon with Floater's mean-value (2003), Floater's
 *       shape-preserving (1997) or Tutte's uniform weights, without folding; {@link
 *       dev.galerkin.meshes.BoundaryCorrespondence} gives the boundary displacements that carry one
 *       mesh of a family onto another (per named group, by normalised arc length).
 * </ul>
 *
 * <p>Gmsh {@code .msh} 4.1 and VTK {@code .vtu} files, and meshing through Gmsh, are in {@link
 * dev.galerkin.meshes.io}. All errors are
 * {@link dev.galerkin.GalerkinException}s whose one-line message names the field, the bad value and
 * the allowed range.
 */
package dev.galerkin.meshes;
