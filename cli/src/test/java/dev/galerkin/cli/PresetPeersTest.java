package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.solvers.presets.PresetCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NumPy peers of {@code bench solvers} run the presets' own schemes: on the same initial
 * field their frames agree with ours to round-off (needs Debian's python3-numpy, which .ci/run
 * installs with python3-scipy). No times are asserted.
 */
class PresetPeersTest {
  @TempDir Path tmp;

  @Test
  void theNumpyPeersRunTheSameSchemesOnTheSameFields() throws Exception {
    assertEquals(java.util.Optional.empty(), PresetPeers.missing());
    var burgers = PresetCatalog.find("burgers-pdebench").create(Map.of("resolution", "128",
        "time-steps", "10", "nu", "0.001"));
    PresetPeers.Round b = PresetPeers.round("burgers-pdebench", burgers, 3, tmp);
    assertTrue(b.relativeDifference() < 1e-11, "burgers-pdebench: " + b);
    var advection = PresetCatalog.find("advection").create(Map.of("resolution", "64",
        "time-steps", "7", "beta", "4"));
    PresetPeers.Round a = PresetPeers.round("advection", advection, 2, tmp);
    assertTrue(a.relativeDifference() < 1e-12, "advection: " + a);
  }

  @Test
  void theTableAlternatesWithThePeerAndPrintsAPeerLine() throws Exception {
    StringWriter s = new StringWriter();
    List<String[]> rows = PresetTimings.measure(List.of("advection"), 2, 60, true,
        new PrintWriter(s, true));
    assertEquals(2, rows.size());
    assertTrue(s.toString().contains("PEER bench=solvers model=advection peer=numpy ours_ms="),
        s.toString());
    assertTrue(!rows.get(1)[7].equals("-"), String.join(" | ", rows.get(1)));
  }
}
