package dev.galerkin.data.plot;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;
import java.util.Arrays;

/**
 * A nodal field of a triangle mesh sampled on a pixel grid by linear interpolation inside each
 * triangle: what {@link Heatmap#onMesh} draws. Pixel {@code (i, j)} has its centre at
 * {@code (x0 + (i + ½)·h, y0 + (j + ½)·h)} over the bounding box; pixels no triangle covers are
 * {@code NaN}. Each triangle visits only the pixels of its own bounding box, so the cost is about
 * the pixel count plus the triangle count.
 *
 * @param values {@code values[i·ny + j]}, NaN outside the mesh
 * @param nx pixels along x
 * @param ny pixels along y
 */
record MeshRaster(double[] values, int nx, int ny) {

  static MeshRaster of(TriangleMesh mesh, double[] nodal, int pixels) {
    if (nodal == null || nodal.length != mesh.nodeCount()) {
      throw new GalerkinException("mesh heatmap: " + (nodal == null ? "no" : nodal.length)
          + " values for a mesh of " + mesh.nodeCount() + " nodes; give one value per node");
    }
    if (pixels < 8 || pixels > 2048) {
      throw new GalerkinException("mesh heatmap: " + pixels + " pixels; use 8 to 2048");
    }
    double[] box = mesh.boundingBox();
    double h = Math.max(box[2] - box[0], box[3] - box[1]) / pixels;
    int nx = Math.max(1, (int) Math.ceil((box[2] - box[0]) / h - 1e-9));
    int ny = Math.max(1, (int) Math.ceil((box[3] - box[1]) / h - 1e-9));
    double[] out = new double[nx * ny];
    Arrays.fill(out, Double.NaN);
    double eps = 1e-12;
    for (int t = 0; t < mesh.triangleCount(); t++) {
      int a = mesh.triangleNode(t, 0);
      int b = mesh.triangleNode(t, 1);
      int c = mesh.triangleNode(t, 2);
      double ax = mesh.x(a);
      double ay = mesh.y(a);
      double bx = mesh.x(b);
      double by = mesh.y(b);
      double cx = mesh.x(c);
      double cy = mesh.y(c);
      double det = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
      int i0 = Math.max(0, (int) Math.floor((Math.min(ax, Math.min(bx, cx)) - box[0]) / h - 0.5));
      int i1 = Math.min(nx - 1, (int) Math.ceil((Math.max(ax, Math.max(bx, cx)) - box[0]) / h));
      int j0 = Math.max(0, (int) Math.floor((Math.min(ay, Math.min(by, cy)) - box[1]) / h - 0.5));
      int j1 = Math.min(ny - 1, (int) Math.ceil((Math.max(ay, Math.max(by, cy)) - box[1]) / h));
      for (int i = i0; i <= i1; i++) {
        double px = box[0] + (i + 0.5) * h;
        for (int j = j0; j <= j1; j++) {
          double py = box[1] + (j + 0.5) * h;
          double l1 = ((px - ax) * (cy - ay) - (py - ay) * (cx - ax)) / det;
          double l2 = ((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / det;
          double l0 = 1 - l1 - l2;
          if (l0 >= -eps && l1 >= -eps && l2 >= -eps) {
            out[i * ny + j] = l0 * nodal[a] + l1 * nodal[b] + l2 * nodal[c];
          }
        }
      }
    }
    return new MeshRaster(out, nx, ny);
  }
}
