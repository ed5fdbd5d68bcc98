package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.mesh.MeshFieldSpec;
import dev.galerkin.data.mesh.MeshFieldSpec.Location;
import dev.galerkin.data.plot.Figure;
import dev.galerkin.data.plot.Heatmap;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.meshes.io.Encoding;
import dev.galerkin.meshes.io.GmshReader;
import dev.galerkin.meshes.io.VtuWriter;
import dev.galerkin.operators.MeshModel;
import dev.galerkin.operators.MeshPrediction;
import dev.galerkin.operators.model.MeshModelFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin predict}: a mesh model's prediction on a new design — a Gmsh mesh the model has
 * never seen — with its uncertainty: a {@code .vtu} with the predicted mean and standard deviation
 * of every nodal output (for ParaView), the scalar outputs with their 95% intervals on the
 * terminal, and optionally a PNG of mean and deviation.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Predict on a new shape's mesh with a mesh model (mmgp), with the uncertainty of"
        + " every output.")
final class PredictCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, description = "A model written by galerkin train"
      + " mmgp.")
  Path model;

  @Option(names = "--mesh", required = true, description = "The shape, as a Gmsh .msh 4.1 file"
      + " (galerkin mesh writes one), meshed from the same .geo as the training shapes.")
  Path mesh;

  @Option(names = "--input", paramLabel = "NAME=VALUE", description = "A scalar input the model"
      + " needs (galerkin info MODEL lists them); repeat for several.")
  List<String> inputs = List.of();

  @Option(names = "--out", required = true, description = "The .vtu file to write: mean and"
      + " standard deviation of each nodal output.")
  Path out;

  @Option(names = "--picture", description = "Also draw the nodal outputs' mean and deviation"
      + " into this PNG.")
  Path picture;

  @Option(names = "--overwrite", description = "Replace --out if it exists.")
  boolean overwrite;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    if (!MeshModelFile.isMeshModel(model)) {
      throw new GalerkinException(model + " is not a mesh model; predict takes models written by"
          + " `galerkin train mmgp` (grid models are evaluated with `galerkin evaluate`)");
    }
    if (Files.exists(out) && !overwrite) {
      throw new GalerkinException(out + " exists; pass --overwrite to replace it");
    }
    MeshModel m = MeshModelFile.read(model);
    TriangleMesh shape = GmshReader.read(mesh);
    Map<String, Double> given = MeshCommand.parameters(inputs);
    for (String name : given.keySet()) {
      if (!m.inputs().contains(name)) {
        throw new GalerkinException("--input " + name + ": the model takes " + m.inputs());
      }
    }
    for (String name : m.inputs()) {
      if (!given.containsKey(name)) {
        throw new GalerkinException("the model needs --input " + name + "=VALUE (it takes "
            + m.inputs() + ")");
      }
    }
    MeshPrediction p = m.predict(shape, given);
    Map<String, double[]> fields = new LinkedHashMap<>();
    List<Heatmap> panels = new ArrayList<>();
    console.printf(Locale.ROOT, "%s on %s (%d nodes):%n", m.family(), mesh, shape.nodeCount());
    for (MeshFieldSpec s : m.outputs()) {
      double[] mean = p.mean().get(s.name());
      double[] sd = p.deviation().get(s.name());
      if (s.location() == Location.NODE) {
        fields.put(s.name(), mean);
        fields.put(s.name() + "_std", sd);
        if (s.components() == 1) {
          panels.add(Heatmap.onMesh(shape, mean, 240).title(s.name() + ", predicted mean"));
          panels.add(Heatmap.onMesh(shape, sd, 240).title(s.name() + ", predictive std"));
        }
        console.printf(Locale.ROOT, "  %-16s nodal, %d components, largest std %.4g%n", s.name(),
            s.components(), java.util.Arrays.stream(sd).max().orElse(0));
      } else {
        console.printf(Locale.ROOT, "  %-16s %.6g ± %.3g (95%%: %.6g to %.6g)%n", s.name(),
            mean[0], sd[0], mean[0] - 1.96 * sd[0], mean[0] + 1.96 * sd[0]);
      }
    }
    Path dir = out.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    VtuWriter.write(out, shape, fields, Map.of(), Encoding.BINARY);
    console.println("wrote " + out + " (open it in ParaView)");
    if (picture != null && !panels.isEmpty()) {
      Figure.grid(2, panels.toArray(Heatmap[]::new))
          .title(m.family() + " prediction on " + mesh.getFileName()).write(picture);
      console.println("wrote " + picture);
    }
    return 0;
  }
}
