/**
 * Continuous piecewise-linear (P1) finite elements on a {@link dev.galerkin.meshes.TriangleMesh}:
 * verified reference solvers for problems on unstructured geometries. Boundary conditions are
 * attached to the mesh's named {@link dev.galerkin.meshes.PhysicalGroup}s; data are functions
 * {@code (x, y) -> value} ({@link java.util.function.DoubleBinaryOperator}, {@link
 * dev.galerkin.solvers.fem.VectorFunction}), the Poisson coefficient also one value per triangle.
 * Units are the user's, consistent (SI recommended). The method follows Larson and Bengzon, <i>The
 * Finite Element Method: Theory, Implementation, and Applications</i> (Springer, 2013), ch. 4
 * (assembly) and ch. 11 (elasticity), and Hughes, <i>The Finite Element Method: Linear Static and
 * Dynamic Finite Element Analysis</i> (Dover, 2000), ch. 2–3.
 *
 * <ul>
 *   <li>{@link dev.galerkin.solvers.fem.PoissonProblem} / {@link
 *       dev.galerkin.solvers.fem.PoissonSolver}: {@code −∇·(κ∇u) = f}, Dirichlet and Neumann
 *       groups.
 *   <li>{@link dev.galerkin.solvers.fem.ElasticityProblem} / {@link
 *       dev.galerkin.solvers.fem.ElasticitySolver}: plane stress or plane strain ({@link
 *       dev.galerkin.solvers.fem.ElasticMaterial}), displacement components fixed per group,
 *       tractions per group, body force; stresses per triangle and at nodes (area-weighted
 *       average) with von Mises ({@link dev.galerkin.solvers.fem.StressComponent}).
 *   <li>{@link dev.galerkin.solvers.fem.FemConfig}: the preconditioned conjugate-gradient solve
 *       ({@link dev.galerkin.solvers.linalg.ConjugateGradient}, IC(0) or Jacobi); a solve that does
 *       not converge throws {@link dev.galerkin.solvers.SolverException} with iterations and
 *       residual.
 *   <li>{@link dev.galerkin.solvers.fem.TriangleQuadrature} and {@link
 *       dev.galerkin.solvers.fem.FemErrors}: quadrature rules (degrees 2, 4, 5; 2-point Gauss on
 *       edges) and L2 / H1-seminorm errors integrated two degrees above the element.
 * </ul>
 *
 * <p><b>Measured orders</b> (finest pair of meshes; {@code h ∝ N^{-1/2}}):
 *
 * <ul>
 *   <li>Poisson, {@code κ = 1 + x² + y/2}, {@code u = eˣ sin πx sin πy + x²y}, Neumann side, 81 to
 *       16 641 nodes ({@code PoissonConvergenceTest}): L2 order 2.02 and H1 order 1.01 on
 *       structured, randomly perturbed (≤ 0.25 h) and curvilinear (mapped, curved top) meshes.
 *       Per-triangle centroid {@code κ} keeps order 2 ({@code PoissonSolverTest}).
 *   <li>Elasticity, manufactured trigonometric displacement with tractions on two sides ({@code
 *       ElasticityConvergenceTest}): L2 order 2.04 (plane stress, structured) and 2.03 (plane
 *       strain, perturbed), H1 order 1.02 and 1.01.
 *   <li>Kirsch's plate with a hole, quarter annulus {@code a ≤ r ≤ 5a}, exact outer traction,
 *       symmetry conditions, 81 to 16 641 nodes ({@code KirschTest}): displacement relative L2
 *       order 2.02; {@code σ_xx(0, a)/σ∞} = 2.9994 (plane stress) and 3.0043 (plane strain) at the
 *       finest mesh (exact 3), error about order 1; nodal von Mises RMS error order 1.5.
 * </ul>
 *
 * <p>On a perturbed 100 × 100 Poisson mesh (10 201 nodes, tolerance 1e-8) conjugate gradients
 * takes 391 iterations with Jacobi and 119 with IC(0) ({@code PoissonSolverTest}); on the Kirsch
 * quarter annulus with 64 × 64 cells (8 450 unknowns) 685 and 163 ({@code ElasticitySolverTest}).
 */
package dev.galerkin.solvers.fem;
