package dev.galerkin.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Shape;
import dev.galerkin.operators.deeponet.BranchKind;
import dev.galerkin.operators.deeponet.DeepOnet;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.options.OptionValues;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Families derive defaults from the data, round-trip their configuration and reject bad values. */
class ModelFamiliesTest {
  private static final ModelFamily.SampleShapes DARCY =
      new ModelFamily.SampleShapes(Shape.of(31, 31), Shape.of(31, 31), 2);

  @Test
  void everyFamilyRoundTripsItsConfigurationThroughJson() {
    for (ModelFamily f : ModelFamilies.all()) {
      OperatorModel m = f.configure(OptionValues.defaults(f.options()), null, DARCY);
      assertEquals(f.name(), m.type());
      OperatorModel back = ModelFamilies.create(f.name(), m.architectureJson());
      assertEquals(m.architectureJson(), back.architectureJson(), f.name());
    }
  }

  @Test
  void defaultsComeFromTheDataAndGivenOptionsOverrideAConfigFile() {
    ModelFamily fno = ModelFamilies.get("fno");
    Fno small = (Fno) fno.configure(OptionValues.defaults(fno.options()), null,
        new ModelFamily.SampleShapes(Shape.of(11, 11), Shape.of(11, 11), 2));
    assertEquals(5, small.config().modes(), "min(12, n/2) for n = 11");
    assertEquals(2, small.config().dimensions());
    Fno base = (Fno) fno.configure(OptionValues.of(fno.options(), Map.of("width", "8", "layers",
        "2")), null, DARCY);
    Fno over = (Fno) fno.configure(OptionValues.of(fno.options(), Map.of("layers", "3")),
        base.architectureJson(), DARCY);
    assertEquals(8, over.config().width(), "from the file");
    assertEquals(3, over.config().layers(), "given on the command line");
    ModelFamily don = ModelFamilies.get("deeponet");
    DeepOnet d = (DeepOnet) don.configure(OptionValues.of(don.options(), Map.of("width", "16")),
        null, new ModelFamily.SampleShapes(Shape.of(100), Shape.of(100, 2), 1));
    assertEquals(16, d.config().latent(), "latent defaults to the width");
    assertEquals(2, d.config().dimensions(), "the output's rank, at most 2");
    assertEquals(BranchKind.MLP, d.config().branch(), "default");
    DeepOnet cnn = (DeepOnet) don.configure(OptionValues.of(don.options(), Map.of("branch", "cnn",
        "filters", "8, 16")), null, DARCY);
    assertEquals(BranchKind.CNN, cnn.config().branch());
    assertArrayEquals(new int[] {8, 16}, cnn.config().filters());
    DeepOnet kept = (DeepOnet) don.configure(OptionValues.of(don.options(), Map.of("width", "8")),
        cnn.architectureJson(), DARCY);
    assertEquals(BranchKind.CNN, kept.config().branch(), "file");
    assertArrayEquals(new int[] {8, 16}, kept.config().filters());
    DeepOnet given = (DeepOnet) don.configure(OptionValues.of(don.options(), Map.of("branch",
        "mlp", "filters", "4")), cnn.architectureJson(), DARCY);
    assertEquals(BranchKind.MLP, given.config().branch(), "given");
    assertArrayEquals(new int[] {4}, given.config().filters());
    GalerkinException bad = assertThrows(GalerkinException.class, () -> don.configure(
        OptionValues.of(don.options(), Map.of("filters", "8,x")), null, DARCY));
    assertTrue(bad.getMessage().contains("--filters 8,x is not a comma-separated list of integers"),
        bad.getMessage());
    java.util.Map<String, double[]> coords = new java.util.LinkedHashMap<>();
    coords.put("x", new double[] {0, 0.5, 1, 1.5, 2});
    coords.put("t", new double[] {0, 1, 2});
    DeepOnet onDomain = (DeepOnet) don.configure(OptionValues.defaults(don.options()), null,
        new ModelFamily.SampleShapes(Shape.of(5), Shape.of(3, 5), 1, coords, java.util.List.of()));
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {2, 2},
        onDomain.config().lengths(), "t for the 3-point axis, x for the 5-point one");
  }

  @Test
  void badConfigurationsFailWithOneLine() {
    ModelFamily fno = ModelFamilies.get("fno");
    GalerkinException e = assertThrows(GalerkinException.class, () -> fno.configure(
        OptionValues.of(fno.options(), Map.of("width", "0")), null, DARCY));
    assertTrue(e.getMessage().contains("width = 0 is out of range"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> ModelFamilies.create("fno", "{\"width\": "));
    assertTrue(e.getMessage().startsWith("the fno architecture stored in the model file is not"
        + " valid"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> ModelFamilies.get("transformer"));
    assertTrue(e.getMessage().contains("[fno, deeponet, mgno, unet, sinenet]"), e.getMessage());
  }
}
