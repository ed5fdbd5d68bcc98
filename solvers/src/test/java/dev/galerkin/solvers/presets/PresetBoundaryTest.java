package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.hdf5.Hdf5Format;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.solvers.burgers.BurgersConfig;
import dev.galerkin.solvers.darcy.DarcyConfig;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.generate.DatasetRecipe;
import dev.galerkin.solvers.navierstokes.NavierStokesConfig;
import dev.galerkin.solvers.ode.OdeTolerance;
import dev.galerkin.solvers.reaction.DiffusionReactionConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every preset writes the boundary its solver really imposes, one value per axis of its input. */
class PresetBoundaryTest {
  @TempDir Path tmp;

  private static final BoundaryCondition P = BoundaryCondition.PERIODIC;
  private static final BoundaryCondition D = BoundaryCondition.DIRICHLET;
  private static final BoundaryCondition O = BoundaryCondition.OPEN;
  private static final BoundaryCondition N = BoundaryCondition.NEUMANN;

  private void check(DatasetRecipe recipe, List<BoundaryCondition> expected) {
    check(recipe, expected, 0);
  }

  /** As {@link #check(DatasetRecipe, List)}, the input's last {@code channelAxes} not spatial. */
  private void check(DatasetRecipe recipe, List<BoundaryCondition> expected, int channelAxes) {
    assertEquals(expected, recipe.boundary(), recipe.name());
    assertEquals(recipe.fields().get(0).sampleShape().rank() - channelAxes, expected.size(),
        recipe.name() + ": one condition per spatial axis of the input field");
    Path out = tmp.resolve(recipe.name() + ".h5");
    DatasetGenerator.builder(recipe).samples(1).seed(0).threads(1).output(out).build().run();
    try (DatasetFile f = DatasetFile.open(out)) {
      assertEquals(expected, f.boundary(), recipe.name() + " file");
      assertEquals(BoundaryCondition.formatAxes(expected), f.attributes().get("boundary"));
      assertEquals(Hdf5Format.VERSION, f.formatVersion());
    }
  }

  @Test
  void eachPresetWritesItsBoundary() {
    check(new DarcyPreset(21, 2, 1, 12, 3, DarcyConfig.defaults()), List.of(D, D));
    check(new BurgersPreset(BurgersConfig.builder().viscosity(0.1).nodes(64).dtMax(2e-3).build(),
        BurgersPreset.FNO_INITIAL, 2, new OutputTimes(0.1, 1)), List.of(P));
    check(new DiffusionReactionPreset(DiffusionReactionConfig.builder().diffusivity(0.5).rate(1)
        .nodes(64).dtMax(1e-3).build(), 2, new OutputTimes(0.1, 2)), List.of(P));
    check(new NavierStokesPreset(NavierStokesConfig.fno(1e-3).toBuilder().resolution(16).build(),
        NavierStokesPreset.FNO_INITIAL, 1, new OutputTimes(0.1, 1)), List.of(P, P));
    check(new ShallowWaterPreset(16, 1, dev.galerkin.solvers.shallowwater.ShallowWaterConfig
        .defaults(), 1, 2, 0.2, 2, 0.25, new OutputTimes(0.05, 1)), List.of(P, P));
    check(new ShallowWaterDamBreakPreset(16, dev.galerkin.solvers.shallowwater.ShallowWaterConfig
        .defaults(), 2, 0.3, 0.7, new OutputTimes(0.05, 1)), List.of(O, O), 1);   // a: [s, s, 3]
    check(new AdvectionPreset(64, 0.4, dev.galerkin.solvers.advection.AdvectionScheme.MUSCL, 0.4,
        0.1, 0.1, new OutputTimes(0.1, 2)), List.of(P));
    check(new CompressibleNsPreset(32, dev.galerkin.solvers.compressible.CompressibleConfig
        .pdebench(), new OutputTimes(0.01, 1)), List.of(P), 1);   // a: [n, 3] channels (rho, v, p)
    check(new CompressibleNs2dPreset(8, dev.galerkin.solvers.compressible.CompressibleConfig
        .pdebench(), 0.1, 2, new OutputTimes(0.01, 1)), List.of(P, P), 1);   // a: [s, s, 4]
    check(new DiffusionSorptionPreset(dev.galerkin.solvers.sorption.SorptionParameters.PDEBENCH,
        32, 1, 0.2, new OutputTimes(5, 2)), List.of(D));
    check(new DiffusionReaction2DPreset(dev.galerkin.solvers.reaction2d.FitzHughNagumoConfig
        .pdebench(8), 1, new OutputTimes(0.1, 2)), List.of(N, N), 1);
    check(new AntiderivativePreset(20, 0.2, OdeTolerance.tight()), List.of(O));
    check(PendulumPreset.deepOnet(), List.of(O));
  }
}
