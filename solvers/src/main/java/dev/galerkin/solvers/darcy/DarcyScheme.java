package dev.galerkin.solvers.darcy;

/**
 * Which discretisation {@link DarcySolver} uses; all are 5-point schemes on the solver's
 * {@code s × s} nodes with {@code u = 0} on the boundary, solved the same way.
 */
public enum DarcyScheme {
  /**
   * Galerkin's own: the coefficient and the solution at the nodes, harmonic-mean face
   * coefficients (flux-continuous for an interface at mid-face).
   */
  VERTEX,
  /**
   * The convention of the FNO data ({@code data_generation/darcy/solve_gwf.m} of the FNO code,
   * Li et al., ICLR 2021): the coefficient is given at the cell centres {@code (i + ½)/s}, carried
   * to the nodes {@code i/(s − 1)} by a not-a-knot cubic spline ({@code interp2(…, 'spline')}),
   * arithmetic-mean face coefficients, and the nodal solution splined back to the cell centres.
   */
  FNO,
  /**
   * The convention of PDEBench's Darcy data ({@code reaction_diffusion_2D_multi_solution_Hydra.py}
   * of Takamoto et al., NeurIPS 2022 Datasets and Benchmarks): the coefficient and the solution at
   * the nodes, as {@link #VERTEX}, but arithmetic-mean face coefficients {@code (a_ij +
   * a_{i+1,j})/2}.
   */
  ARITHMETIC;

  /** @return the name on the command line: {@code vertex}, {@code fno} */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** @return one line for a dataset's solver attribute */
  public String description() {
    if (this == ARITHMETIC) {
      return "vertex-centred 5-point finite volumes, arithmetic-mean faces (PDEBench's)";
    }
    return this == VERTEX
        ? "vertex-centred 5-point finite volumes, harmonic-mean faces"
        : "FNO's solve_gwf.m: coefficient at cell centres splined (not-a-knot) to the nodes,"
            + " 5-point scheme with arithmetic-mean faces, solution splined back to the cell"
            + " centres";
  }
}
