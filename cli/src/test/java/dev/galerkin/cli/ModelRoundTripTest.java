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
    for (String model : new String[] {"fno", "deeponet", "mgno"}) {
      Path file = tmp.resolve(model + ".h5");
      CliRunner r = model.equals("mgno")
          ? CliRunner.run("train", "mgno", "--data", data.toString(), "--epochs", "2", "--batch",
              "4", "--width", "6", "--layers", "2", "--quiet", "--out", file.toString())
          : CliRunner.run("train", "--model", model, "--data", data.toString(), "--epochs",
              "2", "--batch", "4", "--modes", "6", "--quiet", "--out", file.toString());
      assertEquals(0, r.code(), r.err());
      float[] here;
      try (NeuralOperator op = NeuralOperator.load(file); DatasetFile f = DatasetFile.open(data)) {
        here = op.predict(f.read("a", 0, 5)).toArray();
      }
      Path out = tmp.resolve(model + ".bin");
      Process p = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), PredictInFreshJvm.class.getName(), file.toString(),
          data.toString(), "5", out.toString())).redirectErrorStream(true)
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
