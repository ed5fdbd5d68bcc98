package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.operators.NeuralOperator;
import dev.galerkin.operators.fno.Fno;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galerkin train FAMILY}: families listed and each with only its own options, a run
 * repeated from its {@code MODEL.config.json} with an override, the older {@code --model}
 * spelling, and {@code evaluate --samples} on a second file.
 */
@Tag("slow")
class TrainFamiliesCommandTest {
  @TempDir Path tmp;

  @Test
  void familiesAreListedAndEachHelpShowsOnlyItsOwnOptions() {
    CliRunner list = CliRunner.run("train", "--list");
    assertEquals(0, list.code(), list.err());
    assertTrue(list.out().contains("fno ") && list.out().contains("deeponet "), list.out());
    CliRunner fno = CliRunner.run("train", "fno", "--help");
    assertEquals(0, fno.code());
    assertTrue(fno.out().contains("--modes") && fno.out().contains("--data"), fno.out());
    assertFalse(fno.out().contains("--latent") || fno.out().contains("--channels"), fno.out());
    assertTrue(list.out().contains("unet ") && list.out().contains("sinenet "), list.out());
    CliRunner unet = CliRunner.run("train", "unet", "--help");
    assertTrue(unet.out().contains("--multipliers") && unet.out().contains("--output-groups")
        && unet.out().contains("default 1,2,2,4"), unet.out());
    CliRunner sine = CliRunner.run("train", "sinenet", "--help");
    assertTrue(sine.out().contains("--waves") && sine.out().contains("--parameter-budget")
        && sine.out().contains("--multiplier"), sine.out());
    CliRunner don = CliRunner.run("train", "deeponet", "--help");
    assertTrue(don.out().contains("--latent") && !don.out().contains("--modes"), don.out());
    assertTrue(don.out().contains("--branch") && don.out().contains("--filters")
        && don.out().contains("default 16,32,64"), don.out());
  }

  @Test
  void deepOnetTrainsWithAConvolutionalBranchOnAGrid() throws Exception {
    Path data = tmp.resolve("d.h5");
    assertEquals(0, CliRunner.run("generate", "darcy", "--resolution", "29", "--stride", "4",
        "--samples", "12", "--quiet", "--out", data.toString()).code());
    Path out = tmp.resolve("cnn.h5");
    CliRunner cnn = CliRunner.run("train", "deeponet", "--data", data.toString(), "--out",
        out.toString(), "--branch", "cnn", "--filters", "4,8", "--width", "8", "--epochs", "1",
        "--batch", "4", "--quiet");
    assertEquals(0, cnn.code(), cnn.err());
    String config = Files.readString(tmp.resolve("cnn.config.json"));
    assertTrue(config.contains("\"CNN\"") && config.contains("\"filters\""), config);
    CliRunner bad = CliRunner.run("train", "deeponet", "--data", data.toString(), "--out",
        tmp.resolve("bad.h5").toString(), "--branch", "cnn", "--filters", "4,0", "--epochs", "1",
        "--quiet");
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("filters[1] = 0"), bad.err());
  }

  @Test
  void aRunRepeatsFromItsConfigAndEvaluatesOnAnotherFile() throws Exception {
    Path data = tmp.resolve("d.h5");
    Path other = tmp.resolve("other.h5");
    assertEquals(0, CliRunner.run("generate", "darcy", "--resolution", "29", "--stride", "4",
        "--samples", "20", "--quiet", "--out", data.toString()).code());
    assertEquals(0, CliRunner.run("generate", "darcy", "--resolution", "29", "--stride", "4",
        "--samples", "6", "--seed", "5", "--quiet", "--out", other.toString()).code());
    Path first = tmp.resolve("first.h5");
    CliRunner a = CliRunner.run("train", "fno", "--data", data.toString(), "--out",
        first.toString(), "--epochs", "2", "--width", "6", "--modes", "3", "--layers", "2",
        "--batch", "4", "--schedule", "cosine", "--loss", "h1", "--quiet");
    assertEquals(0, a.code(), a.err());
    Path config = tmp.resolve("first.config.json");
    assertTrue(Files.readString(config).contains("\"loss\": \"h1\""), Files.readString(config));
    Path second = tmp.resolve("second.h5");
    CliRunner b = CliRunner.run("train", "fno", "--config", config.toString(), "--data",
        data.toString(), "--out", second.toString(), "--layers", "3", "--quiet");
    assertEquals(0, b.code(), b.err());
    try (NeuralOperator x = NeuralOperator.load(first); NeuralOperator y = NeuralOperator.load(second)) {
      Fno fx = (Fno) x.model();
      Fno fy = (Fno) y.model();
      assertEquals(6, fy.config().width(), "from the config file");
      assertEquals(3, fy.config().layers(), "the command line overrides the file");
      assertEquals(2, fx.config().layers());
      assertEquals("h1", y.provenance().get("loss"));
      assertEquals(2L, y.provenance().get("epochs"));
    }
    CliRunner all = CliRunner.run("evaluate", "--model", first.toString(), "--data",
        other.toString(), "--samples", "all", "--pictures", "0", "--out",
        tmp.resolve("r").toString());
    assertEquals(0, all.code(), all.err());
    assertTrue(all.out().contains("all samples, [8, 8]") && all.out().contains(" 6 "), all.out());
    CliRunner range = CliRunner.run("evaluate", "--model", first.toString(), "--data",
        other.toString(), "--samples", "2:5", "--pictures", "0", "--out",
        tmp.resolve("r2").toString());
    assertEquals(0, range.code(), range.err());
    assertTrue(range.out().contains("samples 2:5"), range.out());
    CliRunner bad = CliRunner.run("evaluate", "--model", first.toString(), "--data",
        other.toString(), "--samples", "4:9", "--out", tmp.resolve("r3").toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("is not a range inside [0, 6)"), bad.err());
    CliRunner legacy = CliRunner.run("train", "--model", "deeponet", "--data", data.toString(),
        "--out", tmp.resolve("old.h5").toString(), "--modes", "3", "--width", "8", "--epochs", "1",
        "--quiet");
    assertEquals(0, legacy.code(), legacy.err());
    assertTrue(legacy.err().contains("--modes is not an option of deeponet; ignored"), legacy.err());
    CliRunner strict = CliRunner.run("train", "deeponet", "--data", data.toString(), "--out",
        tmp.resolve("new.h5").toString(), "--modes", "3");
    assertEquals(1, strict.code());
    assertTrue(strict.err().contains("Unknown options: '--modes'"), strict.err());
  }
}
