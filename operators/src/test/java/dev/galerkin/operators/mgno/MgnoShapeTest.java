package dev.galerkin.operators.mgno;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.meshes.BoundaryCondition;
import dev.galerkin.operators.ModelFamilies;
import dev.galerkin.operators.ModelFamily;
import dev.galerkin.operators.layers.Activation;
import dev.galerkin.operators.layers.Padding;
import dev.galerkin.operators.tf.TfGraph;
import dev.galerkin.options.OptionValues;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** MgNO's shapes, its grid hierarchy on odd sizes, the padding from the boundary, and its errors. */
class MgnoShapeTest {
  @Test
  void oddGridsHalveToTheCeilingAndTheOutputKeepsTheGrid() {
    MgnoConfig c = MgnoConfig.darcy();
    long[][] h = MultigridConv.hierarchy(c, new long[] {85, 85});
    assertArrayEquals(new long[] {3, 3}, h[5], "85 -> 43 -> 22 -> 11 -> 6 -> 3");
    try (TfGraph g = TfGraph.builder().threads(1).build()) {
      Placeholder<TFloat32> x = g.placeholder("x", -1, 21, 19, 2);
      Mgno m = new Mgno(new MgnoConfig(2, 4, 2, 4, 1, 2, 1, Padding.ZERO, Activation.GELU, true));
      Operand<TFloat32> y = m.forward(g, x, Shape.of(21, 19, 2), Shape.of(21, 19));
      float[] in = new float[2 * 21 * 19 * 2];
      SplittableRandom r = new SplittableRandom(1);
      for (int i = 0; i < in.length; i++) {
        in[i] = (float) r.nextGaussian();
      }
      FloatArray out = g.eval(y, Map.of(x, FloatArray.wrap(Shape.of(2, 21, 19, 2), in)));
      assertEquals(Shape.of(2, 21, 19), out.shape());
      for (float v : out.toArray()) {
        assertTrue(Float.isFinite(v));
      }
      assertTrue(g.variableNames().contains("mg_1_L3_S0/w") && g.variableNames().contains("out/w"),
          g.variableNames().toString());
      assertFalse(g.variableNames().contains("mg_0_L0_S0/b"), "smoothers have no bias");
    }
  }

  @Test
  void gridsTheHierarchyCannotTakeFailNamingWhatWorks() {
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> MultigridConv.hierarchy(MgnoConfig.darcy(), new long[] {20, 20}));
    assertTrue(e.getMessage().contains("needs at least 33 points per axis")
        && e.getMessage().contains("use --levels 5 or fewer"), e.getMessage());
    MgnoConfig periodic = new MgnoConfig(2, 8, 2, 4, 1, 2, 0, Padding.CIRCULAR, Activation.GELU,
        false);
    e = assertThrows(GalerkinException.class,
        () -> MultigridConv.hierarchy(periodic, new long[] {36, 36}));
    assertTrue(e.getMessage().contains("divisible by 8") && e.getMessage().contains("--levels 3"),
        e.getMessage());
  }

  @Test
  void theFamilyTakesItsPaddingFromTheBoundaryAttribute() {
    ModelFamily f = ModelFamilies.get("mgno");
    Shape s = Shape.of(64, 64);
    Mgno torus = (Mgno) f.configure(OptionValues.defaults(f.options()), null,
        new ModelFamily.SampleShapes(s, s, 2, Map.of(),
            List.of(BoundaryCondition.PERIODIC, BoundaryCondition.PERIODIC)));
    assertEquals(Padding.CIRCULAR, torus.config().padding());
    assertEquals(6, torus.config().levels());
    Mgno box = (Mgno) f.configure(OptionValues.of(f.options(), Map.of("levels", "4")), null,
        new ModelFamily.SampleShapes(s, s, 2, Map.of(),
            List.of(BoundaryCondition.DIRICHLET, BoundaryCondition.DIRICHLET)));
    assertEquals(Padding.ZERO, box.config().padding());
    assertEquals(4, box.config().levels());
    Mgno back = (Mgno) ModelFamilies.create("mgno", torus.architectureJson());
    assertEquals(torus.config(), back.config());
  }
}
