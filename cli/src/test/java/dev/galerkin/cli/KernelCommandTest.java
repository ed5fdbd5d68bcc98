package dev.galerkin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galerkin kernel install}: the kernel spec it writes, and its one-line errors. */
class KernelCommandTest {
  @TempDir Path tmp;

  @Test
  void writesAKernelSpecWithTheLaunchersEnvironmentAndASelfContainedJar() throws Exception {
    CliRunner r = CliRunner.run("kernel", "install", "--prefix", tmp.toString(), "--name", "java");
    assertEquals(0, r.code(), r.err());
    Path dir = tmp.resolve("share/jupyter/kernels/java");
    assertTrue(r.out().startsWith("installed kernel 'java' in " + dir), r.out());
    String json = Files.readString(dir.resolve("kernel.json"));
    assertTrue(json.contains("\"-jar\", \"" + dir.resolve("galerkin-kernel.jar") + "\", \"{connection_file}\""), json);
    assertTrue(json.contains("\"TF_ENABLE_ONEDNN_OPTS\": \"1\""), json);
    assertTrue(json.contains("\"TF_CPP_MIN_LOG_LEVEL\": \"1\""), json);
    assertTrue(json.contains("\"interrupt_mode\": \"message\""), json);
    try (JarFile jar = new JarFile(dir.resolve("galerkin-kernel.jar").toFile())) {
      assertEquals("dev.galerkin.kernel.KernelMain",
          jar.getManifest().getMainAttributes().getValue("Main-Class"));
      for (String c : new String[] {"dev/galerkin/kernel/JavaKernel.class",
          "io/github/spencerpark/jupyter/kernel/BaseKernel.class", "org/zeromq/ZMQ.class",
          "com/google/gson/Gson.class", "dev/galerkin/GalerkinException.class"}) {
        assertTrue(jar.getEntry(c) != null, "galerkin-kernel.jar lacks " + c);
      }
      assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("org/tensorflow/")),
          "no TensorFlow in the kernel");
    }
  }

  @Test
  void badOptionsGetOneLine() {
    CliRunner both = CliRunner.run("kernel", "install", "--user", "--prefix", tmp.toString());
    assertEquals(Main.USER_ERROR, both.code());
    assertEquals("galerkin kernel install: --user and --prefix exclude each other; give one\n",
        both.err());
    CliRunner name = CliRunner.run("kernel", "install", "--prefix", tmp.toString(), "--name", "a b");
    assertEquals(Main.USER_ERROR, name.code());
    assertTrue(name.err().contains("--name a b: a kernel name is letters"), name.err());
  }
}
