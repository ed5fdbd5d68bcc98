package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.DatasetFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galerkin solve}: a tiny heat run writes the solution in the dataset layout, the history and the pictures. */
class SolveCommandTest {
  @TempDir Path tmp;

  @Test
  void heatWritesSolutionHistoryAndPictures() throws Exception {
    CliRunner r = CliRunner.run("solve", "heat", "--adam", "100", "--lr", "1e-2", "--lbfgs", "100",
        "--interior", "200", "--boundary", "40", "--depth", "2", "--width", "16", "--quiet",
        "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("budget: PINN d-16-16-1 tanh"), r.out());
    Matcher m = Pattern.compile("relative L2 error vs exact solution on the 101×101 grid: ([0-9.e+-]+)").matcher(r.out());
    assertTrue(m.find(), r.out());
    double err = Double.parseDouble(m.group(1));
    assertTrue(err < 0.05, "heat with 200 Adam+L-BFGS steps: relative L2 " + err);
    for (String f : new String[] {"solution.h5", "history.csv", "loss.png", "solution.png"}) {
      assertTrue(Files.size(tmp.resolve(f)) > 0, f);
    }
    try (DatasetFile f = DatasetFile.open(tmp.resolve("solution.h5"))) {
      assertEquals(Shape.of(1, 101, 101), f.field("u").shape());
      assertEquals(Shape.of(101), f.field("t").shape());
      double[] x = ((DoubleArray) f.readAll("x")).toArray();
      assertEquals(0, x[0]);
      assertEquals(1, x[100]);
      assertEquals("heat-1d", f.attributes().get("pde"));
      assertEquals(err, (Double) f.attributes().get("relative_l2"), 1e-3 * err);
    }
  }

  @Test
  void pigDrawsItsGaussians() throws Exception {
    CliRunner r = CliRunner.run("solve", "poisson", "--method", "pig", "--gaussians", "6", "--adam", "50",
        "--lr", "1e-2", "--lbfgs", "50", "--interior", "200", "--boundary", "40", "--quiet", "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("budget: PIG 6^d Gaussians"), r.out());
    assertTrue(Files.size(tmp.resolve("gaussians.png")) > 0);
    try (DatasetFile f = DatasetFile.open(tmp.resolve("solution.h5"))) {
      assertEquals("pig", f.attributes().get("method"));
    }
  }

  @Test
  void lpinnConvectionWritesCharacteristics() throws Exception {
    CliRunner r = CliRunner.run("solve", "convection", "--c", "30", "--method", "lpinn", "--adam", "100",
        "--lbfgs", "200", "--interior", "300", "--boundary", "64", "--depth", "2", "--width", "20",
        "--char-depth", "1", "--char-width", "10", "--quiet", "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("budget: LPINN x: in-10-1, u: in-20-20-1 tanh"), r.out());
    Matcher m = Pattern.compile("relative L2 error vs exact solution on the 129×101 grid: ([0-9.e+-]+)").matcher(r.out());
    assertTrue(m.find(), r.out());
    double err = Double.parseDouble(m.group(1));
    System.out.println("solve convection --c 30 --method lpinn (tiny): relative L2 " + err);
    assertTrue(err < 0.02, "LPINN convection c=30 with 300 Adam+L-BFGS steps (measured 4.5e-3): relative L2 " + err);
    for (String f : new String[] {"solution.h5", "history.csv", "loss.png", "solution.png", "characteristics.png"}) {
      assertTrue(Files.size(tmp.resolve(f)) > 0, f);
    }
    try (DatasetFile f = DatasetFile.open(tmp.resolve("solution.h5"))) {
      assertEquals("lpinn", f.attributes().get("method"));
      assertEquals(err, (Double) f.attributes().get("relative_l2"), 1e-3 * err);
    }
  }

  @Test
  void unknownProblemAndMethodAreClearErrors() {
    CliRunner r = CliRunner.run("solve", "navier", "--out", tmp.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("unknown problem 'navier'"), r.err());
    CliRunner m = CliRunner.run("solve", "poisson", "--method", "lpinn", "--out", tmp.toString());
    assertEquals(1, m.code());
    assertTrue(m.err().contains("the Lagrangian PINN solves 1D convection"), m.err());
    assertTrue(m.err().contains("poisson has no characteristics to follow"), m.err());
    CliRunner bu = CliRunner.run("solve", "burgers", "--method", "lpinn", "--out", tmp.toString());
    assertEquals(1, bu.code());
    assertTrue(bu.err().contains("burgers is not supported"), bu.err());
    CliRunner q = CliRunner.run("solve", "poisson", "--method", "qpinn", "--out", tmp.toString());
    assertEquals(1, q.code());
    assertTrue(q.err().contains("choose pinn, pig or lpinn"), q.err());
    CliRunner z = CliRunner.run("solve", "poisson", "--interior", "0", "--out", tmp.toString());
    assertEquals(1, z.code());
    assertTrue(z.err().contains("interior points must be >= 1, got 0"), z.err());
  }

  @Test
  void inferredCoefficientIsPrintedAndStored() throws Exception {
    CliRunner r = CliRunner.run("solve", "heat", "--infer", "alpha", "--observations", "200", "--guess", "0.5", "--data-weight", "2",
        "--adam", "300", "--lr", "1e-2", "--lbfgs", "300", "--interior", "300", "--boundary", "50", "--depth", "2",
        "--width", "20", "--quiet", "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("inverse problem: alpha unknown (true 0.1, started at 0.5), 200 measurements"), r.out());
    Matcher m = Pattern.compile("inferred alpha = ([0-9.e+-]+) \\(true 0.1, ([0-9.]+)% off").matcher(r.out());
    assertTrue(m.find(), r.out());
    double found = Double.parseDouble(m.group(1));
    assertEquals(0.1, found, 0.005, "the diffusivity within 5%");
    try (DatasetFile f = DatasetFile.open(tmp.resolve("solution.h5"))) {
      assertEquals(found, (Double) f.attributes().get("inferred_alpha"), 1e-5 * found);
      assertEquals(0.1, (Double) f.attributes().get("true_alpha"));
      assertEquals(2.0, (Double) f.attributes().get("data_weight"));
    }
    CliRunner bad = CliRunner.run("solve", "poisson", "--infer", "nu", "--out", tmp.toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("--infer: only burgers (nu) and heat (alpha)"), bad.err());
    CliRunner wrong = CliRunner.run("solve", "burgers", "--infer", "alpha", "--out", tmp.toString());
    assertEquals(1, wrong.code());
    assertTrue(wrong.err().contains("burgers can infer nu"), wrong.err());
  }

  @Test
  void paperBudgetIsPrintedAndExplicitOptionsWin() throws Exception {
    CliRunner r = CliRunner.run("solve", "helmholtz", "--method", "pig", "--paper", "--gaussians", "4", "--lbfgs", "3",
        "--interior", "50", "--boundary", "20", "--quiet", "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("paper budget: Kang et al. 2025"), r.out());
    assertTrue(r.out().contains("PIG 4^d Gaussians"), r.out());
    assertTrue(r.out().contains("condition weight 10000.0"), "the paper's weight where none is given: " + r.out());
    assertTrue(r.out().contains("Adam 0 steps"), "the paper's Adam budget: " + r.out());
    CliRunner none = CliRunner.run("solve", "poisson", "--paper", "--out", tmp.toString());
    assertEquals(1, none.code());
    assertTrue(none.err().contains("--paper: no paper setup for poisson pinn"), none.err());
  }
}
