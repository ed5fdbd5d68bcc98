package dev.galerkin.operators.physics.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Points land where they should, with the right normals; bad geometry and counts fail when built. */
class SamplerTest {

  @ParameterizedTest
  @EnumSource(Sampling.class)
  void rectangleMinusDiskInteriorAndBoundaries(Sampling s) {
    Geometry g = Geometry.rectangle(0, 0, 2, 1).minus(Geometry.disk(1, 0.5, 0.25));
    Points in = Sampler.interior(g, 500, s, 3);
    for (int p = 0; p < in.count(); p++) {
      double x = in.at(p, 0);
      double y = in.at(p, 1);
      assertTrue(x >= 0 && x <= 2 && y >= 0 && y <= 1, "in the rectangle");
      assertTrue(Math.hypot(x - 1, y - 0.5) >= 0.25, "outside the hole");
    }
    Points hole = Sampler.boundary(g, List.of("hole_circle"), 64, s, 3);
    for (int p = 0; p < hole.count(); p++) {
      double dx = hole.at(p, 0) - 1;
      double dy = hole.at(p, 1) - 0.5;
      assertEquals(0.25, Math.hypot(dx, dy), 1e-12);
      double[] n = hole.normals();
      assertEquals(-dx / 0.25, n[2 * p], 1e-12, "the normal points out of the domain, into the hole");
    }
    Points top = Sampler.boundary(g, List.of("top"), 20, s, 3);
    for (int p = 0; p < top.count(); p++) {
      assertEquals(1, top.at(p, 1));
      assertEquals(1, top.normals()[2 * p + 1]);
    }
    Points all = Sampler.boundary(g, List.of(Geometry.ALL), 600, s, 3);
    int onCircle = 0;
    for (int p = 0; p < all.count(); p++) {
      onCircle += Math.abs(Math.hypot(all.at(p, 0) - 1, all.at(p, 1) - 0.5) - 0.25) < 1e-9 ? 1 : 0;
    }
    // perimeter 6 and circle 2π/4 ≈ 1.571: about 125 of 600 points on the circle
    assertTrue(onCircle > 100 && onCircle < 150, "points split by measure: " + onCircle);
  }

  @Test
  void latinHypercubeFillsEveryStratumOnce() {
    Points p = Sampler.interior(Geometry.rectangle(0, 0, 1, 1), 50, Sampling.LATIN_HYPERCUBE, 9);
    for (int axis = 0; axis < 2; axis++) {
      boolean[] seen = new boolean[50];
      for (int i = 0; i < 50; i++) {
        int k = (int) (p.at(i, axis) * 50);
        assertTrue(!seen[k], "stratum " + k + " twice on axis " + axis);
        seen[k] = true;
      }
    }
  }

  @Test
  void polygonAndSpaceTime() {
    Geometry l = Geometry.polygon(0, 0, 2, 0, 2, 1, 1, 1, 1, 2, 0, 2);
    Points in = Sampler.interior(l, 300, Sampling.SOBOL, 1);
    for (int i = 0; i < in.count(); i++) {
      assertTrue(!(in.at(i, 0) > 1 && in.at(i, 1) > 1), "the L-shape's notch is empty");
    }
    Points edge = Sampler.boundary(l, List.of("edges"), 80, Sampling.UNIFORM, 1);
    for (int i = 0; i < edge.count(); i++) {
      double[] n = edge.normals();
      double[] q = {edge.at(i, 0) + 1e-6 * n[2 * i], edge.at(i, 1) + 1e-6 * n[2 * i + 1]};
      assertTrue(!l.contains(q), "outward normal leaves the polygon at " + edge.at(i, 0) + ", " + edge.at(i, 1));
    }
    Geometry st = Geometry.interval(-1, 1).times(0, 0.5);
    assertEquals("xt", st.coordinates());
    Points init = Sampler.boundary(st, List.of("initial"), 30, Sampling.LATIN_HYPERCUBE, 2);
    Points left = Sampler.boundary(st, List.of("left"), 30, Sampling.SOBOL, 2);
    for (int i = 0; i < 30; i++) {
      assertEquals(0, init.at(i, 1));
      assertEquals(-1, left.at(i, 0));
      assertTrue(left.at(i, 1) >= 0 && left.at(i, 1) <= 0.5);
    }
    Points all = Sampler.boundary(st, List.of(Geometry.ALL), 40, Sampling.UNIFORM, 2);
    for (int i = 0; i < 40; i++) {
      assertEquals(1, Math.abs(all.at(i, 0)), "'all' means the spatial boundary, not the initial slice");
    }
  }

  @Test
  void degenerateGeometryAndCountsFailClearly() {
    assertThrows(GalerkinException.class, () -> Geometry.rectangle(0, 0, 0, 1));
    assertThrows(GalerkinException.class, () -> Geometry.interval(1, 1));
    assertThrows(GalerkinException.class, () -> Geometry.disk(0, 0, 0));
    assertThrows(GalerkinException.class, () -> Geometry.polygon(0, 0, 1, 1, 2, 2));
    assertThrows(GalerkinException.class, () -> Geometry.polygon(0, 0, 1, 1, 1, 0, 0, 1));
    assertThrows(GalerkinException.class, () -> Geometry.interval(0, 1).times(1, 0));
    Geometry sq = Geometry.rectangle(0, 0, 1, 1);
    GalerkinException zero = assertThrows(GalerkinException.class, () -> Sampler.interior(sq, 0, Sampling.SOBOL, 0));
    assertTrue(zero.getMessage().contains("must be >= 1, got 0"), zero.getMessage());
    GalerkinException name = assertThrows(GalerkinException.class,
        () -> Sampler.boundary(sq, List.of("west"), 10, Sampling.SOBOL, 0));
    assertTrue(name.getMessage().contains("'west'") && name.getMessage().contains("[left, right, bottom, top]"), name.getMessage());
    Geometry gone = sq.minus(Geometry.disk(0.5, 0.5, 2));
    GalerkinException empty = assertThrows(GalerkinException.class, () -> Sampler.interior(gone, 10, Sampling.UNIFORM, 0));
    assertTrue(empty.getMessage().contains("empty or degenerate"), empty.getMessage());
  }
}
