package dev.galerkin.kernel;

import dev.galerkin.GalerkinException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Installs the kernel for Jupyter: a directory {@code kernels/NAME} holding {@code kernel.json}
 * and {@code galerkin-kernel.jar}, the kernel and the few libraries it runs on (no TensorFlow, no
 * Galerkin library: a notebook adds those with {@code %jars} or {@code %maven}, as under IJava).
 *
 * <p>{@code kernel.json} runs {@code java -jar galerkin-kernel.jar {connection_file}} with this JVM's
 * {@code java}, asks Jupyter to interrupt by message ({@code interrupt_mode: message}, which the kernel
 * answers by stopping the running cell), and sets the environment the {@code galerkin} launcher sets:
 * {@code TF_ENABLE_ONEDNN_OPTS=1} (read when TensorFlow's native library loads) and
 * {@code TF_CPP_MIN_LOG_LEVEL=1} (no TensorFlow INFO start-up lines).
 */
public final class KernelSpec {
  /** The environment of the kernel process. */
  public static final Map<String, String> ENVIRONMENT = Map.of("TF_ENABLE_ONEDNN_OPTS", "1",
      "TF_CPP_MIN_LOG_LEVEL", "1");
  private static final String JAR = "galerkin-kernel.jar";

  private KernelSpec() {}

  /**
   * @param user install for this user ({@code ~/.local/share/jupyter}) rather than system-wide
   * @param prefix install under {@code PREFIX/share/jupyter} (as {@code jupyter kernelspec install
   *     --prefix}); {@code null} for none
   * @return the {@code kernels} directory Jupyter reads
   */
  public static Path kernelsDirectory(boolean user, Path prefix) {
    if (user && prefix != null) {
      throw new GalerkinException("--user and --prefix exclude each other; give one");
    }
    if (prefix != null) {
      return prefix.resolve("share/jupyter/kernels");
    }
    if (user) {
      String data = System.getenv("XDG_DATA_HOME");
      Path base = data != null && !data.isBlank() ? Path.of(data)
          : Path.of(System.getProperty("user.home"), ".local", "share");
      return base.resolve("jupyter/kernels");
    }
    return Path.of("/usr/local/share/jupyter/kernels");
  }

  /**
   * Writes the kernel spec.
   *
   * @param kernels the {@code kernels} directory ({@link #kernelsDirectory})
   * @param name the kernel's name, as notebooks name it in their metadata ({@code java} for IJava's)
   * @param displayName the name Jupyter shows
   * @return the kernel's directory
   */
  public static Path install(Path kernels, String name, String displayName) {
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new GalerkinException("--name " + name + ": a kernel name is letters, digits, '.', '_'"
          + " and '-' only");
    }
    Path dir = kernels.resolve(name);
    try {
      Files.createDirectories(dir);
      Path jar = dir.resolve(JAR);
      writeKernelJar(jar);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Files.writeString(dir.resolve("kernel.json"), kernelJson(java, jar, displayName));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the kernel spec in " + dir + ": " + e.getMessage(), e);
    }
    return dir;
  }

  /** @return {@code kernel.json} for a kernel run by {@code java} from {@code jar} */
  static String kernelJson(String java, Path jar, String displayName) {
    StringBuilder env = new StringBuilder();
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(ENVIRONMENT).entrySet()) {
      env.append(env.length() == 0 ? "" : ",\n").append("    ").append(quote(e.getKey()))
          .append(": ").append(quote(e.getValue()));
    }
    return "{\n  \"argv\": [" + quote(java) + ", \"-jar\", " + quote(jar.toAbsolutePath().toString())
        + ", \"{connection_file}\"],\n  \"display_name\": " + quote(displayName)
        + ",\n  \"language\": \"java\",\n  \"interrupt_mode\": \"message\",\n  \"env\": {\n" + env
        + "\n  }\n}\n";
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * The classes the kernel needs, with the class path entry (jar or directory) each library is in:
   * the kernel, the exception root, jupyter-jvm-basekernel, JeroMQ and its jnacl, and Gson.
   */
  private static Map<String, Class<?>> libraries() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("dev/galerkin/kernel/", KernelSpec.class);
    m.put("dev/galerkin/GalerkinException", GalerkinException.class);
    m.put("io/github/spencerpark/", io.github.spencerpark.jupyter.kernel.BaseKernel.class);
    m.put("org/zeromq/", org.zeromq.ZMQ.class);
    m.put("zmq/", org.zeromq.ZMQ.class);
    m.put("com/google/gson/", com.google.gson.Gson.class);
    try {
      m.put("com/neilalexander/jnacl/", Class.forName("com.neilalexander.jnacl.NaCl"));
    } catch (ClassNotFoundException e) {
      throw new GalerkinException("the kernel's library jnacl is missing from " + location(
          org.zeromq.ZMQ.class) + "; rebuild galerkin.jar");
    }
    return m;
  }

  private static Path location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the kernel's classes, from wherever they are on the class path, into one runnable jar. */
  static void writeKernelJar(Path target) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, KernelMain.class.getName());
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Set<String> written = new HashSet<>();
    try (OutputStream os = Files.newOutputStream(tmp);
         JarOutputStream out = new JarOutputStream(os, manifest)) {
      for (Map.Entry<String, Class<?>> lib : libraries().entrySet()) {
        Path from = location(lib.getValue());
        int before = written.size();
        if (Files.isDirectory(from)) {
          List<Path> files = new ArrayList<>();
          try (Stream<Path> s = Files.walk(from)) {
            s.filter(Files::isRegularFile).forEach(files::add);
          }
          for (Path f : files) {
            String name = from.relativize(f).toString().replace('\\', '/');
            if (name.startsWith(lib.getKey()) && written.add(name)) {
              out.putNextEntry(new JarEntry(name));
              Files.copy(f, out);
              out.closeEntry();
            }
          }
        } else {
          try (JarFile jar = new JarFile(from.toFile())) {
            for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements();) {
              JarEntry e = en.nextElement();
              if (!e.isDirectory() && e.getName().startsWith(lib.getKey()) && written.add(e.getName())) {
                out.putNextEntry(new JarEntry(e.getName()));
                try (InputStream in = jar.getInputStream(e)) {
                  in.transferTo(out);
                }
                out.closeEntry();
              }
            }
          }
        }
        if (written.size() == before && !lib.getKey().equals("zmq/")) {
          throw new GalerkinException("found no " + lib.getKey() + " classes in " + from
              + "; rebuild galerkin.jar");
        }
      }
    }
    Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
