package dev.galerkin.meshes;

import dev.galerkin.GalerkinException;
import java.util.Arrays;

/** The structured meshes {@link TriangleMesh#rectangle} builds: the arrays and their tags. */
final class StructuredMeshes {
  private StructuredMeshes() {}

  /** See {@link TriangleMesh#rectangle}. */
  static TriangleMesh rectangle(double x0, double x1, double y0, double y1, int nx, int ny) {
    if (!(x1 > x0) || !(y1 > y0) || nx < 1 || ny < 1) {
      throw new GalerkinException(
          "TriangleMesh.rectangle([" + x0 + ", " + x1 + "] x [" + y0 + ", " + y1 + "], " + nx
              + " x " + ny + "): need x1 > x0, y1 > y0 and at least one cell per axis");
    }
    double[] xy = new double[2 * (nx + 1) * (ny + 1)];
    for (int j = 0; j <= ny; j++) {
      for (int i = 0; i <= nx; i++) {
        int node = j * (nx + 1) + i;
        xy[2 * node] = x0 + (x1 - x0) * i / nx;
        xy[2 * node + 1] = y0 + (y1 - y0) * j / ny;
      }
    }
    int[] tri = new int[6 * nx * ny];
    int c = 0;
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        int a = j * (nx + 1) + i;
        int bRight = a + 1;
        int up = a + nx + 1;
        int upRight = up + 1;
        tri[c++] = a;
        tri[c++] = bRight;
        tri[c++] = upRight;
        tri[c++] = a;
        tri[c++] = upRight;
        tri[c++] = up;
      }
    }
    int[] edges = new int[4 * (nx + ny)];
    int[] tags = new int[2 * (nx + ny)];
    int e = 0;
    for (int i = 0; i < nx; i++) { // bottom, left to right
      edges[2 * e] = i;
      edges[2 * e + 1] = i + 1;
      tags[e++] = 1;
    }
    for (int j = 0; j < ny; j++) { // right, upwards
      edges[2 * e] = j * (nx + 1) + nx;
      edges[2 * e + 1] = (j + 1) * (nx + 1) + nx;
      tags[e++] = 2;
    }
    for (int i = nx; i > 0; i--) { // top, right to left
      edges[2 * e] = ny * (nx + 1) + i;
      edges[2 * e + 1] = ny * (nx + 1) + i - 1;
      tags[e++] = 3;
    }
    for (int j = ny; j > 0; j--) { // left, downwards
      edges[2 * e] = j * (nx + 1);
      edges[2 * e + 1] = (j - 1) * (nx + 1);
      tags[e++] = 4;
    }
    int[] triTags = new int[2 * nx * ny];
    Arrays.fill(triTags, 1);
    return TriangleMesh.builder()
        .nodes(xy)
        .triangles(tri)
        .triangleTags(triTags)
        .boundaryEdges(edges, tags)
        .group(new PhysicalGroup(1, 1, "bottom"))
        .group(new PhysicalGroup(1, 2, "right"))
        .group(new PhysicalGroup(1, 3, "top"))
        .group(new PhysicalGroup(1, 4, "left"))
        .group(new PhysicalGroup(2, 1, "domain"))
        .build();
  }
}
