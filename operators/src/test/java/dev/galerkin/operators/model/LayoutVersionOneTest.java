package dev.galerkin.operators.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.batch.Split;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.hdf5.Hdf5Format;
import dev.galerkin.operators.NeuralOperator;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model files of layout version 1 (written before model families, committed under
 * {@code src/test/resources/compat/v1} with the predictions that version made) still load, predict
 * the same, and find their test split; files written now are version 2.
 */
class LayoutVersionOneTest {
  @TempDir Path tmp;

  static Path resource(String name) throws URISyntaxException {
    return Path.of(LayoutVersionOneTest.class.getResource("/compat/v1/" + name).toURI());
  }

  @Test
  void versionOneModelsPredictAsTheyDidAndKeepTheirSplit() throws Exception {
    check("deeponet-v1.h5", "anti-v1.h5", "u");
    check("fno-v1.h5", "darcy-v1.h5", "a");
  }

  private void check(String model, String data, String input) throws Exception {
    List<String> lines = Files.readAllLines(resource(model.replace(".h5", ".predictions.txt")));
    try (NeuralOperator op = NeuralOperator.load(resource(model));
        DatasetFile f = DatasetFile.open(resource(data))) {
      FloatArray p = op.predict(f.readAll(input));
      assertEquals(lines.get(0), p.shape().toString(), model);
      double worst = 0;
      for (int i = 0; i < p.size(); i++) {
        double ref = Double.parseDouble(lines.get(i + 1));
        worst = Math.max(worst, Math.abs(p.at(i) - ref) / (1e-3 + Math.abs(ref)));
      }
      assertTrue(worst < 1e-5, model + ": worst relative difference " + worst);
      Split split = op.split().orElseThrow().resolve(f.sampleCount());
      assertArrayEquals(Split.random(12, 0.8, 0.1, 0).test(), split.test(), model);
      Path again = tmp.resolve(model);
      op.save(again, false);
      try (HdfFile h = new HdfFile(again)) {
        assertEquals(ModelFile.VERSION,
            ((Number) h.getAttribute(Hdf5Format.FORMAT_VERSION).getData()).longValue());
      }
      try (NeuralOperator back = NeuralOperator.load(again)) {
        assertArrayEquals(split.test(), back.split().orElseThrow().resolve(12).test());
        assertArrayEquals(p.toArray(), back.predict(f.readAll(input)).toArray());
      }
    }
  }
}
