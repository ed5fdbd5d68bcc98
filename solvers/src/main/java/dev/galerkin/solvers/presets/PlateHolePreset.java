package dev.galerkin.solvers.presets;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.meshes.io.GmshMesher;
import dev.galerkin.options.OptionSpec;
import dev.galerkin.options.OptionValues;
import dev.galerkin.solvers.fem.ElasticMaterial;
import dev.galerkin.solvers.fem.ElasticityProblem;
import dev.galerkin.solvers.fem.ElasticitySolution;
import dev.galerkin.solvers.fem.ElasticitySolver;
import dev.galerkin.solvers.fem.FemConfig;
import dev.galerkin.solvers.fem.PlaneModel;
import dev.galerkin.solvers.fem.StressComponent;
import dev.galerkin.solvers.generate.MeshDatasetRecipe;
import dev.galerkin.solvers.generate.MeshSampleMaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plate with an elliptic hole in tension, the shape changing from sample to sample: a linear
 * elastic counterpart of the Tensile2d benchmark of MMGP (Casenave et al., NeurIPS 2023), where
 * geometry is the main variability.
 *
 * <p>The plate is {@code [0, W] × [0, H]} (2 × 1 by default, lengths in mm). Per sample the hole's
 * centre {@code (cx, cy)} (within {@code ±shiftX, ±shiftY} of the plate's centre), semi-axes
 * {@code a}, {@code b} and angle {@code theta ∈ [0, π)} are drawn uniformly (re-drawn until the
 * hole keeps a margin of {@code h} from the plate's edges), and the load {@code load} (MPa) uniformly in {@code [load-min, load-max]}. Gmsh
 * meshes the plate ({@code plate-with-hole.geo}, element size {@code h}, {@code h /
 * holeRefinement} on the hole); P1 finite elements
 * solve plane stress with {@code E} (MPa) and {@code nu}: {@code u_x = 0} on the left edge,
 * {@code u_y = 0} on the bottom edge (rollers), traction {@code (load, 0)} on the right edge, the
 * top and the hole free.
 *
 * <p>Stored: scalar inputs {@code load}, {@code cx}, {@code cy}, {@code a}, {@code b},
 * {@code theta}; nodal outputs {@code u} (2 components, mm) and {@code von_mises} (MPa, the
 * area-weighted nodal average); scalar output {@code max_von_mises} (its maximum over the nodes).
 *
 * @param width {@code W}, mm
 * @param height {@code H}, mm
 * @param size Gmsh's element size {@code h}, mm
 * @param youngsModulus {@code E}, MPa
 * @param poissonRatio {@code nu}
 * @param loadMin smallest traction, MPa
 * @param loadMax largest traction, MPa
 * @param semiAxisMin smallest semi-axis, mm
 * @param semiAxisMax largest semi-axis, mm
 * @param shiftX the hole's centre lies within {@code ±shiftX} of the plate's centre along x, mm
 * @param shiftY the same along y, mm
 * @param holeRefinement elements on the hole are {@code h / holeRefinement}, {@code >= 1}
 */
public record PlateHolePreset(double width, double height, double size, double youngsModulus,
    double poissonRatio, double loadMin, double loadMax, double semiAxisMin, double semiAxisMax,
    double shiftX, double shiftY, double holeRefinement) implements MeshDatasetRecipe {

  /** Validates the ranges. */
  public PlateHolePreset {
    if (!(width > 0) || !(height > 0) || !(size > 0) || size > Math.min(width, height) / 4) {
      throw new GalerkinException("plate-hole: --width " + width + ", --height " + height
          + ", --h " + size + "; need positive sizes with h at most a quarter of the shorter side");
    }
    if (!(loadMax >= loadMin) || !(loadMin > 0)) {
      throw new GalerkinException("plate-hole: --load-min " + loadMin + ", --load-max " + loadMax
          + "; need 0 < load-min <= load-max");
    }
    if (!(semiAxisMin > 0) || !(semiAxisMax >= semiAxisMin)
        || 2 * semiAxisMax + 2 * size > Math.min(width, height)) {
      throw new GalerkinException("plate-hole: semi-axes in [" + semiAxisMin + ", " + semiAxisMax
          + "] do not fit a " + width + " x " + height + " plate with margin h = " + size
          + "; need 0 < min <= max and 2 max + 2 h <= the shorter side");
    }
    if (!(holeRefinement >= 1)) {
      throw new GalerkinException("plate-hole: --hole-refinement " + holeRefinement
          + "; give 1 or more (the hole's elements are h / refinement)");
    }
    if (!(shiftX >= 0) || !(shiftY >= 0)) {
      throw new GalerkinException("plate-hole: --shift-x " + shiftX + ", --shift-y " + shiftY
          + "; give shifts >= 0");
    }
    new ElasticMaterial(youngsModulus, poissonRatio, PlaneModel.PLANE_STRESS);
  }

  /** The options of {@code galerkin generate plate-hole}. */
  public static final List<OptionSpec> OPTIONS = List.of(
      PresetOptions.real("width", "2", "Plate width W, mm"),
      PresetOptions.real("height", "1", "Plate height H, mm"),
      PresetOptions.real("h", "0.05", "Element size given to Gmsh, mm (smaller near the hole)"),
      PresetOptions.real("young", "70000", "Young's modulus E, MPa (aluminium)"),
      PresetOptions.real("nu", "0.33", "Poisson's ratio"),
      PresetOptions.real("load-min", "50", "Smallest tension on the right edge, MPa"),
      PresetOptions.real("load-max", "150", "Largest tension on the right edge, MPa"),
      PresetOptions.real("axis-min", "0.08", "Smallest semi-axis of the hole, mm"),
      PresetOptions.real("axis-max", "0.25", "Largest semi-axis of the hole, mm"),
      PresetOptions.real("shift-x", "0.3", "The hole's centre lies within +-shift-x of the plate's"
          + " centre along x, mm"),
      PresetOptions.real("shift-y", "0.15", "The same along y, mm"),
      PresetOptions.real("hole-refinement", "4", "Elements on the hole are h / this, so that the"
          + " stress concentration is resolved"));

  /**
   * @param v values of {@link #OPTIONS}
   * @return the preset
   */
  public static PlateHolePreset from(OptionValues v) {
    return new PlateHolePreset(v.getDouble("width"), v.getDouble("height"), v.getDouble("h"),
        v.getDouble("young"), v.getDouble("nu"), v.getDouble("load-min"), v.getDouble("load-max"),
        v.getDouble("axis-min"), v.getDouble("axis-max"), v.getDouble("shift-x"),
        v.getDouble("shift-y"), v.getDouble("hole-refinement"));
  }

  @Override
  public String name() {
    return "plate-hole";
  }

  @Override
  public List<MeshFieldSpec> specs() {
    return List.of(
        scalar("load", FieldRole.INPUT), scalar("cx", FieldRole.INPUT),
        scalar("cy", FieldRole.INPUT), scalar("a", FieldRole.INPUT),
        scalar("b", FieldRole.INPUT), scalar("theta", FieldRole.INPUT),
        new MeshFieldSpec("u", FieldRole.OUTPUT, Location.NODE, 2),
        new MeshFieldSpec("von_mises", FieldRole.OUTPUT, Location.NODE, 1),
        scalar("max_von_mises", FieldRole.OUTPUT));
  }

  private static MeshFieldSpec scalar(String name, FieldRole role) {
    return new MeshFieldSpec(name, role, Location.SCALAR, 1);
  }

  @Override
  public Map<String, Object> attributes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("pde", "linear elasticity, plane stress: div sigma = 0, sigma = C eps(u)");
    a.put("generator", "elliptic hole: centre, semi-axes and angle uniform; load uniform");
    a.put("solver", "Gmsh " + "plate-with-hole.geo" + " + P1 finite elements, PCG with IC(0)");
    a.put("solver_tolerance", FemConfig.DEFAULT_TOLERANCE);
    a.put("param.width", width);
    a.put("param.height", height);
    a.put("param.h", size);
    a.put("param.young", youngsModulus);
    a.put("param.nu", poissonRatio);
    a.put("param.load_min", loadMin);
    a.put("param.load_max", loadMax);
    a.put("param.axis_min", semiAxisMin);
    a.put("param.axis_max", semiAxisMax);
    a.put("param.shift_x", shiftX);
    a.put("param.shift_y", shiftY);
    a.put("param.hole_refinement", holeRefinement);
    a.put("units", "mm, MPa");
    return a;
  }

  /**
   * Draws the hole and the load of one sample.
   *
   * @param rng the sample's random stream
   * @return {@code {load, cx, cy, a, b, theta}}
   */
  double[] draw(org.apache.commons.rng.UniformRandomProvider rng) {
    double load = loadMin + (loadMax - loadMin) * rng.nextDouble();
    for (int attempt = 0; attempt < 1000; attempt++) {
      double a = semiAxisMin + (semiAxisMax - semiAxisMin) * rng.nextDouble();
      double b = semiAxisMin + (semiAxisMax - semiAxisMin) * rng.nextDouble();
      double theta = Math.PI * rng.nextDouble();
      double ex = Math.hypot(a * Math.cos(theta), b * Math.sin(theta));
      double ey = Math.hypot(a * Math.sin(theta), b * Math.cos(theta));
      double cx = width / 2 + shiftX * (2 * rng.nextDouble() - 1);
      double cy = height / 2 + shiftY * (2 * rng.nextDouble() - 1);
      if (cx - ex >= size && cx + ex <= width - size && cy - ey >= size
          && cy + ey <= height - size) {
        return new double[] {load, cx, cy, a, b, theta};
      }
    }
    throw new GalerkinException("plate-hole: no hole fits after 1000 draws; widen the plate or"
        + " shrink --axis-max");
  }

  @Override
  public MeshSampleMaker newMaker() {
    Path dir;
    try {
      dir = Files.createTempDirectory("galerkin-plate-hole-");
      dir.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch directory for gmsh", e);
    }
    Path geo = GmshMesher.template(GmshMesher.PLATE_WITH_HOLE, dir);
    geo.toFile().deleteOnExit();
    GmshMesher gmsh = GmshMesher.locate();
    ElasticMaterial material = new ElasticMaterial(youngsModulus, poissonRatio,
        PlaneModel.PLANE_STRESS);
    return (rng, index) -> {
      double[] p = draw(rng);
      Map<String, Double> params = new LinkedHashMap<>();
      params.put("W", width);
      params.put("H", height);
      params.put("h", size);
      params.put("cx", p[1]);
      params.put("cy", p[2]);
      params.put("a", p[3]);
      params.put("b", p[4]);
      params.put("theta", p[5]);
      params.put("refine", holeRefinement);
      TriangleMesh mesh = gmsh.mesh(geo, params, null);
      double load = p[0];
      ElasticitySolution s = ElasticitySolver.solve(ElasticityProblem.builder(mesh, material)
          .fixX("left").fixY("bottom").traction("right", (x, y) -> new double[] {load, 0})
          .build(), FemConfig.defaults());
      double[] vm = s.nodalStress(StressComponent.VON_MISES);
      double max = 0;
      for (double v : vm) {
        max = Math.max(max, v);
      }
      Map<String, double[]> values = new LinkedHashMap<>();
      String[] names = {"load", "cx", "cy", "a", "b", "theta"};
      for (int k = 0; k < names.length; k++) {
        values.put(names[k], new double[] {p[k]});
      }
      values.put("u", s.displacement());
      values.put("von_mises", vm);
      values.put("max_von_mises", new double[] {max});
      return new MeshSampleMaker.Sample(mesh, values);
    };
  }
}
