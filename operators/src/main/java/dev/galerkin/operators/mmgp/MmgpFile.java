package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;
import dev.galerkin.GalerkinVersion;
import dev.galerkin.data.AtomicFiles;
import dev.galerkin.data.FieldRole;
import dev.galerkin.data.hdf5.Hdf5Format;
import dev.galerkin.data.hdf5.Hdf5Values;
import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.meshes.PhysicalGroup;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.operators.evaluation.MeshErrors;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.WritableGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An MMGP model as one HDF5 file, in float64 throughout (a GP predicts from its training data and
 * Cholesky factor, which single precision would spoil), readable by any HDF5 tool:
 *
 * <pre>
 * model.h5   root: galerkin_format = "mesh-model", galerkin_format_version = 1, family = "mmgp",
 *                  reference, geometry_modes, field_modes, restarts, seed, inputs = "load",
 *                  outputs = "u:node:2,von_mises:node:1,max_von_mises:scalar:1",
 *                  galerkin_version, created, training.* (split, data file …)
 *   /common          the common mesh: nodes [n, 2], triangles [m, 3], triangle_tags, edges [e, 2],
 *                    edge_tags; attribute groups ("dimension tag name" per line)
 *   /geometry        the geometry's POD: mean [2n], basis [k, 2n], energies [k]; total_energy
 *   /pod/NAME        each nodal output's POD, the same datasets
 *   /gp/NAME         each output's GP: x [N, d], y [N, p], input_mean, input_scale, output_mean,
 *                    output_scale, length_scales; signal_variance, noise_variance
 * </pre>
 */
final class MmgpFile {
  static final String KIND = dev.galerkin.operators.model.MeshModelFile.KIND;
  static final long VERSION = 1;
  private static final String PREFIX = "training.";

  private MmgpFile() {}

  static void write(MmgpModel model, Path file, boolean overwrite, Map<String, Object> provenance) {
    AtomicFiles.write(file, overwrite, tmp -> {
      try (WritableHdfFile out = HdfFile.write(tmp)) {
        out.putAttribute(Hdf5Format.FORMAT, KIND);
        out.putAttribute(Hdf5Format.FORMAT_VERSION, VERSION);
        out.putAttribute(dev.galerkin.operators.model.MeshModelFile.FAMILY, MmgpModel.FAMILY);
        MmgpConfig c = model.config;
        out.putAttribute("reference", (long) c.reference());
        out.putAttribute("geometry_modes", (long) c.geometryModes());
        out.putAttribute("field_modes", (long) c.fieldModes());
        out.putAttribute("restarts", (long) c.restarts());
        out.putAttribute("seed", c.seed());
        out.putAttribute("inputs", String.join(",", c.inputs()));
        out.putAttribute("outputs", String.join(",", model.outputs.stream()
            .map(s -> s.name() + ":" + s.location().label() + ":" + s.components()).toList()));
        out.putAttribute("galerkin_version", GalerkinVersion.get());
        out.putAttribute("created", Instant.now().toString());
        provenance.forEach((k, v) -> out.putAttribute(PREFIX + k, v));
        putMesh(out.putGroup("common"), model.common);
        putPod(out.putGroup("geometry"), model.geometry);
        WritableGroup pods = out.putGroup("pod");
        model.fieldPods.forEach((name, pod) -> putPod(pods.putGroup(name), pod));
        WritableGroup gps = out.putGroup("gp");
        model.gps.forEach((name, gp) -> putGp(gps.putGroup(name), gp.state()));
      }
    });
  }

