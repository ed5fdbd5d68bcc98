package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.generate.MeshDatasetRecipe;
import java.util.List;
import java.util.function.Function;

/**
 * The published setups Galerkin reproduces, as {@link PresetFactory}s: {@code galerkin generate
 * --list}, the {@code galerkin generate PRESET} subcommands and the README's table come from this
 * list. A new preset is a recipe record with its {@code OPTIONS} and {@code from(OptionValues)},
 * plus one entry here.
 */
public final class PresetCatalog {
  private static final String FNO = "Li et al., Fourier Neural Operator for Parametric PDEs,"
      + " ICLR 2021";
  private static final String MULTITASK = "Kumar et al., Synergistic Learning with Multi-Task"
      + " DeepONet for Efficient PDE Problem Solving, 2024";
  private static final String PDEBENCH = "Takamoto et al., PDEBench, NeurIPS 2022 Datasets and"
      + " Benchmarks";
  private static final String DEEPONET = "Lu et al., Learning nonlinear operators via DeepONet,"
      + " Nat. Mach. Intell. 3 (2021)";

  /** One preset: the texts, the options and the factory of its recipe. */
  private record Entry(String name, String summary, String source, List<String> description,
      List<OptionSpec> options, Function<OptionValues, DatasetRecipe> factory)
      implements PresetFactory {
    Entry {
      description = List.copyOf(description);
      options = List.copyOf(options);
    }

    @Override
    public DatasetRecipe create(OptionValues values) {
      return factory.apply(values);
    }
  }

