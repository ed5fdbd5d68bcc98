package dev.galerkin.data.formats;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.Field;
import dev.galerkin.data.DatasetAttributes;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import dev.galerkin.data.hdf5.NestedArrays;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a compressible-flow trajectory in the layout of PDEBench's CFD files
 * ({@code 1D_CFD_Rand_Eta1.e-8_Zeta1.e-8_periodic_Train.hdf5}, {@code 2D_CFD_Rand_M0.1_…}), as
 * PDEBench's {@code data_gen_NLE/Data_Merge.py} makes them: one float32 dataset per physical
 * variable, {@code density}, {@code Vx}, {@code Vy}, {@code Vz}, {@code pressure}, each
 * {@code [N, nt, nx(, ny)]} with frame 0 the state at {@code t = 0}; {@code x-coordinate},
 * {@code y-coordinate} the cell centres; {@code t-coordinate} with {@code nt + 1} entries (their
 * {@code arange(it_tot + 1) · dt_save}); root attributes {@code eta}, {@code zeta} and, in 2D,
 * {@code M}.
 *
 * <p>A dataset qualifies when it has one output {@code [N, nt, nx(, ny), c]} and a root attribute
 * {@code channels} naming its {@code c} channels among {@code rho}, {@code u}, {@code v},
 * {@code w}, {@code p} (the {@code compressible-ns-1d} preset writes {@code rho, v, p}, the 2D one
 * {@code rho, u, v, p}); the velocity components in their order become {@code Vx}, {@code Vy},
 * {@code Vz}. An input {@code a} of one frame's shape is put before the frames as
 * {@link PdebenchFiles#withInitialFrame} does for the other layouts.
 */
final class PdebenchCfdFiles {
  private PdebenchCfdFiles() {}

  /** @return the output to write in the CFD layout, when {@code ds} is a compressible-flow set */
  static Optional<Field> cfdOutput(dev.galerkin.data.Dataset ds) {
    Object channels = ds.attributes().get("channels");
    if (!(channels instanceof String names)) {
      return Optional.empty();
    }
    List<String> c = channelNames(names);
    if (!c.contains("rho") || !c.contains("p")) {
      return Optional.empty();
    }
    List<Field> outputs = ds.fields().values().stream()
        .filter(f -> f.role() == FieldRole.OUTPUT && f.shape().rank() >= 4 && f.shape().rank() <= 6
            && f.shape().dim(f.shape().rank() - 1) == c.size())
        .toList();
    return outputs.size() == 1 ? Optional.of(outputs.get(0)) : Optional.empty();
  }

  private static List<String> channelNames(String names) {
    return Arrays.stream(names.split(",")).map(String::strip).toList();
  }

  /** Writes {@code ds} (for which {@link #cfdOutput} is present) to {@code file}. */
  static void write(dev.galerkin.data.Dataset ds, Field q, Path file) {
    Map<String, Field> f = ds.fields();
    List<String> channels = channelNames((String) ds.attributes().get("channels"));
    Field tc = f.get("t");
    long stored = q.shape().dim(1);
    if (tc == null || !tc.shape().equals(Shape.of(stored))) {
      throw new GalerkinException("cannot write '" + q.name() + "' as PDEBench CFD: it needs a"
          + " coordinate t with " + stored + " entries, one per frame");
    }
    double[] t = tc.values().toDouble().toArray();
    FloatArray frames = PdebenchFiles.withInitialFrame(q.values().toFloat(), f.get("a"), t);
    if (frames.shape().dim(1) > t.length) {
      t = PdebenchFiles.prependZero(t);
    }
    double[] edges = PdebenchFiles.oneMoreTime(t);
    long[] d = frames.shape().dims();
    int c = channels.size();
    long[] one = Arrays.copyOf(d, d.length - 1);
    float[] all = frames.toArray();
    List<String> velocity = new ArrayList<>(List.of("Vx", "Vy", "Vz"));
    try (WritableHdfFile out = HdfFile.write(file)) {
      for (int k = 0; k < c; k++) {
        String name = switch (channels.get(k)) {
          case "rho" -> "density";
          case "p" -> "pressure";
          default -> velocity.remove(0);
        };
        float[] v = new float[all.length / c];
        for (int i = 0; i < v.length; i++) {
          v[i] = all[i * c + k];
        }
        out.putDataset(name, NestedArrays.toNested(FloatArray.wrap(Shape.of(one), v)));
      }
      String[] axes = {"x", "y", "z"};
      for (int a = 0; a < d.length - 3; a++) {
        Field x = f.get(axes[a]);
        if (x == null || !x.shape().equals(Shape.of(d[2 + a]))) {
          throw new GalerkinException("cannot write '" + q.name() + "' as PDEBench CFD: it needs"
              + " a coordinate " + axes[a] + " with " + d[2 + a] + " entries");
        }
        out.putDataset(axes[a] + "-coordinate", x.values().toDouble().toArray());
      }
      out.putDataset("t-coordinate", edges);
      Map<String, String> names = Map.of("eta", "eta", "zeta", "zeta", "mach", "M");
      ds.attributes().forEach((key, value) -> {
        String p = key.startsWith(DatasetAttributes.PARAMETER_PREFIX)
            ? key.substring(DatasetAttributes.PARAMETER_PREFIX.length()) : null;
        if (p != null && value instanceof Number) {
          out.putAttribute(names.getOrDefault(p, p), value);
        }
      });
    }
  }
}
