package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galerkin bench physics} at a tiny budget: each run is a solve whose number reaches the table. */
class PhysicsBenchTest {
  @TempDir Path tmp;

  @Test
  void tinyBudgetFillsTheTableFromTheSolveRuns() throws Exception {
    CliRunner r = CliRunner.run("bench", "physics", "--cases", "helmholtz-1-4,convection-10,inverse-burgers", "--adam", "5",
        "--lbfgs", "5", "--interior", "50", "--boundary", "10", "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("galerkin solve helmholtz --method pig"), r.out());
    assertTrue(r.out().contains("2.22e-5"), "the paper's number is printed: " + r.out());
    Matcher m = Pattern.compile("(?m)^\\s*convection-10\\s+pinn\\s+([0-9.]+e[+-][0-9]+)").matcher(r.out());
    assertTrue(m.find(), r.out());
    assertTrue(Double.parseDouble(m.group(1)) > 0);
    assertTrue(Files.exists(tmp.resolve("helmholtz-1-4-pig").resolve("solution.png")));
    assertTrue(r.out().contains("Budgets overridden here"), r.out());
    assertTrue(Pattern.compile("(?m)^\\s*inverse-burgers\\s+pinn-inverse\\s+ν [0-9.e+-]+, [0-9.]+% off").matcher(r.out()).find(),
        r.out());
    assertTrue(Pattern.compile("(?m)^\\s*convection-10\\s+lpinn\\s+[0-9.]+e").matcher(r.out()).find(), r.out());
  }

  @Test
  void unknownCaseIsAClearError() {
    CliRunner r = CliRunner.run("bench", "physics", "--cases", "navier", "--out", tmp.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--cases navier: unknown case"), r.err());
  }
}
