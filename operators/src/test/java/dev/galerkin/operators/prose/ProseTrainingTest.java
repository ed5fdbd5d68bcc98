package dev.galerkin.operators.prose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.operators.optim.AdamConfig;
import dev.galerkin.operators.optim.LearningRateSchedule;
import dev.galerkin.operators.training.TrainingConfig;
import dev.galerkin.operators.training.TrainingListener;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.presets.PresetCatalog;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PROSE on a tiny {@code ode-systems} set (4 samples: Lotka–Volterra and a linear system, 16
 * input and 32 output points, width 32): it overfits the trajectories below 5 % relative L2 and
 * writes the equations token for token; a saved model gives identical predictions and equations
 * in a fresh JVM; a query time's prediction does not depend on the other times asked; bad input
 * is refused in one line.
 */
class ProseTrainingTest {
  private static final long[] ALL = {0, 1, 2, 3};
  private static ProseData data;
  private static ProseModel model;
  private static double bestValidation;

  static ProseData tiny(int n) {
    var p = PresetCatalog.find("ode-systems").create(Map.of("families", "lotka-volterra,linear-2d",
        "points", "48", "input-points", "16", "max-tokens", "40"));
    Dataset ds = DatasetGenerator.builder(p).samples(n).seed(5).threads(1).build().inMemory();
    return ProseData.of(ds);
  }

  @BeforeAll
  static void train() {
    data = tiny(4);
    ProseConfig c = new ProseConfig(data.dimension(), data.inputPoints(), data.outputPoints(),
        data.tokens(), data.vocabulary(), 32, 4, 1, 1, 1, 1, true, 1.0);
    TrainingConfig t = new TrainingConfig(400, 4, AdamConfig.adam(LearningRateSchedule.constant(
        2e-3)), 1, 0, 2);
    long t0 = System.nanoTime();
    ProseObjective.Result r = new ProseObjective(c, data, ALL, ALL).train(t, TrainingListener.NONE,
        null);
    model = r.model();
    bestValidation = r.history().get(r.bestEpoch() - 1).validationError();
    System.out.printf("PROSE tiny overfit: 400 epochs in %.1f s, best relative L2 %.4f%n",
        (System.nanoTime() - t0) / 1e9, bestValidation);
  }

  @AfterAll
  static void close() {
    model.close();
  }

  private static float[] inputs() {
    return ProseData.rows(data.a(), ALL, data.inputPoints() * data.dimension());
  }

  private static int[] symbols() {
    return ProseData.rows(data.symbols(), ALL, data.tokens());
  }

  @Test
  void overfitsTrajectoriesAndWritesTheEquations() {
    float[] y = model.predict(inputs(), symbols(), model.outputTimes()).toArray();
    int per = data.outputPoints() * data.dimension();
    float[] u = ProseData.rows(data.u(), ALL, per);
    double worst = 0;
    for (int i = 0; i < ALL.length; i++) {
      worst = Math.max(worst, ProseObjective.relativeL2(y, u, i * per, per));
    }
    System.out.printf("PROSE tiny overfit: worst trajectory relative L2 %.4f%n", worst);
    assertTrue(worst < 0.05, "worst trajectory relative L2 " + worst);
    assertEquals(bestValidation, mean(y, u, per), 1e-4, "predict() agrees with the loop's error");
    int[][] w = model.writeEquations(inputs(), symbols());
    int exact = 0;
    for (int i = 0; i < ALL.length; i++) {
      int[] truth = Arrays.copyOfRange(data.equation(), i * data.tokens(), (i + 1) * data.tokens());
      exact += Arrays.equals(truth, w[i]) ? 1 : 0;
    }
    System.out.println("PROSE tiny overfit: " + exact + " of 4 equations written exactly");
    assertTrue(exact >= 3, exact + " of 4 equations written exactly");
  }

  private static double mean(float[] y, float[] u, int per) {
    double s = 0;
    for (int i = 0; i < ALL.length; i++) {
      s += ProseObjective.relativeL2(y, u, i * per, per);
    }
    return s / ALL.length;
  }

