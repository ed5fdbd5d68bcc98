package dev.galerkin.solvers.compressible;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.FiniteVolumeScheme;
import dev.galerkin.solvers.finitevolume.SemiDiscreteOperator;

/**
 * The semi-discrete compressible Navier–Stokes operator in 1D: the inviscid {@link
 * FiniteVolumeScheme} of the {@link EulerEquations} plus PDEBench's viscous terms ({@link
 * CompressibleConfig}) as central second-order face fluxes in conservation form,
 *
 * <pre>
 *   G_{i+½} = μ ρ_{i+½} (0, (v_{i+1} − v_i)/Δx, (v_{i+1}² − v_i²)/(2Δx))
 *   ρ_{i+½} = (ρ_i + ρ_{i+1})/2
 *   dq_i/dt += (G_{i+½} − G_{i−½})/Δx
 * </pre>
 *
 * ({@code μ = ζ + 4η/3}; the energy flux is {@code μ ρ v v_x} at the face), so mass, momentum and
 * energy stay conserved to round-off on a periodic grid. The step is {@code cfl / (max_i (|v_i| +
 * c_i)/Δx + 2μ/Δx²)}, the advective CFL limit joined with the forward-Euler limit {@code Δt <=
 * Δx²/(2μ)} of the diffusion, which SSP-RK3 inherits. Not thread-safe: it keeps work arrays.
 */
public final class ViscousOperator implements SemiDiscreteOperator {
  private final FiniteVolumeScheme inviscid;
  private final CellGrid grid;
  private final double mu;
  private final double[] g;

  /**
   * @param inviscid the scheme of the 1D Euler equations ({@code q = (ρ, ρv, E)})
   * @param mu the viscosity {@code μ = ζ + 4η/3 >= 0}
   */
  public ViscousOperator(FiniteVolumeScheme inviscid, double mu) {
    if (inviscid.grid().dimension() != 1 || inviscid.law().variables() != 3) {
      throw new GalerkinException("the viscous operator is 1D; pass a 1D Euler scheme");
    }
    this.inviscid = inviscid;
    this.grid = inviscid.grid();
    this.mu = mu;
    this.g = new double[2 * (grid.nx() + 1)];
  }

  @Override
  public int size() {
    return inviscid.size();
  }

  @Override
  public void rhs(double[] q, double[] dq) {
    inviscid.rhs(q, dq);   // also fills the ghost cells of q
    if (mu == 0) {
      return;
    }
    int n = grid.nx();
    double inv = 1 / grid.dx();
    for (int f = 0; f <= n; f++) {
      int l = grid.cell(f - 1, 0) * 3;
      int r = l + 3;
      double vl = q[l + 1] / q[l];
      double vr = q[r + 1] / q[r];
      double coefficient = mu * 0.5 * (q[l] + q[r]) * inv;
      g[2 * f] = coefficient * (vr - vl);
      g[2 * f + 1] = coefficient * 0.5 * (vr * vr - vl * vl);
    }
    for (int i = 0; i < n; i++) {
      int c = grid.cell(i, 0) * 3;
      dq[c + 1] += (g[2 * i + 2] - g[2 * i]) * inv;
      dq[c + 2] += (g[2 * i + 3] - g[2 * i + 1]) * inv;
    }
  }

  @Override
  public double maxTimeStep(double[] q, double cfl) {
    double advective = inviscid.maxTimeStep(q, 1);   // 1 / max (|v| + c)/dx
    double dx = grid.dx();
    return cfl / (1 / advective + 2 * mu / (dx * dx));
  }
}
