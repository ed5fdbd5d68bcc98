package dev.galerkin.solvers.ode.symbolic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.ode.OdeSystem;
import dev.galerkin.solvers.ode.OdeSystems;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The equation vocabulary: constants to three digits, every catalogue system round-trips. */
class EquationTokensTest {
  @Test
  void theVocabularyHasItsDocumentedSizeAndOrder() {
    assertEquals(1041, EquationTokens.size());
    assertEquals("<pad>", EquationTokens.word(EquationTokens.PAD));
    assertEquals("|", EquationTokens.word(EquationTokens.SEPARATOR));
    for (int i = 0; i < EquationTokens.size(); i++) {
      assertEquals(i, EquationTokens.id(EquationTokens.word(i)));
    }
    assertThrows(GalerkinException.class, () -> EquationTokens.word(1041));
  }

  @Test
  void constantsKeepThreeSignificantDigits() {
    assertEquals(List.of("+", "N267", "E-2"), EquationTokens.number(8.0 / 3));
    assertEquals(List.of("-", "N100", "E-1"), EquationTokens.number(-10));
    assertEquals(List.of("+", "N000", "E0"), EquationTokens.number(0));
    SplittableRandom r = new SplittableRandom(1);
    for (int k = 0; k < 2000; k++) {
      double v = (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextDouble(-8, 8));
      double back = EquationTokens.rounded(v);
      assertTrue(Math.abs(back - v) <= 5.0001e-3 * Math.abs(v), v + " -> " + back);
    }
    assertThrows(GalerkinException.class, () -> EquationTokens.number(1e14));
  }

  @Test
  void everySystemRoundTripsThroughTokens() {
    SplittableRandom r = new SplittableRandom(7);
    for (OdeSystem s : OdeSystems.all()) {
      double[] p = s.nominal().clone();
      for (int i = 0; i < p.length; i++) {
        p[i] *= 1 + r.nextDouble(-0.1, 0.1);
      }
      List<Expression> f = s.rightHandSide(p);
      int[] ids = EquationTokens.encode(f);
      List<Expression> back = EquationTokens.decode(ids, s.dimension());
      assertArrayEquals(ids, EquationTokens.encode(back), s.name());   // rounding is idempotent
      for (int trial = 0; trial < 20; trial++) {
        double[] u = new double[s.dimension()];
        for (int i = 0; i < u.length; i++) {
          u[i] = r.nextDouble(-3, 3);
        }
        for (int i = 0; i < f.size(); i++) {
          double scale = f.get(i).terms().stream().mapToDouble(t -> Math.abs(t.evaluate(u))).sum();
          assertEquals(f.get(i).evaluate(u), back.get(i).evaluate(u), 5.0001e-3 * scale + 1e-12,
              s.name() + " component " + i + ": " + f.get(i).infix());
        }
      }
    }
  }

  @Test
  void lorenzEvaluatesAsWritten() {
    List<Expression> f = OdeSystems.find("lorenz").rightHandSide(new double[] {10, 28, 8.0 / 3});
    double[] u = {1.5, -2, 20};
    assertEquals(10 * (u[1] - u[0]), f.get(0).evaluate(u), 1e-12);
    assertEquals(u[0] * (28 - u[2]) - u[1], f.get(1).evaluate(u), 1e-12);
    assertEquals(u[0] * u[1] - 8.0 / 3 * u[2], f.get(2).evaluate(u), 1e-12);
    assertEquals(3, f.get(1).terms().size());
  }

  @Test
  void badTokenSequencesNameThePosition() {
    int[] ids = EquationTokens.encode(OdeSystems.find("van-der-pol").rightHandSide(new double[] {1}));
    var cut = assertThrows(GalerkinException.class,
        () -> EquationTokens.decode(java.util.Arrays.copyOf(ids, 4), 2));
    assertTrue(cut.getMessage().contains("position"), cut.getMessage());
    int[] wrong = ids.clone();
    wrong[1] = EquationTokens.id("N123");
    var bad = assertThrows(GalerkinException.class, () -> EquationTokens.decode(wrong, 2));
    assertTrue(bad.getMessage().contains("'N123' at position 1"), bad.getMessage());
    var dim = assertThrows(GalerkinException.class, () -> EquationTokens.decode(ids, 3));
    assertTrue(dim.getMessage().contains("2 components but the state has 3"), dim.getMessage());
  }
}