  private static final List<PresetFactory> PRESETS = List.of(
      new Entry("darcy", "-div(a grad u) = 1, u = 0 on the boundary; a: thresholded GRF (12/3),"
          + " 421^2 solve stored at 85^2", FNO, List.of(
              "FNO Darcy flow (Li et al. 2021): -div(a grad u) = f on the unit square, u = 0 on"
                  + " the boundary; a = 12 / 3 where a GRF (-Lap + 9I)^-2 is >= 0 / < 0.",
              "Solved on s x s nodes, stored every stride-th node: a [N, r, r] (input), u [N, r, r]"
                  + " (output), x [r], y [r], r = (s - 1)/stride + 1."),
          DarcyPreset.OPTIONS, DarcyPreset::from),
      new Entry("darcy-multiscale", "-div(a grad u) = 1, u = 0 on the boundary; a: product of K = 6"
          + " oscillatory trigonometric factors; 421^2 solve stored at 85^2", "Liu, Xu, Zhang, HANO,"
          + " J. Comput. Phys. 2024; He, Liu, Xu, MgNO, ICLR 2024", List.of(
              "Multiscale Darcy (HANO / MgNO benchmarks): -div(a grad u) = f on the unit square,"
                  + " u = 0 on the boundary; a = prod_{k=1..K} (1 + cos(a_k pi (x+y))/2)(1 +"
                  + " sin(a_k pi (y-3x))/2), a_k ~ U[-K, K].",
              "Solved on s x s nodes, stored every stride-th node: a [N, r, r] (input), u [N, r, r]"
                  + " (output), x [r], y [r], r = (s - 1)/stride + 1."),
          DarcyMultiscalePreset.OPTIONS, DarcyMultiscalePreset::from),
      new Entry("darcy-geometries", "-div(a grad u) = 1 on a masked domain (square, disk, triangle;"
          + " held out: l, pentagon), u = 0 outside; a: thresholded GRF (12/3); 101^2", MULTITASK,
          List.of(
              "Darcy flow on several geometries (the multi-task DeepONet tasks of Kumar et al."
                  + " 2024): -div(a grad u) = f where a binary mask is 1, u = 0 where it is 0 and"
                  + " on the sides of the unit square; a = 12 / 3 as in the FNO Darcy preset.",
              "Sample i takes geometry i mod G of --geometry. Stores a (times the mask) [N, r, r],"
                  + " mask [N, r, r], geometry_id [N, 1] (0 square, 1 disk, 2 triangle, 3 l, 4"
                  + " pentagon) as inputs, u [N, r, r] (output), x [r], y [r]."),
          DarcyGeometriesPreset.OPTIONS, DarcyGeometriesPreset::from),
      new Entry("burgers", "u_t + (u^2/2)_x = nu u_xx periodic, nu = 0.1; u0: GRF 625(-Lap+25I)^-2;"
          + " 8192 solve stored at 1024; u(t = 1)", FNO, List.of(
              "FNO Burgers (Li et al. 2021): u_t + (u^2/2)_x = nu u_xx on the periodic unit"
                  + " interval, u0 ~ GRF 625(-Lap + 25I)^-2; pseudo-spectral + ETDRK4.",
              "The released FNO files used --grf-variance 2401 --grf-tau 7 --grf-alpha 2.5.",
              "Stores a = u0 [N, r] (input), u [N, T, r] (output), x [r], t [T]; defaults: u at"
                  + " t = 1 (T = 1 stored time)."),
          BurgersPreset.OPTIONS, BurgersPreset::from),
      new Entry("navier-stokes", "2D vorticity on the torus, nu = 1e-3, FNO forcing; w0: GRF"
          + " 7^1.5(-Lap+49I)^-2.5; 64^2, w(t = 1..50)", FNO, List.of(
              "FNO Navier-Stokes (Li et al. 2021): vorticity w_t + u.grad w = nu Lap w + f on the"
                  + " unit torus, f = 0.1(sin 2pi(x+y) + cos 2pi(x+y)), w0 ~ GRF 7^1.5(-Lap +"
                  + " 49I)^-2.5.",
              "The released FNO data: --grf-variance 686 (2 * 7^3: sigma = 7^1.5 as an amplitude,"
                  + " real part of non-Hermitian noise) --resolution 256 --stride 4.",
              "Stores a = w0 [N, r, r] (input), w [N, T, r, r] (output), x, y [r], t [T];"
                  + " defaults: stored at 64^2 (solved at 64^2, or at 256^2 for viscosity <= 1e-4),"
                  + " T = 50 with 50 stored times."),
          NavierStokesPreset.OPTIONS, NavierStokesPreset::from),
      new Entry("shallow-water", "2D shallow water over random bathymetry on the periodic unit"
          + " square, g = 1, H = 1; Gaussian surface bumps at rest; 64^2 cells, q(t = 0.05..1)",
          ShallowWaterPreset.SOURCE, List.of(
              "Shallow water with bathymetry b (PDEArena-style, planar and periodic instead of"
                  + " SpeedyWeather's rotating sphere): h_t + div(hu) = 0, (hu)_t + div(hu u) +"
                  + " grad(g h^2/2) = -g h grad b on [0, 1)^2.",
              "b: Gaussian bumps well below the surface; eta0 = H + Gaussian bumps, u0 = v0 = 0;"
                  + " finite volumes (hydrostatic reconstruction, HLL, MUSCL, SSP-RK3).",
              "Stores b [N, r, r] and a = q(0) [N, r, r, 3] (inputs), q = (h, hu, hv) [N, T, r, r,"
                  + " 3] (output), x, y [r] (cell centres), t [T]; defaults: 64^2, T = 1 with 20"
                  + " stored times."),
          ShallowWaterPreset.OPTIONS, ShallowWaterPreset::from),
      new Entry("shallow-water-dam-break", "PDEBench 2D radial dam break: flat-bed shallow water"
          + " on [-2.5, 2.5]^2, g = 1, h0 = 2 in r <= R ~ U[0.3, 0.7], 1 outside; 128^2, q(t ="
          + " 0.01..1)", PDEBENCH, List.of(
              "PDEBench 2D shallow water, radial dam break (Takamoto et al. 2022): h_t + div(hu)"
                  + " = 0, (hu)_t + div(hu u) + grad(g h^2/2) = 0, b = 0, transmissive sides.",
              "h0 = 2 at cell centres within R of the origin, 1 elsewhere, at rest; finite volumes"
                  + " (HLL, MUSCL, SSP-RK3) instead of PDEBench's PyClaw Roe solver.",
              "Stores a = q(0) [N, s, s, 3] (input), q = (h, hu, hv) [N, T, s, s, 3] (output;"
                  + " PDEBench keeps h only), x, y [s] (cell centres), t [T]; defaults: 128^2,"
                  + " T = 1 with 100 stored times."),
          ShallowWaterDamBreakPreset.OPTIONS, ShallowWaterDamBreakPreset::from),
      new Entry("diffusion-reaction", "u_t - nu u_xx - rho u(1-u) = 0 periodic; u0: |2 sine"
          + " waves|; 1024 solve stored at 256, 100 times to t = 1", PDEBENCH, List.of(
              "PDEBench 1D diffusion-reaction (Takamoto et al. 2022): u_t - nu u_xx - rho u(1 - u)"
                  + " = 0, periodic on [0, 1); u0 = |two random sine waves|, scaled to max 1.",
              "Stores a = u0 [N, r] (input), u [N, T, r] (output), x [r], t [T]; defaults: 1024"
                  + " nodes stored at 256, 100 times up to t = 1."),
          DiffusionReactionPreset.OPTIONS, DiffusionReactionPreset::from),
      new Entry("diffusion-reaction-2d", "FitzHugh-Nagumo u_t = D_u Lap u + u - u^3 - k - v,"
          + " v_t = D_v Lap v + u - v on (-1,1)^2, no-flux; u0, v0: N(0,1) noise; 128^2 cells,"
          + " 100 times to t = 5", PDEBENCH, List.of(
              "PDEBench 2D diffusion-reaction (Takamoto et al. 2022): the activator-inhibitor pair"
                  + " above, D_u = 1e-3, D_v = 5e-3, k = 5e-3, homogeneous Neumann sides; u0, v0"
                  + " independent standard normal values in every cell.",
              "Cell-centred finite volumes (5-point Laplacian, mirrored ghost cells) and RK4.",
              "Stores a = q(0) [N, r, r, 2] (input), q = (u, v) [N, T, r, r, 2] (output), x, y [r]"
                  + " (cell centres), t [T]; defaults: 128^2, 100 times 0.05 .. 5 (PDEBench's 101"
                  + " minus t = 0)."),
          DiffusionReaction2DPreset.OPTIONS, DiffusionReaction2DPreset::from),
      new Entry("advection", "u_t + beta u_x = 0 periodic, beta = 0.1; u0: PDEBench's random sine"
          + " waves (|.| / window with p = 0.1); 1024 cells, 200 times to t = 2", PDEBENCH, List.of(
              "PDEBench 1D advection (Takamoto et al. 2022): u_t + beta u_x = 0 on the periodic"
                  + " [0, 1); u0 = sum of sines with two random wavenumbers from 1..4, random"
                  + " amplitudes and phases, |u0| with p 0.1, a random sign, a tanh window with"
                  + " p 0.1 (their init_multi).",
              "--scheme spectral (default) shifts the discrete spectrum exactly; muscl uses the"
                  + " finite-volume kit (MUSCL-MC + upwind + SSP-RK3, --cfl).",
              "Stores a = u(0) [N, n] (input), u [N, T, n] (output), x [n] (cell centres), t [T];"
                  + " defaults: 1024 cells, 200 times 0.01 .. 2 (PDEBench's 201 minus t = 0)."),
          AdvectionPreset.OPTIONS, AdvectionPreset::from),
      new Entry("compressible-ns-1d", "1D compressible Navier-Stokes, gamma = 5/3, eta = zeta ="
          + " 0.01, periodic [-1, 1); PDEBench's random sines in rho, v, p; 1024 cells, 100 times"
          + " to t = 1", PDEBENCH, List.of(
              "PDEBench 1D CFD (Takamoto et al. 2022, 1D_Multi.yaml): rho_t + (rho v)_x = 0, (rho"
                  + " v)_t + (rho v^2 + p)_x = (mu rho v_x)_x, E_t + ((E + p) v)_x = (mu rho v"
                  + " v_x)_x, mu = zeta + 4 eta/3 (their code's density-weighted viscosity).",
              "rho, v, p: sums of sines (k_tot = 3), rho rescaled to [1, 10]-scale, p to"
                  + " [10, 100]-scale (their 1D_rand); finite volumes (MUSCL on rho, v, p, HLLC,"
                  + " central viscous fluxes, SSP-RK3, --cfl).",
              "Stores a = q(0) [N, n, 3] (input), q = (rho, v, p) [N, T, n, 3] (output), x [n]"
                  + " (cell centres), t [T]; defaults: 1024 cells, 100 times 0.01 .. 1 (PDEBench's"
                  + " 101 minus t = 0)."),
          CompressibleNsPreset.OPTIONS, CompressibleNsPreset::from),
      new Entry("compressible-ns-2d", "2D compressible Navier-Stokes, gamma = 5/3, eta = zeta ="
          + " 1e-8, M = 0.1, periodic unit square; PDEBench's 2D_rand; 128^2 cells, 20 times to"
          + " t = 1", PDEBENCH, List.of(
              "PDEBench 2D CFD (Takamoto et al. 2022, 2D_Multi_Rand.yaml): the Euler equations"
                  + " with PDEBench's density-weighted viscous terms (no cross-derivative terms,"
                  + " as their code), periodic on [0, 1)^2.",
              "rho, u, v, p: rho0 (1 + drho rho'), p0 (1 + dp p'), sums of |k|^-1/2 sines,"
                  + " velocity scaled to Mach --mach, a tanh window with p = 0.5 (their 2D_rand);"
                  + " finite volumes (MUSCL on rho, u, v, p, HLLC, SSP-RK3, --cfl).",
              "Stores a = q(0) [N, s, s, 4] (input), q = (rho, u, v, p) [N, T, s, s, 4] (output),"
                  + " x, y [s] (cell centres), t [T]; defaults: 128^2, 20 times 0.05 .. 1"
                  + " (PDEBench's 21 minus t = 0)."),
          CompressibleNs2dPreset.OPTIONS, CompressibleNs2dPreset::from),
      new Entry("diffusion-sorption", "u_t = D/R(u) u_xx on (0, 1), Freundlich R, u(0) = 1,"
          + " u(1) = -D u_x(1); u0 ~ U[0, 0.2) constant; 1024 cells, 100 times to t = 500 s",
          PDEBENCH, List.of(
              "PDEBench 1D diffusion-sorption (Takamoto et al. 2022): u_t = D / R(u) u_xx,"
                  + " R(u) = 1 + (1 - phi)/phi rho_s k_f n_f (u + 1e-6)^(n_f - 1), D = 5e-4 m^2/s,"
                  + " phi = 0.29, rho_s = 2880 kg/m^3, k_f = 3.5e-4, n_f = 0.874.",
              "Cell-centred finite differences, BDF2 + Newton on the tridiagonal Jacobian.",
              "Stores a = u0 [N, n] (input), u [N, T, n] (output), x [n] (cell centres, m), t [T]"
                  + " (s); defaults: 1024 cells, 100 times 5 .. 500 s."),
          DiffusionSorptionPreset.OPTIONS, DiffusionSorptionPreset::from),
      new Entry("burgers-pdebench", "u_t + (u^2/2)_x = (nu/pi) u_xx periodic, nu = 0.01; u0:"
          + " PDEBench's random sine waves; 1024 cells, 200 times to t = 2", PDEBENCH, List.of(
              "PDEBench 1D Burgers (Takamoto et al. 2022): u_t + (u^2/2)_x = (nu/pi) u_xx on the"
                  + " periodic [0, 1) (their code divides nu by pi); nu in their files 0.001 ... 4;"
                  + " u0 as their advection data (init_multi: two random wavenumbers from 1..4,"
                  + " |u0| with p 0.1, a random sign, a tanh window with p 0.1).",
              "Finite volumes for every nu: MUSCL-MC + exact Godunov flux + SSP-RK3, the central"
                  + " viscous difference integrated exactly in Strang half steps (--viscous split,"
                  + " dt by the Courant limit) or in the right-hand side (explicit, dt also by the"
                  + " diffusive limit); TVD, so shocks at small nu come without oscillations.",
              "Stores a = u(0) [N, n] (input), u [N, T, n] (output), x [n] (cell centres), t [T];"
                  + " defaults: 1024 cells, 200 times 0.01 .. 2 (PDEBench's 201 minus t = 0)."),
          BurgersPdebenchPreset.OPTIONS, BurgersPdebenchPreset::from),
      new Entry("darcy-pdebench", "-div(a grad u) = beta, u = 0; beta = 1; a in {1, 0.1}: five"
          + " Gaussian bumps thresholded at their mean; 128^2 cell centres", PDEBENCH, List.of(
              "PDEBench 2D Darcy flow (Takamoto et al. 2022): -div(a grad u) = beta on the unit"
                  + " square, u = 0 at PDEBench's ghost cells (half a cell outside); beta in their"
                  + " files 0.01, 0.1, 1, 10, 100; a = 1 where w = sum of 5 random Gaussian bumps"
                  + " exceeds its mean, 0.1 elsewhere.",
              "The Darcy solver (5-point finite volumes, multigrid-preconditioned CG) on the nodes"
                  + " (i - 1/2)/s with PDEBench's arithmetic-mean faces (--scheme arithmetic) or"
                  + " harmonic ones (vertex); the steady problem is solved directly.",
              "Stores a [N, s, s] (input), u [N, s, s] (output), x [s], y [s] (cell centres)."),
          DarcyPdebenchPreset.OPTIONS, DarcyPdebenchPreset::from),
      new Entry("fisher-multiform", "u_t = D u_xx + R(u) periodic, D = 0.01; R per sample: u - u^2,"
          + " u - u^3 or a u - b u^2 - c u^3; 256 solve stored at 64, 20 times to t = 2",
          MULTITASK, List.of(
              "Fisher-type reaction-diffusion with several reaction forms (the multi-task DeepONet"
                  + " tasks of Kumar et al. 2024): u_t = D u_xx + R(u), R(u) = sum c_k u^k,"
                  + " periodic on [0, 1); u0 = |two random sine waves|, scaled to max 1.",
              "Stores a = u0 [N, r], c = (c0, c1, c2, c3) [N, 4] and form_id [N, 1] (0 logistic,"
                  + " 1 cubic, 2 polynomial) as inputs, u [N, T, r] (output), x [r], t [T];"
                  + " defaults: 256 nodes stored at 64, 20 times up to t = 2."),
          FisherMultiformPreset.OPTIONS, FisherMultiformPreset::from),
      new Entry("antiderivative", "s' = u on [0,1]; u: GRF (squared-exponential, l = 0.2) at 100"
          + " sensors -> s", DEEPONET, List.of(
              "DeepONet antiderivative (Lu et al. 2021): s(x) = integral of u from 0 to x on"
                  + " [0, 1]; u is a GRF with a squared-exponential kernel.",
              "Stores u [N, m] (input), s [N, m] (output), x [m]."),
          AntiderivativePreset.OPTIONS, AntiderivativePreset::from),
      new Entry("pendulum", "s' = v, v' = -k sin s + u(t) on [0,1]; u: GRF at 100 sensors ->"
          + " (s, v)", DEEPONET, List.of(
              "DeepONet forced pendulum (Lu et al. 2021): s' = v, v' = -k sin s + u(t),"
                  + " s(0) = v(0) = 0; u is a GRF with a squared-exponential kernel.",
              "Stores u [N, m] (input), s [N, m, 2] (output: angle, angular velocity), t [m]."),
          PendulumPreset.OPTIONS, PendulumPreset::from),
      new Entry("ode-systems", "PROSE's ODE families (Lorenz, Rossler, Thomas, Duffing, ...):"
          + " trajectory prefix + corrupted equation tokens -> continuation + equation",
          "Liu, Zhang, Schaeffer, PROSE: Predicting Operators and Symbolic Expressions using"
              + " Multimodal Transformers, Neural Networks 2024", List.of(
              "Autonomous ODE systems u' = f(u; p) of nine families (lorenz, rossler, thomas,"
                  + " duffing, van-der-pol, lotka-volterra, damped-pendulum, linear-2d,"
                  + " linear-3d), parameters within +-10% of nominal, Dormand-Prince 8(5,3).",
              "Stores a [N, p, d] and symbols [N, L] (int32: a corrupted equation's tokens) as"
                  + " inputs, u [N, P - p, d], equation [N, L] (int32 tokens) and system [N, 3]"
                  + " (family, dimension, corruption) as outputs, t [P]; defaults P = 192 on"
                  + " [0, 6], p = 64, L = 64."),
          OdeSystemsPreset.OPTIONS, OdeSystemsPreset::from));

