package dev.galerkin.meshes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.PointLocator.OutsidePolicy;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

class P1InterpolationTest {

  private static double[] sample(TriangleMesh mesh, DoubleBinaryOperator f) {
    double[] v = new double[mesh.nodeCount()];
    for (int i = 0; i < v.length; i++) {
      v[i] = f.applyAsDouble(mesh.x(i), mesh.y(i));
    }
    return v;
  }

  @Test
  void reproducesLinearFieldsExactlyBetweenIrregularMeshes() {
    TriangleMesh source = TestMeshes.irregular(9, 0.15, 11);
    TriangleMesh target = TestMeshes.lShape(14, 0.15, 12);
    DoubleBinaryOperator linear = (x, y) -> 3.5 - 2 * x + 7.25 * y;
    P1Interpolation op = P1Interpolation.between(source, target, OutsidePolicy.REFUSE);
    double[] out = op.apply(sample(source, linear));
    for (int i = 0; i < target.nodeCount(); i++) {
      assertEquals(linear.applyAsDouble(target.x(i), target.y(i)), out[i], 1e-12, "node " + i);
    }
    assertEquals(0, op.maxDistance());
    assertEquals(source.nodeCount(), op.sourceSize());
    assertEquals(target.nodeCount(), op.targetSize());
    PointLocator locator = new PointLocator(source);
    assertEquals(linear.applyAsDouble(0.3, 0.7),
        P1Interpolation.valueAt(locator, sample(source, linear), 0.3, 0.7, OutsidePolicy.REFUSE),
        1e-12);
  }

  @Test
  void appliesToABatchOfMultiChannelFieldsAsToEachFieldAlone() {
    TriangleMesh source = TestMeshes.irregular(6, 0.15, 15);
    TriangleMesh target = TestMeshes.irregular(5, 0.15, 16);
    P1Interpolation op = P1Interpolation.between(source, target, OutsidePolicy.REFUSE);
    int samples = 3;
    int channels = 2;
    int n = source.nodeCount();
    int m = target.nodeCount();
    double[] batch = new double[samples * n * channels];
    Random random = new Random(17);
    for (int k = 0; k < batch.length; k++) {
      batch[k] = random.nextGaussian();
    }
    double[] out = new double[samples * m * channels];
    op.applyBatch(batch, samples, channels, out);
    for (int s = 0; s < samples; s++) {
      for (int c = 0; c < channels; c++) {
        double[] one = new double[n];
        for (int i = 0; i < n; i++) {
          one[i] = batch[(s * n + i) * channels + c];
        }
        double[] alone = op.apply(one);
        for (int p = 0; p < m; p++) {
          assertEquals(alone[p], out[(s * m + p) * channels + c], 1e-15);
        }
      }
    }
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> op.applyBatch(new double[5], samples, channels, out));
    assertTrue(e.getMessage().contains("values.length = 5"), e.getMessage());
  }

  @Test
  void isSecondOrderForASmoothField() {
    DoubleBinaryOperator f = (x, y) -> Math.sin(2 * x + 1) * Math.cos(3 * y);
    Random random = new Random(13);
    double[] points = new double[2 * 4000];
    for (int i = 0; i < points.length; i++) {
      points[i] = random.nextDouble();
    }
    int[] cells = {8, 16, 32, 64};
    double[] errors = new double[cells.length];
    for (int k = 0; k < cells.length; k++) {
      TriangleMesh mesh = TestMeshes.irregular(cells[k], 0.1, 14 + k);
      double[] out = P1Interpolation.atPoints(new PointLocator(mesh), points, OutsidePolicy.REFUSE)
          .apply(sample(mesh, f));
      double sum = 0;
      for (int p = 0; p < out.length; p++) {
        double e = out[p] - f.applyAsDouble(points[2 * p], points[2 * p + 1]);
        sum += e * e;
      }
      errors[k] = Math.sqrt(sum / out.length);
    }
    StringBuilder line = new StringBuilder("P1 interpolation order (RMS error at 4000 points):");
    for (int k = 0; k + 1 < cells.length; k++) {
      double order = Math.log(errors[k] / errors[k + 1]) / Math.log(2);
      line.append(String.format(" %d->%d cells: %.3f", cells[k], cells[k + 1], order));
      assertTrue(order >= 1.8 && order <= 2.2, line.toString());
    }
    System.out.println(line);
  }

  @Test
  void nearestExtrapolatesByTheBoundaryValueAndRefuseNamesTheTarget() {
    TriangleMesh mesh = TriangleMesh.rectangle(0, 1, 0, 1, 4, 4);
    double[] values = sample(mesh, (x, y) -> x + 10 * y);
    double[] points = {0.5, 0.5, 1.25, 0.5, -1, -1};
    P1Interpolation op = P1Interpolation.atPoints(
        new PointLocator(mesh), points, OutsidePolicy.NEAREST);
    double[] out = op.apply(values);
    assertEquals(5.5, out[0], 1e-14);
    assertEquals(6.0, out[1], 1e-14); // the value at (1, 0.5)
    assertEquals(0.0, out[2], 1e-14); // the value at the corner (0, 0)
    assertEquals(Math.sqrt(2), op.maxDistance(), 1e-14);
    GalerkinException e = assertThrows(GalerkinException.class,
        () -> P1Interpolation.atPoints(new PointLocator(mesh), points, OutsidePolicy.REFUSE));
    assertTrue(e.getMessage().startsWith("P1Interpolation target 1: ")
        && e.getMessage().contains("(1.25, 0.5)"), e.getMessage());
  }

  @Test
  void refusesFieldsOfTheWrongLengthAndNaNPoints() {
    TriangleMesh mesh = TriangleMesh.rectangle(0, 1, 0, 1, 2, 2);
    P1Interpolation op = P1Interpolation.atPoints(
        new PointLocator(mesh), new double[] {0.5, 0.5}, OutsidePolicy.REFUSE);
    GalerkinException e = assertThrows(GalerkinException.class, () -> op.apply(new double[8]));
    assertTrue(e.getMessage().contains("values.length = 8") && e.getMessage().contains(" 9 "),
        e.getMessage());
    assertThrows(GalerkinException.class, () -> op.apply(new double[9], new double[2]));
    assertThrows(GalerkinException.class,
        () -> P1Interpolation.atPoints(new PointLocator(mesh), new double[9], OutsidePolicy.REFUSE));
    GalerkinException nan = assertThrows(GalerkinException.class,
        () -> P1Interpolation.atPoints(
            new PointLocator(mesh), new double[] {0.5, Double.NaN}, OutsidePolicy.NEAREST));
    assertTrue(nan.getMessage().contains("target 0") && nan.getMessage().contains("NaN"),
        nan.getMessage());
    assertEquals(4.0, op.apply(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8})[0], 1e-14);
  }
}
