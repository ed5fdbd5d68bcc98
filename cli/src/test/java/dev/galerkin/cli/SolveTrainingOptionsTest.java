package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galerkin solve --rar … --weights annealing}: the options reach training, the budget line and history.csv. */
class SolveTrainingOptionsTest {
  @TempDir Path tmp;

  @Test
  void refinementAndAnnealingAppearInTheBudgetAndTheHistory() throws Exception {
    CliRunner r = CliRunner.run("solve", "heat", "--adam", "30", "--lr", "1e-2", "--lbfgs", "10",
        "--interior", "100", "--boundary", "20", "--depth", "1", "--width", "8",
        "--rar", "2", "--rar-candidates", "500", "--rar-add", "5", "--rar-steps", "10", "--rar-tolerance", "0",
        "--weights", "annealing", "--anneal-every", "5", "--quiet", "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("RAR up to 2 rounds (500 candidates, +5 points, 10 Adam steps each, tolerance 0.0)"), r.out());
    assertTrue(r.out().contains("weights annealing every 5 Adam steps, α 0.1"), r.out());
    assertTrue(r.out().contains("RAR round 2: mean |residual|"), r.out());
    assertTrue(r.out().contains("Adam 50 steps, L-BFGS"), "30 steps then 2 rounds of 10: " + r.out());
    List<String> lines = Files.readAllLines(tmp.resolve("history.csv"));
    List<String> header = Arrays.asList(lines.get(0).split(","));
    assertTrue(header.contains("weight[pde]"), lines.get(0));
    assertEquals("points", header.get(header.size() - 1), lines.get(0));
    int wb = header.indexOf("weight[dirichlet[left; right]]");
    assertTrue(wb > 0, lines.get(0));
    String[] first = lines.get(1).split(",");
    String[] last = lines.get(lines.size() - 1).split(",");
    assertEquals("100", first[first.length - 1]);
    assertEquals("110", last[last.length - 1]);
    assertEquals("lbfgs", last[0]);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("rar-2,0,")), "rar-2 starts with its step 0");
    assertEquals(1.0, Double.parseDouble(first[wb]));
    assertTrue(Double.parseDouble(last[wb]) != 1.0, "the boundary weight was annealed: " + lines.get(lines.size() - 1));
  }

  @Test
  void badOptionsAreClearErrors() {
    CliRunner w = CliRunner.run("solve", "heat", "--weights", "softmax", "--out", tmp.toString());
    assertEquals(1, w.code());
    assertTrue(w.err().contains("--weights softmax: choose fixed or annealing"), w.err());
    CliRunner a = CliRunner.run("solve", "heat", "--rar", "1", "--rar-add", "0", "--out", tmp.toString());
    assertEquals(1, a.code());
    assertTrue(a.err().contains("points added per round must be >= 1"), a.err());
  }
}
