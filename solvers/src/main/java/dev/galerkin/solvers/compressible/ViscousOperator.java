package dev.galerkin.solvers.compressible;

import dev.galerkin.solvers.finitevolume.CellGrid;
import dev.galerkin.solvers.finitevolume.FiniteVolumeScheme;
import dev.galerkin.solvers.finitevolume.SemiDiscreteOperator;

/**
 * The semi-discrete compressible Navier–Stokes operator of PDEBench's generator: the inviscid
 * {@link FiniteVolumeScheme} of the {@link EulerEquations} (1D or 2D) plus PDEBench's viscous
 * terms ({@link CompressibleConfig}) as central second-order face fluxes in conservation form.
 * Along each axis {@code a}, at the face between cells {@code L} and {@code R},
 *
 * <pre>
 *   G_k = c_k ρ_f (v_{k,R} − v_{k,L})/Δ_a,     c_k = η + δ_{ka} (ζ + η/3),   ρ_f = (ρ_L + ρ_R)/2
 *   G_E = Σ_k c_k ρ_f (v_{k,R}² − v_{k,L}²)/(2Δ_a)
 *   dq/dt += (G_{high face} − G_{low face})/Δ_a   (momentum k and energy)
 * </pre>
 *
 * so in 1D {@code (ρv)_t + … = (μ ρ v_x)_x}, {@code μ = ζ + 4η/3}; in 2D the momentum diffuses
 * with {@code η} across and {@code μ} along each axis and, as in PDEBench's code, the
 * cross-derivative terms of the stress ({@code ∂_x ∂_y}) are left out. Mass, momentum and energy
 * stay conserved to round-off on a periodic grid. The step is {@code cfl / (Σ_a max(|v_a| +
 * c)/Δ_a + Σ_a 2μ/Δ_a²)}, the advective CFL limit joined with the forward-Euler limit of the
 * diffusion, which SSP-RK3 inherits. Not thread-safe: it keeps work arrays.
 */
public final class ViscousOperator implements SemiDiscreteOperator {
  private final FiniteVolumeScheme inviscid;
  private final CellGrid grid;
  private final int d;
  private final int m;
  private final double eta;
  private final double zeta;
  private final double mu;
  private final double[] g;
  private final double[] vl;
  private final double[] vr;

  /**
   * @param inviscid the scheme of the Euler equations ({@code q = (ρ, ρu, [ρv,] E)})
   * @param eta the shear viscosity {@code η >= 0}
   * @param zeta the bulk viscosity {@code ζ >= 0}
   */
  public ViscousOperator(FiniteVolumeScheme inviscid, double eta, double zeta) {
    this.inviscid = inviscid;
    this.grid = inviscid.grid();
    this.d = grid.dimension();
    this.m = d + 2;
    this.eta = eta;
    this.zeta = zeta;
    this.mu = zeta + 4 * eta / 3;
    this.g = new double[(d + 1) * (Math.max(grid.nx(), grid.ny()) + 1)];
    this.vl = new double[d];
    this.vr = new double[d];
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
    for (int axis = 0; axis < d; axis++) {
      int lines = axis == 0 ? grid.ny() : grid.nx();
      for (int line = 0; line < lines; line++) {
        int first = axis == 0 ? grid.cell(0, line) : grid.cell(line, 0);
        line(axis, first, q, dq);
      }
    }
  }

  /** Adds the viscous flux differences of one grid line along {@code axis}. */
  private void line(int axis, int first, double[] q, double[] dq) {
    int n = grid.cells(axis);
    int s = grid.stride(axis);
    int w = d + 1;
    double inv = 1 / grid.width(axis);
    for (int f = 0; f <= n; f++) {
      int l = (first + (f - 1) * s) * m;
      int r = (first + f * s) * m;
      double rhoFace = 0.5 * (q[l] + q[r]) * inv;
      double energy = 0;
      for (int k = 0; k < d; k++) {
        vl[k] = q[l + 1 + k] / q[l];
        vr[k] = q[r + 1 + k] / q[r];
        double c = (k == axis ? mu : eta) * rhoFace;
        g[f * w + k] = c * (vr[k] - vl[k]);
        energy += c * 0.5 * (vr[k] * vr[k] - vl[k] * vl[k]);
      }
      g[f * w + d] = energy;
    }
    for (int i = 0; i < n; i++) {
      int c = (first + i * s) * m;
      for (int k = 0; k <= d; k++) {
        dq[c + 1 + k] += (g[(i + 1) * w + k] - g[i * w + k]) * inv;
      }
    }
  }

  @Override
  public double maxTimeStep(double[] q, double cfl) {
    double advective = inviscid.maxTimeStep(q, 1);   // 1 / max Σ_a (|v_a| + c)/Δ_a
    double diffusive = 0;
    for (int axis = 0; axis < d; axis++) {
      diffusive += 2 * mu / (grid.width(axis) * grid.width(axis));
    }
    return cfl / (1 / advective + diffusive);
  }

  /** @return the shear viscosity {@code η} */
  public double eta() {
    return eta;
  }

  /** @return the bulk viscosity {@code ζ} */
  public double zeta() {
    return zeta;
  }
}
