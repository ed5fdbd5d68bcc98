package dev.galerkin.operators.timestep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Windows of trajectories as channels, and the errors for data that is not a trajectory. */
class TrajectoryLayoutTest {
  /** Two samples; field q [T=5, 2, 3, C=2] and w [5, 2, 3], static b [2, 3]. */
  private static Dataset data() {
    int b = 2, t = 5, p = 6;
    float[] q = new float[b * t * p * 2];
    float[] w = new float[b * t * p];
    float[] s = new float[b * p];
    for (int i = 0; i < q.length; i++) {
      q[i] = 1000 + i;
    }
    for (int i = 0; i < w.length; i++) {
      w[i] = -i;
    }
    for (int i = 0; i < s.length; i++) {
      s[i] = 0.5f * i;
    }
    return Dataset.builder()
        .output("q", FloatArray.wrap(Shape.of(b, t, 2, 3, 2), q))
        .output("w", FloatArray.wrap(Shape.of(b, t, 2, 3), w))
        .input("b", FloatArray.wrap(Shape.of(b, 2, 3), s))
        .build();
  }

  @Test
  void windowsStackFramesThenFieldsThenStatics() {
    Dataset d = data();
    TrajectoryLayout l = TrajectoryLayout.of(d, List.of("q", "w"), List.of("b"), 2, 1, 2);
    assertEquals(5, l.frames());
    assertArrayEquals(new int[] {2, 1, 1}, l.channels());
    assertEquals(Shape.of(2, 3, 2 * 3 + 1), l.inputSample());
    assertEquals(Shape.of(2, 3, 3), l.outputSample(1));
    Map<String, FloatArray> f = Map.of("q", d.gather("q", new long[] {0, 1}),
        "w", d.gather("w", new long[] {0, 1}));
    FloatArray x = l.window(f, Map.of("b", d.gather("b", new long[] {0, 1})), new int[] {1, 3}, 2);
    // sample 1, point (1, 2) = q index 5, window frame 1 = data frame 4
    int width = 7;
    int at = (1 * 6 + 5) * width;
    int qBase = ((1 * 5 + 4) * 6 + 5) * 2;
    assertEquals(1000 + qBase, x.at(at + 3), "frame 1, q channel 0");
    assertEquals(1000 + qBase + 1, x.at(at + 4), "frame 1, q channel 1");
    assertEquals(-((1 * 5 + 4) * 6 + 5), x.at(at + 5), "frame 1, w");
    assertEquals(0.5f * (6 + 5), x.at(at + 6), "static b");
    Map<String, FloatArray> back = l.unstack(l.window(f, null, new int[] {0, 0}, 5), 5);
    assertEquals(f.get("q"), back.get("q"));
    assertEquals(f.get("w"), back.get("w"));
  }

  @Test
  void fieldsThatAreNotTrajectoriesAreRefusedInOneLine() {
    Dataset d = data();
    GalerkinException noTime = assertThrows(GalerkinException.class,
        () -> TrajectoryLayout.of(d, List.of("b"), List.of(), 1, 1, 2));
    assertTrue(noTime.getMessage().contains("time axis first"), noTime.getMessage());
    GalerkinException tooLong = assertThrows(GalerkinException.class,
        () -> TrajectoryLayout.of(d, List.of("w"), List.of(), 4, 2, 2));
    assertTrue(tooLong.getMessage().contains("longer than the trajectories' 5 frames"),
        tooLong.getMessage());
    GalerkinException missing = assertThrows(GalerkinException.class,
        () -> TrajectoryLayout.of(d, List.of("u"), List.of(), 1, 1, 2));
    assertTrue(missing.getMessage().contains("no field 'u'"), missing.getMessage());
    assertThrows(GalerkinException.class, () -> Unroll.parse("pushforward"));
    assertEquals(Unroll.full(40), Unroll.parse("full:40"));
    assertEquals("pushforward:2", Unroll.parse("pushforward:2").label());
  }
}
