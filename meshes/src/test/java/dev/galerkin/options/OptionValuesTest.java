package dev.galerkin.options;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionValuesTest {
  enum Pad { ZERO, CIRCULAR }

  static final List<OptionSpec> SPECS = List.of(
      OptionSpec.integer("width", 32, "Channels."),
      OptionSpec.integer("modes", "Modes per axis (default: a quarter of the grid)."),
      OptionSpec.real("lr", 1e-3, "Learning rate."),
      OptionSpec.choice("padding", Pad.ZERO, "Padding.", Pad.class),
      OptionSpec.flag("verbose-log", "Log more."),
      OptionSpec.integers("kernel", "3,3", "Kernel."),
      OptionSpec.text("name", null, "A name.").require());

  @Test
  void defaultsGivenValuesAndDerivedOnes() {
    OptionValues v = OptionValues.of(SPECS, Map.of("--width", "24", "name", "x",
        "padding", "circular", "verbose-log", "true", "kernel", "5, 1"));
    assertEquals(24, v.getInt("width"));
    assertTrue(v.given("width"));
    assertFalse(v.has("modes"));
    assertEquals(7, v.getInt("modes", 7));
    assertEquals(1e-3, v.getDouble("lr"));
    assertFalse(v.given("lr"));
    assertEquals(Pad.CIRCULAR, v.getEnum("padding", Pad.class));
    assertTrue(v.flag("verbose-log"));
    assertArrayEquals(new int[] {5, 1}, v.getInts("kernel"));
    assertEquals(Map.of("width", "24", "padding", "circular", "verbose-log", "true",
        "kernel", "5,1", "name", "x"), v.givenAsText());
  }

  @Test
  void badValuesFailWithOneLineNamingTheOption() {
    assertMessage("unknown option --depth", Map.of("name", "x", "depth", "3"));
    assertMessage("--width 2.5 is not an integer", Map.of("name", "x", "width", "2.5"));
    assertMessage("--lr NaN is not a finite number", Map.of("name", "x", "lr", "NaN"));
    assertMessage("--padding mirror is not known; use one of zero, circular",
        Map.of("name", "x", "padding", "mirror"));
    assertMessage("option --name is required", Map.of());
  }

  @Test
  void declarationsAreChecked() {
    assertThrows(GalerkinException.class, () -> OptionSpec.integer("Width", 1, "x"));
    assertThrows(GalerkinException.class,
        () -> new OptionSpec("n", OptionSpec.Kind.INT, "abc", "x", List.of(), false));
    assertEquals("Padding (one of: zero, circular; default zero).", SPECS.get(3).helpText());
    assertEquals("Channels (default 32).", SPECS.get(0).helpText());
  }

  private static void assertMessage(String start, Map<String, String> raw) {
    GalerkinException e = assertThrows(GalerkinException.class, () -> OptionValues.of(SPECS, raw));
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }
}
