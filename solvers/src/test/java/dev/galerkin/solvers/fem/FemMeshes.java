package dev.galerkin.solvers.fem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.meshes.PhysicalGroup;
import dev.galerkin.meshes.TriangleMesh;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Mesh families for the convergence tests: structured, randomly perturbed, mapped, annular. */
final class FemMeshes {
  private FemMeshes() {}

  /** The unit square, {@code n × n} cells, groups bottom/right/top/left. */
  static TriangleMesh structured(int n) {
    return TriangleMesh.rectangle(0, 1, 0, 1, n, n);
  }

  /**
   * The unit square with every node off the boundary moved by a random vector of length at most
   * {@code 0.25 h} ({@code h = 1/n}, fixed seed): an unstructured family with the same groups.
   * {@code withCoordinates} rejects inverted triangles; the minimum area is checked here as well.
   */
  static TriangleMesh perturbed(int n, long seed) {
    TriangleMesh mesh = structured(n);
    boolean[] boundary = new boolean[mesh.nodeCount()];
    for (int node : mesh.topologicalBoundary()) {
      boundary[node] = true;
    }
    double h = 1.0 / n;
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] xy = mesh.coordinates();
    for (int i = 0; i < mesh.nodeCount(); i++) {
      if (!boundary[i]) {
        double r = 0.25 * h * Math.sqrt(rnd.nextDouble());
        double phi = 2 * Math.PI * rnd.nextDouble();
        xy[2 * i] += r * Math.cos(phi);
        xy[2 * i + 1] += r * Math.sin(phi);
      }
    }
    TriangleMesh moved = mesh.withCoordinates(xy);
    for (int t = 0; t < moved.triangleCount(); t++) {
      assertTrue(moved.signedArea(t) > 0.01 * h * h, "triangle " + t + " nearly inverted");
    }
    return moved;
  }

  /**
   * The unit square mapped by {@code (x, y) -> (x + 0.06 sin(πx) sin(2πy), y (1 + 0.2 sin(πx)))}:
   * curved cells, a curved top (bulging to {@code y = 1.2}), the left, bottom and right sides
   * unchanged (the right one stays {@code x = 1}, normal {@code (1, 0)}).
   */
  static TriangleMesh mapped(int n) {
    TriangleMesh mesh = structured(n);
    double[] xy = mesh.coordinates();
    for (int i = 0; i < mesh.nodeCount(); i++) {
      double x = xy[2 * i];
      double y = xy[2 * i + 1];
      xy[2 * i] = x + 0.06 * Math.sin(Math.PI * x) * Math.sin(2 * Math.PI * y);
      xy[2 * i + 1] = y * (1 + 0.2 * Math.sin(Math.PI * x));
    }
    return mesh.withCoordinates(xy);
  }

  /**
   * The quarter annulus {@code a <= r <= R, 0 <= θ <= π/2}, mapped from an {@code nr × nt}
   * structured rectangle with radii graded geometrically ({@code r = a (R/a)^s}, small cells at the
   * hole). Groups: {@code hole} (r = a), {@code outer} (r = R), {@code symmetry_x} (θ = 0, on the
   * x axis), {@code symmetry_y} (θ = π/2, on the y axis); triangles in {@code domain}.
   */
  static TriangleMesh quarterAnnulus(double a, double outer, int nr, int nt) {
    TriangleMesh square = TriangleMesh.rectangle(0, 1, 0, 1, nr, nt);
    double[] st = square.coordinates();
    double[] xy = new double[st.length];
    for (int i = 0; i < square.nodeCount(); i++) {
      double r = a * Math.pow(outer / a, st[2 * i]);
      double theta = 0.5 * Math.PI * st[2 * i + 1];
      xy[2 * i] = r * Math.cos(theta);
      xy[2 * i + 1] = r * Math.sin(theta);
    }
    // rectangle tags: bottom 1 (θ = 0), right 2 (r = R), top 3 (θ = π/2), left 4 (r = a)
    TriangleMesh.Builder b = TriangleMesh.builder().nodes(xy).triangles(square.triangles())
        .triangleTags(square.triangleTags())
        .boundaryEdges(square.edges(), square.edgeTags())
        .group(new PhysicalGroup(1, 1, "symmetry_x"))
        .group(new PhysicalGroup(1, 2, "outer"))
        .group(new PhysicalGroup(1, 3, "symmetry_y"))
        .group(new PhysicalGroup(1, 4, "hole"))
        .group(new PhysicalGroup(2, 1, "domain"))
        .source("quarter annulus");
    return b.build();
  }

  /** @return {@code structured(n)} for each {@code n} */
  static List<TriangleMesh> structuredFamily(int... ns) {
    List<TriangleMesh> out = new ArrayList<>();
    for (int n : ns) {
      out.add(structured(n));
    }
    return out;
  }

  /** @return {@code perturbed(n, 1000 + n)} for each {@code n} */
  static List<TriangleMesh> perturbedFamily(int... ns) {
    List<TriangleMesh> out = new ArrayList<>();
    for (int n : ns) {
      out.add(perturbed(n, 1000 + n));
    }
    return out;
  }

  /** @return {@code mapped(n)} for each {@code n} */
  static List<TriangleMesh> mappedFamily(int... ns) {
    List<TriangleMesh> out = new ArrayList<>();
    for (int n : ns) {
      out.add(mapped(n));
    }
    return out;
  }

  /**
   * Observed orders between successive meshes, with {@code h ∝ N^{-1/2}} ({@code N} the node
   * count, robust for unstructured meshes): {@code log(e_i / e_{i+1}) / log(h_i / h_{i+1})}.
   */
  static double[] orders(int[] nodes, double[] errors) {
    double[] p = new double[errors.length - 1];
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.log(errors[i] / errors[i + 1]) / (0.5 * Math.log((double) nodes[i + 1] / nodes[i]));
    }
    return p;
  }
}
