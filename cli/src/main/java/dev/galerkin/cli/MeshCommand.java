package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.MeshQuality;
import dev.galerkin.meshes.TriangleMesh;
import dev.galerkin.meshes.io.Encoding;
import dev.galerkin.meshes.io.GmshMesher;
import dev.galerkin.meshes.io.GmshWriter;
import dev.galerkin.meshes.io.VtuWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code galerkin mesh GEO|--template NAME}: meshes a Gmsh geometry with Debian's {@code gmsh}
 * ({@link GmshMesher}), its {@code DefineConstant}s set with {@code --set NAME=VALUE}, and writes
 * the triangle mesh as Gmsh {@code .msh} 4.1 (what {@code galerkin predict} reads) or VTK
 * {@code .vtu} (what ParaView opens), by the extension of {@code --out}.
 */
@Command(name = "mesh", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Mesh a Gmsh .geo file (or a template shipped with Galerkin) with gmsh, and write"
        + " the triangle mesh as .msh 4.1 or .vtu.")
final class MeshCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "GEO", description = "A Gmsh geometry script.")
  Path geo;

  @Option(names = "--template", description = "A geometry shipped with Galerkin instead of GEO:"
      + " plate-with-hole (parameters W, H, cx, cy, a, b, theta, h).")
  String template;

  @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Set a DefineConstant of the"
      + " geometry; repeat for several.")
  List<String> set = List.of();

  @Option(names = "--out", required = true, description = "The mesh to write: .msh (Gmsh 4.1"
      + " binary) or .vtu (VTK, for ParaView).")
  Path out;

  @Option(names = "--overwrite", description = "Replace --out if it exists.")
  boolean overwrite;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    if ((geo == null) == (template == null)) {
      throw new GalerkinException("give a .geo file or --template plate-with-hole (one of them)");
    }
    if (Files.exists(out) && !overwrite) {
      throw new GalerkinException(out + " exists; pass --overwrite to replace it");
    }
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".msh") && !name.endsWith(".vtu")) {
      throw new GalerkinException("--out " + out + ": give a .msh or a .vtu file name");
    }
    Path script = geo;
    Path scratch = null;
    if (template != null) {
      if (!template.equals("plate-with-hole")) {
        throw new GalerkinException("--template " + template + " is not shipped; the templates"
            + " are: plate-with-hole");
      }
      scratch = Files.createTempDirectory("galerkin-mesh-");
      script = GmshMesher.template(GmshMesher.PLATE_WITH_HOLE, scratch);
    }
    try {
      TriangleMesh mesh = GmshMesher.locate().mesh(script, parameters(set), null);
      Path dir = out.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      if (name.endsWith(".msh")) {
        GmshWriter.write(out, mesh, Encoding.BINARY);
      } else {
        VtuWriter.write(out, mesh, Map.of(), Map.of(), Encoding.BINARY);
      }
      MeshQuality.Summary q = MeshQuality.summary(mesh);
      console.printf(Locale.ROOT, "wrote %s: %d nodes, %d triangles, %d boundary edges, smallest"
          + " angle %.1f degrees, area %.6g%n", out, mesh.nodeCount(), mesh.triangleCount(),
          mesh.edgeCount(), q.minimumAngle().min(), mesh.area());
      return 0;
    } finally {
      if (scratch != null) {
        try (var files = Files.list(scratch)) {
          for (Path p : files.toList()) {
            Files.deleteIfExists(p);
          }
        }
        Files.deleteIfExists(scratch);
      }
    }
  }

  /**
   * @param pairs {@code NAME=VALUE} texts
   * @return the values by name, in order
   */
  static Map<String, Double> parameters(List<String> pairs) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new GalerkinException("--set " + pair + " is not NAME=VALUE");
      }
      try {
        out.put(pair.substring(0, eq).strip(), Double.parseDouble(pair.substring(eq + 1).strip()));
      } catch (NumberFormatException e) {
        throw new GalerkinException("--set " + pair + ": '" + pair.substring(eq + 1)
            + "' is not a number");
      }
    }
    return out;
  }
}
