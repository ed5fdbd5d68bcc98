package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.evaluation.ErrorMetrics;
import dev.galerkin.operators.model.ModelCheckpoint;
import dev.galerkin.operators.model.ModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galerkin train deeponet --init MODEL.h5 --freeze PART}: a start that does not train
 * reproduces the initial model (weights and normalisers), a frozen part stays bit-identical while
 * the rest trains, bad values are refused with one line, and fine-tuning on 25 samples of a
 * related task (antiderivative with another input length scale) beats training from scratch.
 */
class TrainInitCommandTest {
  @TempDir static Path tmp;
  static Path source;
  static Path target;
  static Path held;
  static Path base;

  static final String[] ARCH = {"--width", "32", "--layers", "2", "--quiet"};

  @BeforeAll
  static void trainTheSourceModel() {
    source = tmp.resolve("source.h5");
    target = tmp.resolve("target.h5");
    held = tmp.resolve("held.h5");
    base = tmp.resolve("base.h5");
    gen(source, "300", "0.2", "1");
    gen(target, "32", "0.5", "2");
    gen(held, "100", "0.5", "3");
    train(base, source, "--epochs", "40", "--batch", "20", "--lr", "3e-3");
  }

  static void gen(Path out, String samples, String length, String seed) {
    CliRunner r = CliRunner.run("generate", "antiderivative", "--samples", samples, "--sensors",
        "32", "--length-scale", length, "--seed", seed, "--quiet", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
  }

  static CliRunner run(Path out, Path data, String... more) {
    List<String> a = new ArrayList<>(List.of("train", "deeponet", "--data", data.toString(),
        "--input", "u", "--output", "s", "--out", out.toString()));
    a.addAll(List.of(ARCH));
    a.addAll(List.of(more));
    return CliRunner.run(a.toArray(String[]::new));
  }

  static void train(Path out, Path data, String... more) {
    CliRunner r = run(out, data, more);
    assertEquals(0, r.code(), r.err());
  }

  static Map<String, FloatArray> weights(Path model) {
    return ModelFile.read(model).weights();
  }

  /** Mean relative L2 error of {@code model} on every sample of {@code data}. */
  static double heldOutError(Path model, Path data) {
    try (NeuralOperator op = NeuralOperator.load(model); DatasetFile d = DatasetFile.open(data)) {
      FloatArray p = op.predict(d.readAll("u").toFloat());
      double sum = 0;
      double[] e = ErrorMetrics.relativeL2(p, d.readAll("s").toFloat());
      for (double x : e) {
        sum += x;
      }
      return sum / e.length;
    }
  }

  @Test
  void aStartThatDoesNotMoveReproducesTheInitialModel() {
    Path still = tmp.resolve("still.h5");
    train(still, target, "--init", base.toString(), "--epochs", "1", "--lr", "1e-30",
        "--weight-decay", "0");
    Map<String, FloatArray> a = weights(base);
    Map<String, FloatArray> b = weights(still);
    assertEquals(a.keySet(), b.keySet());
    a.forEach((k, v) -> assertArrayEquals(v.toArray(), b.get(k).toArray(), k));
    try (DatasetFile d = DatasetFile.open(held); NeuralOperator x = NeuralOperator.load(base);
        NeuralOperator y = NeuralOperator.load(still)) {
      FloatArray in = d.readAll("u").toFloat();
      assertArrayEquals(x.predict(in).toArray(), y.predict(in).toArray(),
          "same weights and the initial model's normalisers, not the 25 samples'");
      assertEquals(base.toAbsolutePath().toString(), y.provenance().get("init"));
      assertEquals("none", y.provenance().get("freeze"));
    }
  }

  @Test
  void aFrozenPartStaysBitIdenticalWhileTheOtherTrains() {
    Map<String, FloatArray> a = weights(base);
    for (String part : new String[] {"branch", "trunk"}) {
      Path tuned = tmp.resolve("frozen-" + part + ".h5");
      train(tuned, target, "--init", base.toString(), "--freeze", part, "--epochs", "3",
          "--batch", "5");
      Map<String, FloatArray> b = weights(tuned);
      int changed = 0;
      for (String k : a.keySet()) {
        boolean same = java.util.Arrays.equals(a.get(k).toArray(), b.get(k).toArray());
        if (k.startsWith(part + "_")) {
          assertTrue(same, part + " frozen, yet " + k + " changed");
        } else if (!same) {
          changed++;
        }
      }
      assertTrue(changed > 0, "with " + part + " frozen nothing else trained");
      assertEquals(part, ModelFile.read(tuned).provenance().get("freeze"));
    }
  }

  @Test
  void badInitAndFreezeValuesAreOneLineErrors() throws Exception {
    Path o = tmp.resolve("bad.h5");
    assertError(run(o, target, "--init", tmp.resolve("none.h5").toString()), "no such model file");
    assertError(run(o, target, "--init", target.toString()), "--init " + target);
    assertError(run(o, target, "--init", base.toString(), "--latent", "16"),
        "train with the same architecture options as the model you start from");
    assertError(run(o, target, "--freeze", "branch"), "needs --init MODEL.h5");
    assertError(run(o, target, "--init", base.toString(), "--freeze", "head"),
        "deeponet has parts branch, trunk");
    assertError(run(o, target, "--init", base.toString(), "--freeze", "branch,trunk"),
        "freeze fewer");
    CliRunner fno = CliRunner.run("train", "fno", "--data", target.toString(), "--input", "u",
        "--output", "s", "--out", o.toString(), "--init", base.toString(), "--quiet");
    assertError(fno, "is a deeponet model; --init needs an fno model, or train fno from scratch");
    CliRunner part = CliRunner.run("train", "fno", "--data", target.toString(), "--input", "u",
        "--output", "s", "--out", o.toString(), "--init", base.toString(), "--freeze", "trunk");
    assertError(part, "fno has no parts to freeze");
    assertFalse(Files.exists(o));
  }

  private static void assertError(CliRunner r, String text) {
    assertEquals(1, r.code(), r.out());
    String err = r.err().strip();
    assertTrue(err.contains(text), err);
    assertEquals(1, err.lines().count(), err);
  }

  @Test
  void fineTuningOnFewSamplesBeatsTrainingFromScratch() {
    Path scratch = tmp.resolve("scratch.h5");
    Path tuned = tmp.resolve("tuned.h5");
    String[] recipe = {"--epochs", "60", "--batch", "5", "--lr", "1e-3"};
    train(scratch, target, recipe);
    List<String> t = new ArrayList<>(List.of(recipe));
    t.addAll(List.of("--init", base.toString()));
    train(tuned, target, t.toArray(String[]::new));
    double e0 = heldOutError(base, held);
    double es = heldOutError(scratch, held);
    double et = heldOutError(tuned, held);
    System.out.printf("held-out relative L2 on length scale 0.5: source model %.4f, from scratch"
        + " %.4f, fine-tuned %.4f%n", e0, es, et);
    assertTrue(et < 0.5 * es, "fine-tuned " + et + " vs scratch " + es);
  }
}
