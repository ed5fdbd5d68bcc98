package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.model.ModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multi-task DeepONet from the command line: {@code train deeponet --branch cnn --input a,mask
 * --mask mask} on {@code darcy-geometries}, evaluated inside the mask; {@code --input a,c} on
 * {@code fisher-multiform} (fields of no common grid, stacked flat for the MLP branch); bad masks
 * and a CNN branch on flat inputs refused with one line; and {@code bench models --task multitask}
 * at a tiny size writes its whole table.
 */
class MultitaskCommandTest {
  @TempDir Path tmp;

  @Test
  void maskedCnnBranchTrainsEvaluatesAndRefusesBadMasks() throws Exception {
    Path data = tmp.resolve("dg.h5");
    ok(CliRunner.run("generate", "darcy-geometries", "--samples", "30", "--resolution", "17",
        "--quiet", "--out", data.toString()));
    Path model = tmp.resolve("mt.h5");
    ok(CliRunner.run("train", "deeponet", "--data", data.toString(), "--input", "a,mask",
        "--output", "u", "--mask", "mask", "--branch", "cnn", "--filters", "4,8", "--width", "32",
        "--epochs", "2", "--quiet", "--out", model.toString()));
    try (NeuralOperator op = NeuralOperator.load(model)) {
      assertEquals("mask", op.maskField().orElseThrow());
    }
    String config = Files.readString(tmp.resolve("mt.config.json"));
    assertTrue(config.contains("\"mask\": \"mask\"") && config.contains("\"CNN\""), config);
    Path again = tmp.resolve("again.h5");
    ok(CliRunner.run("train", "deeponet", "--config", tmp.resolve("mt.config.json").toString(),
        "--data", data.toString(), "--epochs", "1", "--quiet", "--out", again.toString()));
    try (NeuralOperator op = NeuralOperator.load(again)) {
      assertEquals("mask", op.maskField().orElseThrow(), "--config repeats the mask");
    }
    Path tuned = tmp.resolve("tuned.h5");
    ok(CliRunner.run("train", "deeponet", "--data", data.toString(), "--input", "a,mask",
        "--output", "u", "--mask", "mask", "--init", model.toString(), "--epochs", "1", "--quiet",
        "--out", tuned.toString()));   // the architecture comes from --init
    assertEquals(ModelFile.read(model).architectureJson(), ModelFile.read(tuned).architectureJson());
    Path report = tmp.resolve("report");
    CliRunner e = CliRunner.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--out", report.toString());
    ok(e);
    CliRunner notInput = CliRunner.run("train", "deeponet", "--data", data.toString(), "--input",
        "a", "--output", "u", "--mask", "mask", "--epochs", "1", "--quiet", "--out",
        tmp.resolve("x.h5").toString());
    assertEquals(1, notInput.code());
    assertTrue(notInput.err().contains("--input a,mask"), notInput.err());
    CliRunner notBinary = CliRunner.run("train", "deeponet", "--data", data.toString(), "--input",
        "a,u", "--output", "u", "--mask", "a", "--epochs", "1", "--quiet", "--out",
        tmp.resolve("y.h5").toString());
    assertEquals(1, notBinary.code());
    assertTrue(notBinary.err().contains("0 (outside) or 1 (inside)"), notBinary.err());
    assertTrue(!Files.exists(tmp.resolve("x.h5")) && !Files.exists(tmp.resolve("y.h5")));
  }

  @Test
  void reactionCoefficientsJoinTheBranchInputFlat() {
    Path data = tmp.resolve("fm.h5");
    ok(CliRunner.run("generate", "fisher-multiform", "--samples", "30", "--quiet", "--out",
        data.toString()));
    Path model = tmp.resolve("fisher.h5");
    ok(CliRunner.run("train", "deeponet", "--data", data.toString(), "--input", "a,c",
        "--output", "u", "--width", "32", "--epochs", "2", "--quiet", "--out", model.toString()));
    try (NeuralOperator op = NeuralOperator.load(model)) {
      assertEquals(List.of("a", "c"), op.inputFields());
      assertEquals(68, op.inputSample().dim(0), "64 values of a and 4 of c, flat");
    }
    CliRunner cnn = CliRunner.run("train", "deeponet", "--data", data.toString(), "--input", "a,c",
        "--output", "u", "--branch", "cnn", "--epochs", "1", "--quiet", "--out",
        tmp.resolve("z.h5").toString());
    assertEquals(1, cnn.code());
    assertTrue(cnn.err().contains("which do not stack"), cnn.err());
  }

  @Test
  void benchWritesTheWholeTable() throws Exception {
    Path out = tmp.resolve("bench");
    CliRunner r = CliRunner.run("bench", "models", "--task", "multitask", "--train", "10",
        "--validation", "3", "--test", "3", "--epochs", "1", "--resolution", "17", "--transfer",
        "4,8", "--transfer-epochs", "1", "--quiet", "--out", out.toString());
    ok(r);
    List<String> csv = Files.readAllLines(out.resolve("multitask.csv"));
    assertEquals(1 + 6 + 6 + 2 * (1 + 4), csv.size(), String.join("\n", csv));
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("transfer,l,fine-tuned,8,")), csv.toString());
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("transfer,pentagon,zero-shot,0,")), csv.toString());
    assertTrue(Files.exists(out.resolve("darcy-disk.png")));
    assertTrue(r.out().contains("single-task"), r.out());
  }

  private static void ok(CliRunner r) {
    assertEquals(0, r.code(), r.err());
  }
}
