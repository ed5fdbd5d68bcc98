package dev.galerkin.meshes.io;

import dev.galerkin.GalerkinException;
import dev.galerkin.meshes.TriangleMesh;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Meshes a Gmsh {@code .geo} geometry with the {@code gmsh} program (Gmsh 4.8.4, Debian's {@code
 * gmsh} package, is what this is tested with) and reads the resulting triangle mesh.
 *
 * <p>It runs {@code gmsh GEO -2 -format msh41 -bin -nt 1 [-clscale F] [-clmax H] -setnumber NAME
 * VALUE ... -o OUT.msh} in a fresh temporary directory (binary, because Gmsh's ASCII files round
 * coordinates to 16 significant digits), with a timeout, captures the output, and reads
 * {@code OUT.msh} with {@link GmshReader}. Parameters reach the {@code .geo} through Gmsh's ONELAB
 * mechanism: the file must declare each one as {@code DefineConstant[ a = {0.5, Name "a"} ];} (or
 * {@code DefineConstant[ a = 0.5 ];}); Gmsh 4.8.4 silently ignores {@code -setnumber} for a plain
 * assignment {@code a = 0.5;}; and an option the {@code .geo} sets itself (such as {@code
 * Mesh.MeshSizeMax}) overrides {@code -clmax}. With one thread ({@code -nt 1}) Gmsh's 2D meshers
 * are deterministic: the same file and parameters give the same mesh, byte for byte.
 *
 * <p>The executable is {@code $GALERKIN_GMSH} if set, else {@code gmsh} on the {@code PATH}.
 * {@link #PLATE_WITH_HOLE} is a template shipped as a resource ({@link #template}).
 *
 * <p>Instances are immutable; {@code with...} methods return modified copies.
 */
public final class GmshMesher {
  /**
   * The shipped template {@code plate-with-hole.geo}: the plate {@code [0, W] × [0, H]} with an
   * elliptic hole of centre {@code (cx, cy)}, semi-axes {@code a}, {@code b} and rotation {@code
   * theta} (radians), element size {@code h}; physical curves {@code left}, {@code right}, {@code
   * bottom}, {@code top}, {@code hole} and physical surface {@code plate}. It stops with an error
   * unless the hole lies inside the plate with a margin of {@code h / 4}.
   */
  public static final String PLATE_WITH_HOLE = "plate-with-hole.geo";

  /** The environment variable naming the gmsh executable. */
  public static final String ENV = "GALERKIN_GMSH";

  private final Path executable;
  private final Duration timeout;
  private final double sizeFactor;
  private final double maxSize;

  private GmshMesher(Path executable, Duration timeout, double sizeFactor, double maxSize) {
    this.executable = executable;
    this.timeout = timeout;
    this.sizeFactor = sizeFactor;
    this.maxSize = maxSize;
  }

  /**
   * @return a mesher running {@code $GALERKIN_GMSH}, else {@code gmsh} from the {@code PATH}, with
   *     a 120 s timeout
   * @throws GalerkinException saying how to install gmsh when it is not found
   */
  public static GmshMesher locate() {
    return locate(System.getenv());
  }

  /**
   * @param env the environment to look in ({@code GALERKIN_GMSH}, {@code PATH})
   * @return the mesher
   */
  static GmshMesher locate(Map<String, String> env) {
    String explicit = env.get(ENV);
    if (explicit != null && !explicit.isBlank()) {
      Path p = Path.of(explicit);
      if (!Files.isExecutable(p)) {
        throw new GalerkinException(ENV + "=" + explicit + " is not an executable file; point it"
            + " at the gmsh program, or unset it to use gmsh from the PATH");
      }
      return new GmshMesher(p, Duration.ofSeconds(120), 1, 0);
    }
    String path = env.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path p = Path.of(dir, "gmsh");
        if (Files.isExecutable(p)) {
          return new GmshMesher(p, Duration.ofSeconds(120), 1, 0);
        }
      }
    }
    throw new GalerkinException("gmsh is not installed (not on the PATH, and " + ENV + " is not"
        + " set); install it: apt-get install gmsh, or set " + ENV + " to the gmsh executable");
  }

  /** @return the gmsh executable this runs */
  public Path executable() {
    return executable;
  }

  /**
   * @param limit the longest gmsh may run before it is killed, positive
   * @return a copy with that timeout
   */
  public GmshMesher withTimeout(Duration limit) {
    if (limit == null || limit.isNegative() || limit.isZero()) {
      throw new GalerkinException("GmshMesher timeout is " + limit + "; give a positive duration");
    }
    return new GmshMesher(executable, limit, sizeFactor, maxSize);
  }

  /**
   * @param factor Gmsh's mesh size factor ({@code -clscale}), positive; 1 keeps the .geo's sizes
   * @return a copy with that factor
   */
  public GmshMesher withSizeFactor(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new GalerkinException("GmshMesher size factor is " + factor + "; give a positive"
          + " number (1 keeps the sizes the .geo sets)");
    }
    return new GmshMesher(executable, timeout, factor, maxSize);
  }

  /**
   * @param size the largest element size ({@code -clmax}), positive, or 0 for no limit
   * @return a copy with that limit
   */
  public GmshMesher withMaxSize(double size) {
    if (!(size >= 0) || Double.isInfinite(size)) {
      throw new GalerkinException("GmshMesher maximum size is " + size + "; give a positive"
          + " length, or 0 for none");
    }
    return new GmshMesher(executable, timeout, sizeFactor, size);
  }

  /**
   * Copies a template shipped with Galerkin ({@link #PLATE_WITH_HOLE}) to a directory.
   *
   * @param name the template's file name
   * @param dir the directory to copy it into, created if missing
   * @return the copied {@code .geo} file
   */
  public static Path template(String name, Path dir) {
    try (InputStream in = GmshMesher.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new GalerkinException("no Gmsh template '" + name + "'; the templates are: "
            + PLATE_WITH_HOLE);
      }
      Files.createDirectories(dir);
      Path out = dir.resolve(name);
      Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the template " + name + " to " + dir, e);
    }
  }

  /**
   * Meshes a geometry and returns the mesh.
   *
   * @param geo the {@code .geo} file
   * @param parameters values for the file's {@code DefineConstant}s, by name (sorted on the
   *     command line)
   * @param keep where to keep the {@code .msh} file gmsh wrote, or null to discard it
   * @return the triangle mesh
   * @throws GalerkinException when the {@code .geo} is missing, gmsh fails (quoting its last error
   *     line) or times out, or its output is no triangle mesh
   */
  public TriangleMesh mesh(Path geo, Map<String, Double> parameters, Path keep) {
    if (!Files.isRegularFile(geo)) {
      throw new GalerkinException(geo + ": no such .geo file; give the path of a Gmsh geometry"
          + " script");
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("galerkin-gmsh-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for gmsh", e);
    }
    try {
      Path msh = dir.resolve("mesh.msh");
      Path log = dir.resolve("gmsh.log");
      List<String> cmd = new ArrayList<>(List.of(executable.toString(),
          geo.toAbsolutePath().toString(), "-2", "-format", "msh41", "-bin", "-nt", "1"));
      if (sizeFactor != 1) {
        cmd.addAll(List.of("-clscale", number(sizeFactor)));
      }
      if (maxSize > 0) {
        cmd.addAll(List.of("-clmax", number(maxSize)));
      }
      for (Map.Entry<String, Double> p : new TreeMap<>(parameters).entrySet()) {
        if (!p.getKey().matches("[A-Za-z_][A-Za-z0-9_.]*") || p.getValue() == null
            || !Double.isFinite(p.getValue())) {
          throw new GalerkinException("gmsh parameter " + p.getKey() + " = " + p.getValue()
              + ": give an identifier and a finite number");
        }
        cmd.addAll(List.of("-setnumber", p.getKey(), number(p.getValue())));
      }
      cmd.addAll(List.of("-o", msh.toString()));
      run(cmd, dir, log, geo);
      TriangleMesh mesh = GmshReader.read(msh);
      if (keep != null) {
        AtomicFile.write(keep, out -> Files.copy(msh, out));
      }
      return mesh;
    } finally {
      deleteTree(dir);
    }
  }

  private void run(List<String> cmd, Path dir, Path log, Path geo) {
    Process p;
    try {
      p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull()))
          .start();
    } catch (IOException e) {
      throw new GalerkinException("cannot run " + executable + " (" + e.getMessage() + ");"
          + " install gmsh: apt-get install gmsh, or set " + ENV + " to the gmsh executable");
    }
    boolean done;
    try {
      done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new GalerkinException("interrupted while gmsh meshed " + geo);
    }
    if (!done) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new GalerkinException("gmsh took longer than " + timeout.toSeconds() + " s on " + geo
          + " and was stopped; coarsen the mesh (larger h) or raise the timeout");
    }
    String output = read(log);
    String error = lastError(output);
    if (p.exitValue() != 0 || error != null) {
      throw new GalerkinException("gmsh failed on " + geo + " (exit code " + p.exitValue() + "): "
          + (error != null ? error : lastLine(output)));
    }
  }

  private static File devNull() {
    return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return "";
    }
  }

  /** @return the last line starting with "Error", without the prefix, or null */
  static String lastError(String output) {
    String error = null;
    for (String l : output.split("\\R")) {
      if (l.startsWith("Error")) {
        error = l.replaceFirst("^Error\\s*:\\s*", "").strip();
      }
    }
    return error;
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\\R");
    return lines.length == 0 || lines[lines.length - 1].isBlank() ? "(no output)"
        : lines[lines.length - 1].strip();
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.17g", v);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary directory is harmless
    }
  }
}
