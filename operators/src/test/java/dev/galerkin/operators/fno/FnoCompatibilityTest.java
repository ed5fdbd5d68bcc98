package dev.galerkin.operators.fno;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.operators.NeuralOperator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model file written before the n-d layer kit (compat/v1, layout version 1, with
 * {@code SpectralConv2d}) loads and predicts what the commit that wrote it predicted.
 */
class FnoCompatibilityTest {

  static Path resource(String name) throws URISyntaxException {
    return Path.of(FnoCompatibilityTest.class.getResource("/compat/v1/" + name).toURI());
  }

  @Test
  void fnoV1PredictsAsWhenItWasWritten() throws IOException, URISyntaxException {
    List<String> lines = Files.readAllLines(resource("fno-v1.predictions.txt"));
    long[] shape = Arrays.stream(lines.get(0).replaceAll("[\\[\\] ]", "").split(","))
        .mapToLong(Long::parseLong).toArray();
    float[] expected = new float[lines.size() - 1];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = Float.parseFloat(lines.get(i + 1).trim());
    }
    try (DatasetFile data = DatasetFile.open(resource("darcy-v1.h5"));
        NeuralOperator op = NeuralOperator.load(resource("fno-v1.h5"))) {
      assertEquals(0, ((Fno) op.model()).config().padding());
      NdArray a = data.read("a", 0, data.sampleCount());
      FloatArray got = op.predict(a);
      assertArrayEquals(shape, got.shape().dims());
      double num = 0;
      double den = 0;
      double maxRel = 0;
      for (int i = 0; i < expected.length; i++) {
        double e = got.at(i) - expected[i];
        num += e * e;
        den += (double) expected[i] * expected[i];
        maxRel = Math.max(maxRel, Math.abs(e) / Math.abs(expected[i]));
      }
      double rel = Math.sqrt(num / den);
      System.out.printf("fno-v1.h5 vs stored predictions: relative L2 %.2e, max pointwise relative %.2e%n", rel, maxRel);
      assertTrue(rel <= 1e-5, "relative L2 difference " + rel);
    }
  }
}