  /** One mesh preset: the texts, the options and the factory of its recipe. */
  private record MeshEntry(String name, String summary, String source, List<String> description,
      List<OptionSpec> options, Function<OptionValues, MeshDatasetRecipe> factory)
      implements MeshPresetFactory {
    MeshEntry {
      description = List.copyOf(description);
      options = List.copyOf(options);
    }

    @Override
    public MeshDatasetRecipe create(OptionValues values) {
      return factory.apply(values);
    }
  }

  private static final List<MeshPresetFactory> MESH_PRESETS = List.of(
      new MeshEntry("plate-hole", "plane-stress plate [0,2]x[0,1] in tension with a random"
          + " elliptic hole; Gmsh mesh per sample, P1 FEM; u, von Mises, max von Mises",
          "Casenave et al., MMGP, NeurIPS 2023 (Tensile2d, here linear elastic)", List.of(
              "A plate with an elliptic hole whose centre, semi-axes and angle are drawn per"
                  + " sample, pulled by a uniform traction on its right edge (rollers on the left"
                  + " and bottom edges). Gmsh meshes each plate (plate-with-hole.geo), P1 finite"
                  + " elements solve plane stress.",
              "Stored as a mesh dataset (each sample on its own mesh): scalar inputs load, cx, cy,"
                  + " a, b, theta; nodal outputs u (2 components) and von_mises; scalar output"
                  + " max_von_mises. Needs Debian's gmsh."),
          PlateHolePreset.OPTIONS, PlateHolePreset::from));

  private PresetCatalog() {}

  /** @return every preset that makes a mesh dataset, in the order {@code --list} shows them */
  public static List<MeshPresetFactory> meshPresets() {
    return MESH_PRESETS;
  }

  /** @return every preset, in the order {@code --list} shows them */
  public static List<PresetFactory> presets() {
    return PRESETS;
  }

  /**
   * @param name a preset name, for example {@code darcy}
   * @return the preset; throws naming the known presets otherwise
   */
  public static PresetFactory find(String name) {
    for (PresetFactory p : PRESETS) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new GalerkinException("preset '" + name + "' is not known; use one of "
        + String.join(", ", PRESETS.stream().map(PresetFactory::name).toList()));
  }
}
