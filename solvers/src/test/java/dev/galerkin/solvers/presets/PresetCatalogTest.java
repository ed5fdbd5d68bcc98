package dev.galerkin.solvers.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Shape;
import dev.galerkin.options.OptionSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each preset declares its options and builds its recipe from their values. */
class PresetCatalogTest {
  /** The options of {@code galerkin generate} every preset shares; a preset must not reuse them. */
  private static final Set<String> SHARED = Set.of("samples", "seed", "out", "threads",
      "shard-size", "overwrite", "resume", "dtype", "quiet", "help", "version");

  @Test
  void everyPresetIsNamedDescribedAndBuildsFromItsDefaults() {
    List<String> names = PresetCatalog.presets().stream().map(PresetFactory::name).toList();
    assertEquals(List.of("darcy", "darcy-multiscale", "darcy-geometries", "burgers", "navier-stokes",
        "shallow-water", "shallow-water-dam-break", "diffusion-reaction", "diffusion-reaction-2d",
        "advection", "compressible-ns-1d", "compressible-ns-2d", "diffusion-sorption",
        "burgers-pdebench", "darcy-pdebench", "fisher-multiform", "antiderivative", "pendulum", "ode-systems"),
        names);
    for (PresetFactory p : PresetCatalog.presets()) {
      assertTrue(!p.summary().isBlank() && !p.source().isBlank() && !p.description().isEmpty(),
          p.name());
      Set<String> seen = new HashSet<>();
      for (OptionSpec o : p.options()) {
        assertTrue(seen.add(o.name()), p.name() + ": --" + o.name() + " twice");
        assertTrue(!SHARED.contains(o.name()), p.name() + ": --" + o.name() + " is shared");
      }
      assertEquals(p.name(), p.create(Map.of()).name());
      assertEquals(p, PresetCatalog.find(p.name()));
    }
  }

  @Test
  void defaultsAreThePapersSetups() {
    assertEquals(DarcyPreset.fno(), PresetCatalog.find("darcy").create(Map.of()));
    assertEquals(AntiderivativePreset.deepOnet(), PresetCatalog.find("antiderivative")
        .create(Map.of()));
    assertEquals(PendulumPreset.deepOnet(), PresetCatalog.find("pendulum").create(Map.of()));
    BurgersPreset b = (BurgersPreset) PresetCatalog.find("burgers").create(Map.of());
    assertEquals(BurgersPreset.FNO_INITIAL, b.initial());
    assertEquals(new OutputTimes(1, 1), b.times());
    assertEquals(8, b.stride());
    NavierStokesPreset ns = (NavierStokesPreset) PresetCatalog.find("navier-stokes")
        .create(Map.of());
    assertEquals(new OutputTimes(50, 50), ns.times());
  }

  @Test
  void givenValuesReachTheRecipe() {
    DarcyPreset d = (DarcyPreset) PresetCatalog.find("darcy").create(Map.of("resolution", "29",
        "stride", "4", "tolerance", "1e-9"));
    assertEquals(Shape.of(8, 8), d.fields().get(0).sampleShape());
    assertEquals(1e-9, d.solver().tolerance());
    BurgersPreset b = (BurgersPreset) PresetCatalog.find("burgers").create(Map.of(
        "grf-variance", "2401", "grf-tau", "7", "grf-alpha", "2.5", "time-steps", "4",
        "resolution", "256", "stride", "2"));
    assertEquals(2401, b.initial().sigma2());
    assertEquals(7, b.initial().tau());
    assertEquals(2.5, b.initial().alpha());
    assertEquals(new OutputTimes(1, 4), b.times());
    DiffusionReactionPreset r = (DiffusionReactionPreset) PresetCatalog.find("diffusion-reaction")
        .create(Map.of("final-time", "2"));
    assertEquals(new OutputTimes(2, 100), r.times());
  }

  @Test
  void badValuesAreOneLineNamingTheOption() {
    String m = assertThrows(GalerkinException.class, () -> PresetCatalog.find("darcy")
        .create(Map.of("resolution", "big"))).getMessage();
    assertTrue(m.contains("--resolution big is not an integer"), m);
    m = assertThrows(GalerkinException.class, () -> PresetCatalog.find("darcy")
        .create(Map.of("viscosity", "1"))).getMessage();
    assertTrue(m.contains("unknown option --viscosity"), m);
    m = assertThrows(GalerkinException.class, () -> PresetCatalog.find("heat")).getMessage();
    assertTrue(m.contains("'heat'") && m.contains("darcy, darcy-multiscale, darcy-geometries, burgers"), m);
  }

  @Test
  void helpTextsKeepTheirUnitsAndDefaults() {
    OptionSpec tol = DarcyPreset.OPTIONS.stream().filter(o -> o.name().equals("tolerance"))
        .findFirst().orElseThrow();
    assertEquals("Relative residual at which CG stops (default 1e-8).", tol.helpText());
    OptionSpec dt = BurgersPreset.OPTIONS.stream().filter(o -> o.name().equals("dt-max"))
        .findFirst().orElseThrow();
    assertEquals("Largest time step (default 2e-3).", dt.helpText());
  }
}