  static MmgpModel read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new GalerkinException(file + ": no such model file; train one with `galerkin train"
          + " mmgp`");
    }
    try (HdfFile hdf = new HdfFile(file)) {
      Hdf5Format.check(file, hdf, KIND, VERSION, "give a file written by `galerkin train mmgp`");
      String family = String.valueOf(attr(file, hdf, "family"));
      if (!MmgpModel.FAMILY.equals(family)) {
        throw new GalerkinException(file + " is a " + family + " model, not an mmgp model");
      }
      String inputs = String.valueOf(attr(file, hdf, "inputs"));
      MmgpConfig config = new MmgpConfig(num(file, hdf, "reference"),
          num(file, hdf, "geometry_modes"), num(file, hdf, "field_modes"),
          num(file, hdf, "restarts"), ((Number) attr(file, hdf, "seed")).longValue(),
          inputs.isEmpty() ? List.of() : List.of(inputs.split(",")));
      List<MeshFieldSpec> outputs = new ArrayList<>();
      for (String o : String.valueOf(attr(file, hdf, "outputs")).split(",")) {
        String[] p = o.split(":");
        outputs.add(new MeshFieldSpec(p[0], FieldRole.OUTPUT, Location.fromLabel(p[1]),
            Integer.parseInt(p[2])));
      }
      TriangleMesh common = readMesh(file, (Group) hdf.getChild("common"));
      MassMatrix lumped = MassMatrix.diagonal(MeshErrors.nodeAreas(common));
      int nc = common.nodeCount();
      SnapshotPod geometry = readPod((Group) hdf.getChild("geometry"),
          MassMatrix.perComponent(lumped, nc, 2));
      Map<String, SnapshotPod> pods = new LinkedHashMap<>();
      Map<String, GaussianProcess> gps = new LinkedHashMap<>();
      for (MeshFieldSpec s : outputs) {
        if (s.location() == Location.NODE) {
          pods.put(s.name(), readPod((Group) ((Group) hdf.getChild("pod")).getChild(s.name()),
              MassMatrix.perComponent(lumped, nc, s.components())));
        }
        gps.put(s.name(), GaussianProcess.fromState(
            readGp((Group) ((Group) hdf.getChild("gp")).getChild(s.name()))));
      }
      Map<String, Object> provenance = new LinkedHashMap<>();
      Hdf5Values.attributes(hdf.getAttributes()).forEach((k, v) -> {
        if (k.startsWith(PREFIX)) {
          provenance.put(k.substring(PREFIX.length()), v);
        }
      });
      return new MmgpModel(config, common, geometry, outputs, pods, gps, provenance);
    } catch (GalerkinException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new GalerkinException(file + " is not a readable mmgp model (" + e.getMessage()
          + "); retrain it with `galerkin train mmgp`", e);
    }
  }

  private static void putMesh(WritableGroup g, TriangleMesh m) {
    g.putDataset("nodes", rows(m.coordinates(), 2));
    g.putDataset("triangles", rows(m.triangles(), 3));
    g.putDataset("triangle_tags", m.triangleTags());
    g.putDataset("edges", rows(m.edges(), 2));
    g.putDataset("edge_tags", m.edgeTags());
    StringBuilder groups = new StringBuilder();
    for (PhysicalGroup p : m.groups()) {
      groups.append(groups.length() == 0 ? "" : "\n").append(p.dimension()).append(' ')
          .append(p.tag()).append(' ').append(p.name());
    }
    g.putAttribute("groups", groups.toString());
  }

  private static TriangleMesh readMesh(Path file, Group g) {
    TriangleMesh.Builder b = TriangleMesh.builder()
        .nodes(flat((double[][]) data(g, "nodes")))
        .triangles(flat((int[][]) data(g, "triangles")))
        .triangleTags((int[]) data(g, "triangle_tags"))
        .boundaryEdges(flat((int[][]) data(g, "edges")), (int[]) data(g, "edge_tags"))
        .source(file + " /common");
    String groups = String.valueOf(g.getAttribute("groups").getData());
    if (!groups.isBlank()) {
      for (String line : groups.split("\n")) {
        String[] p = line.split(" ", 3);
        b.group(new PhysicalGroup(Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2]));
      }
    }
    return b.build();
  }

  private static void putPod(WritableGroup g, SnapshotPod pod) {
    g.putDataset("mean", pod.mean());
    g.putDataset("basis", rows(pod.basis(), pod.dofs()));
    g.putDataset("energies", pod.energies());
    g.putAttribute("total_energy", pod.totalEnergy());
  }

  private static SnapshotPod readPod(Group g, MassMatrix m) {
    return SnapshotPod.of((double[]) data(g, "mean"), flat((double[][]) data(g, "basis")),
        (double[]) data(g, "energies"),
        ((Number) g.getAttribute("total_energy").getData()).doubleValue(), m);
  }

  private static void putGp(WritableGroup g, GaussianProcessState s) {
    g.putDataset("x", rows(s.x(), s.d()));
    g.putDataset("y", rows(s.y(), s.p()));
    g.putDataset("input_mean", s.inputScaling().mean());
    g.putDataset("input_scale", s.inputScaling().scale());
    g.putDataset("output_mean", s.outputScaling().mean());
    g.putDataset("output_scale", s.outputScaling().scale());
    g.putDataset("length_scales", s.hyperparameters().lengthScales());
    g.putAttribute("signal_variance", s.hyperparameters().signalVariance());
    g.putAttribute("noise_variance", s.hyperparameters().noiseVariance());
  }

  private static GaussianProcessState readGp(Group g) {
    double[][] x = (double[][]) data(g, "x");
    double[][] y = (double[][]) data(g, "y");
    return new GaussianProcessState(x.length, x[0].length, y[0].length, flat(x), flat(y),
        new Standardisation((double[]) data(g, "input_mean"), (double[]) data(g, "input_scale")),
        new Standardisation((double[]) data(g, "output_mean"), (double[]) data(g, "output_scale")),
        new Hyperparameters(((Number) g.getAttribute("signal_variance").getData()).doubleValue(),
            (double[]) data(g, "length_scales"),
            ((Number) g.getAttribute("noise_variance").getData()).doubleValue()));
  }

  private static Object data(Group g, String name) {
    Dataset d = (Dataset) g.getChild(name);
    if (d == null) {
      throw new GalerkinException("dataset " + g.getPath() + name + " is missing");
    }
    return d.getData();
  }

  private static Object attr(Path file, HdfFile hdf, String name) {
    Attribute a = hdf.getAttribute(name);
    if (a == null) {
      throw new GalerkinException(file + " has no root attribute '" + name + "'; it is not a"
          + " complete mmgp model, retrain it");
    }
    return a.getData();
  }

  private static int num(Path file, HdfFile hdf, String name) {
    return ((Number) attr(file, hdf, name)).intValue();
  }

  private static double[][] rows(double[] flat, int width) {
    double[][] out = new double[flat.length / width][];
    for (int r = 0; r < out.length; r++) {
      out[r] = Arrays.copyOfRange(flat, r * width, (r + 1) * width);
    }
    return out;
  }

  private static int[][] rows(int[] flat, int width) {
    int[][] out = new int[flat.length / width][];
    for (int r = 0; r < out.length; r++) {
      out[r] = Arrays.copyOfRange(flat, r * width, (r + 1) * width);
    }
    return out;
  }

  private static double[] flat(double[][] rows) {
    return Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray();
  }

  private static int[] flat(int[][] rows) {
    return Arrays.stream(rows).flatMapToInt(Arrays::stream).toArray();
  }
}