  @Test
  void aQueryTimesPredictionDoesNotDependOnTheOthers() {
    double[] all = model.outputTimes();
    double[] some = {all[3], all[0], 0.5 * (all[7] + all[8]), model.inputTimes()[2]};
    float[] full = model.predict(inputs(), symbols(), all).toArray();
    float[] part = model.predict(inputs(), symbols(), some).toArray();
    int d = data.dimension();
    for (int i = 0; i < ALL.length; i++) {
      for (int c = 0; c < d; c++) {
        assertEquals(full[(i * all.length + 3) * d + c], part[(i * 4) * d + c], 1e-5);
        assertEquals(full[(i * all.length) * d + c], part[(i * 4 + 1) * d + c], 1e-5);
      }
    }
  }

  @Test
  void savedModelPredictsAndWritesIdenticallyInAFreshJvm(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("prose.h5");
    model.save(file, false);
    assertThrows(GalerkinException.class, () -> model.save(file, false), "no silent overwrite");
    Path in = tmp.resolve("in.bin");
    Path out = tmp.resolve("out.bin");
    write(in, inputs(), symbols());
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), FreshJvm.class.getName(),
        file.toString(), in.toString(), out.toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), log);
    try (DataInputStream s = new DataInputStream(Files.newInputStream(out))) {
      float[] y = model.predict(inputs(), symbols(), model.outputTimes()).toArray();
      for (int i = 0; i < y.length; i++) {
        assertEquals(y[i], s.readFloat(), 0f, "prediction value " + i + " in a fresh JVM");
      }
      int[][] w = model.writeEquations(inputs(), symbols());
      for (int[] row : w) {
        int[] again = new int[row.length];
        for (int k = 0; k < row.length; k++) {
          again[k] = s.readInt();
        }
        assertArrayEquals(row, again, "equation written in a fresh JVM");
      }
    }
  }

  @Test
  void badInputIsRefusedInOneLine() {
    double horizon = data.horizon();
    var e = assertThrows(GalerkinException.class,
        () -> model.predict(inputs(), symbols(), new double[] {horizon * 1.5}));
    assertTrue(e.getMessage().contains("outside the trained horizon"), e.getMessage());
    e = assertThrows(GalerkinException.class, () -> model.predict(
        Arrays.copyOf(inputs(), inputs().length - 3), symbols(), model.outputTimes()));
    assertTrue(e.getMessage().contains("state variables"), e.getMessage());
    int[] bad = symbols();
    bad[5] = 5000;
    e = assertThrows(GalerkinException.class, () -> model.writeEquations(inputs(), bad));
    assertTrue(e.getMessage().contains("position 5") && e.getMessage().contains("vocabulary"),
        e.getMessage());
    float[] nan = inputs();
    nan[7] = Float.NaN;
    e = assertThrows(GalerkinException.class, () -> model.predict(nan, symbols(),
        model.outputTimes()));
    assertTrue(e.getMessage().contains("finite"), e.getMessage());
  }

  static void write(Path file, float[] inputs, int[] symbols) throws IOException {
    try (DataOutputStream s = new DataOutputStream(Files.newOutputStream(file))) {
      s.writeInt(inputs.length);
      for (float v : inputs) {
        s.writeFloat(v);
      }
      s.writeInt(symbols.length);
      for (int v : symbols) {
        s.writeInt(v);
      }
    }
  }

  /** Loads a model, predicts at its output times and writes the equations, to a binary file. */
  public static final class FreshJvm {
    public static void main(String[] args) throws IOException {
      float[] inputs;
      int[] symbols;
      try (DataInputStream s = new DataInputStream(Files.newInputStream(Path.of(args[1])))) {
        inputs = new float[s.readInt()];
        for (int i = 0; i < inputs.length; i++) {
          inputs[i] = s.readFloat();
        }
        symbols = new int[s.readInt()];
        for (int i = 0; i < symbols.length; i++) {
          symbols[i] = s.readInt();
        }
      }
      try (ProseModel m = ProseModel.load(Path.of(args[0]));
          DataOutputStream s = new DataOutputStream(Files.newOutputStream(Path.of(args[2])))) {
        for (float v : m.predict(inputs, symbols, m.outputTimes()).toArray()) {
          s.writeFloat(v);
        }
        for (int[] row : m.writeEquations(inputs, symbols)) {
          for (int v : row) {
            s.writeInt(v);
          }
        }
      }
    }
  }
}
