package dev.galerkin.operators.training;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.batch.Split;
import dev.galerkin.operators.OperatorModel;
import dev.galerkin.operators.deeponet.DeepOnet;
import dev.galerkin.operators.deeponet.DeepOnetConfig;
import dev.galerkin.operators.fno.Fno;
import dev.galerkin.operators.fno.FnoConfig;
import dev.galerkin.operators.layers.Activation;
import org.junit.jupiter.api.Test;

/** Training refuses data a model cannot learn from, with one line naming the problem. */
class BadTrainingDataTest {

  static Dataset data(int n, Shape in, Shape out, int nanSample) {
    float[] a = new float[Math.toIntExact(in.size() * n)];
    float[] u = new float[Math.toIntExact(out.size() * n)];
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) Math.sin(i);
    }
    for (int i = 0; i < u.length; i++) {
      u[i] = (float) Math.cos(i);
    }
    if (nanSample >= 0) {
      a[Math.toIntExact(nanSample * in.size()) + 1] = Float.NaN;
    }
    return Dataset.builder().input("a", FloatArray.wrap(in.prepend(n), a))
        .output("u", FloatArray.wrap(out.prepend(n), u)).build();
  }

  static String train(OperatorModel m, Dataset ds) {
    return assertThrows(GalerkinException.class, () -> Trainer.train(m, ds, "a", "u",
        Split.contiguous(ds.sampleCount(), 6, 2, 2), TrainingConfig.fnoRecipe(1, 2, 1e-3, 0, 3),
        TrainingListener.NONE)).getMessage();
  }

  @Test
  void nanInTheTrainingDataIsRefusedWithTheSample() {
    String m = train(new Fno(new FnoConfig(1, 4, 2, 1, 4, Activation.GELU)),
        data(10, Shape.of(16), Shape.of(16), 4));
    assertTrue(m.contains("'a'") && m.contains("NaN") && m.contains("sample 4"), m);
    m = train(new DeepOnet(DeepOnetConfig.builder().dimensions(1).branch(1, 4).trunk(1, 4).latent(4)
        .activation(Activation.TANH).build()), data(10, Shape.of(16), Shape.of(16), 3));
    assertTrue(m.contains("'a'") && m.toLowerCase().contains("nan") && m.contains("3"), m);
  }

  @Test
  void fieldsThatDoNotFitTheModelAreNamed() {
    String m = train(new Fno(new FnoConfig(2, 4, 2, 1, 4, Activation.GELU)),
        data(10, Shape.of(8, 8, 2, 3), Shape.of(8, 8), -1));
    assertTrue(m.contains("[8, 8, 2, 3]") && m.contains("rank"), m);
    m = train(new Fno(new FnoConfig(1, 4, 2, 1, 4, Activation.GELU)),
        data(10, Shape.of(16), Shape.of(12), -1));
    assertTrue(m.contains("[12]") && m.contains("grid"), m);
  }
}
