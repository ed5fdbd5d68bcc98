package dev.galerkin.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldStackTest {
  @Test
  void fieldsStackAsTrailingChannelsInOrderAndSplitBack() {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    shapes.put("a", Shape.of(2, 3));
    shapes.put("v", Shape.of(2, 3, 2));
    FieldStack s = FieldStack.of(shapes);
    assertEquals(Shape.of(2, 3, 3), s.sample());
    float[] a = new float[6];
    float[] v = new float[12];
    for (int i = 0; i < 6; i++) {
      a[i] = i;
      v[2 * i] = 100 + i;
      v[2 * i + 1] = 200 + i;
    }
    FloatArray st = s.stack(List.of(FloatArray.wrap(Shape.of(1, 2, 3), a),
        FloatArray.wrap(Shape.of(1, 2, 3, 2), v)));
    assertArrayEquals(new float[] {0, 100, 200, 1, 101, 201}, java.util.Arrays.copyOf(st.toArray(), 6));
    Map<String, FloatArray> back = s.unstack(st);
    assertArrayEquals(a, back.get("a").toArray());
    assertArrayEquals(v, back.get("v").toArray());
    assertEquals(Shape.of(1, 2, 3, 2), back.get("v").shape());
  }

  @Test
  void fieldsWithoutACommonGridStackFlatAndSplitBack() {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    shapes.put("a", Shape.of(3));
    shapes.put("c", Shape.of(2));
    assertTrue(FieldStack.gridProblem(shapes).orElseThrow().contains("'c'"));
    FieldStack s = FieldStack.gridOrFlat(shapes);
    assertTrue(s.flat());
    assertEquals(Shape.of(5), s.sample());
    FloatArray a = FloatArray.wrap(Shape.of(2, 3), new float[] {1, 2, 3, 4, 5, 6});
    FloatArray c = FloatArray.wrap(Shape.of(2, 2), new float[] {10, 20, 30, 40});
    FloatArray st = s.stack(List.of(a, c));
    assertArrayEquals(new float[] {1, 2, 3, 10, 20, 4, 5, 6, 30, 40}, st.toArray());
    Map<String, FloatArray> back = s.unstack(st);
    assertArrayEquals(a.toArray(), back.get("a").toArray());
    assertEquals(Shape.of(2, 2), back.get("c").shape());
    assertArrayEquals(c.toArray(), back.get("c").toArray());
    assertEquals(s, new FieldStack(s.names(), s.shapes(), Shape.of(5)), "rebuilt from a file");
    Map<String, Shape> grid = new LinkedHashMap<>();
    grid.put("a", Shape.of(3));
    grid.put("b", Shape.of(3));
    assertEquals(Shape.of(3, 2), FieldStack.gridOrFlat(grid).sample(), "a shared grid wins");
    assertThrows(GalerkinException.class, () -> s.stack(List.of(c, a)));
  }

  @Test
  void oneFieldIsTakenAsItIs() {
    FieldStack s = FieldStack.of(Map.of("u", Shape.of(5, 7)));
    assertEquals(Shape.of(5, 7), s.sample());
    assertTrue(s.single());
  }

  @Test
  void fieldsOnDifferentGridsFailNamingTheField() {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    shapes.put("a", Shape.of(8, 8));
    shapes.put("mask", Shape.of(4, 4));
    GalerkinException e = assertThrows(GalerkinException.class, () -> FieldStack.of(shapes));
    assertTrue(e.getMessage().startsWith("field 'mask' has samples of shape [4, 4]"), e.getMessage());
  }
}
