package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.operators.NeuralOperator;
import java.io.DataInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved model loaded in a new JVM predicts exactly what it predicted when it was trained. */
@Tag("slow")
class ModelRoundTripTest {
  @TempDir Path tmp;

  @Test
  void predictionsInAFreshJvmEqualTheTrainedModel() throws Exception {
    Path data = tmp.resolve("d.h5");
    assertEquals(0, CliRunner.run("generate", "darcy", "--resolution", "41", "--stride", "2",
        "--samples", "20", "--quiet", "--out", data.toString()).code());
    Path even = tmp.resolve("even.h5");   // 16 x 16: the U-Net and SineNet halve it
    assertEquals(0, CliRunner.run("generate", "darcy", "--resolution", "31", "--stride", "2",
        "--samples", "20", "--quiet", "--out", even.toString()).code());
    for (String model : new String[] {"fno", "deeponet", "mgno", "unet", "sinenet"}) {
      Path file = tmp.resolve(model + ".h5");
      Path source = model.equals("unet") || model.equals("sinenet") ? even : data;
      CliRunner r = switch (model) {
        case "mgno" -> CliRunner.run("train", "mgno", "--data", data.toString(), "--epochs", "2",
            "--batch", "4", "--width", "6", "--layers", "2", "--quiet", "--out", file.toString());
        case "unet" -> CliRunner.run("train", "unet", "--data", even.toString(), "--epochs", "2",
            "--batch", "4", "--width", "8", "--multipliers", "1,2", "--blocks", "1", "--quiet",
            "--out", file.toString());
        case "sinenet" -> CliRunner.run("train", "sinenet", "--data", even.toString(), "--epochs",
            "2", "--batch", "4", "--width", "4", "--waves", "2", "--levels", "2", "--multiplier",
            "1.5", "--quiet", "--out", file.toString());
        default -> CliRunner.run("train", "--model", model, "--data", data.toString(), "--epochs",
            "2", "--batch", "4", "--modes", "6", "--quiet", "--out", file.toString());
      };
      assertEquals(0, r.code(), r.err());
      float[] here;
      try (NeuralOperator op = NeuralOperator.load(file); DatasetFile f = DatasetFile.open(source)) {
        here = op.predict(f.read("a", 0, 5)).toArray();
      }
      Path out = tmp.resolve(model + ".bin");
      Process p = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), PredictInFreshJvm.class.getName(), file.toString(),
          source.toString(), "5", out.toString())).redirectErrorStream(true)
          .redirectOutput(tmp.resolve(model + ".log").toFile()).start();
      assertEquals(true, p.waitFor(120, TimeUnit.SECONDS), "the fresh JVM finishes");
      assertEquals(0, p.exitValue(), Files.readString(tmp.resolve(model + ".log")));
      float[] there = new float[here.length];
      try (DataInputStream in = new DataInputStream(Files.newInputStream(out))) {
        for (int i = 0; i < there.length; i++) {
          there[i] = in.readFloat();
        }
      }
      assertArrayEquals(here, there, model + ": fresh-JVM predictions equal the in-process ones");
    }
  }
}
