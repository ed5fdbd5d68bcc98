package dev.galerkin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel's cells without Jupyter: values, several snippets, errors, magics. */
class JavaKernelTest {
  private static JavaKernel kernel;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    kernel = new JavaKernel(dir);
  }

  @AfterAll
  static void stop() {
    kernel.onShutdown(false);
  }

  private static String text(DisplayData d) {
    return (String) d.getData(MIMEType.TEXT_PLAIN);
  }

  @Test
  void lastExpressionIsTheResultAndStatementsRunInOrder() {
    assertEquals("42", text(kernel.eval("int a = 40;\nint b = 2;\na + b")));
    assertNull(kernel.eval("int c = a * b;"));
    assertEquals("80", text(kernel.eval("c")));
    assertNull(kernel.eval("c;"), "a trailing semicolon hides the value");
    assertEquals("x", text(kernel.eval("void f() {}\nf();\n\"x\"")));
  }

  @Test
  void aValueIsRenderedAsAnObjectNotItsString() {
    DisplayData d = kernel.eval("var dd = new io.github.spencerpark.jupyter.kernel.display.DisplayData();"
        + "\ndd.putHTML(\"<b>hi</b>\");\ndd");
    assertEquals("<b>hi</b>", d.getData(MIMEType.TEXT_HTML));
  }

  @Test
  void exceptionsAndCompileErrorsBecomeOneLineMessages() {
    CellException run = assertThrows(CellException.class,
        () -> kernel.eval("throw new IllegalArgumentException(\"bad value 3\");"));
    assertEquals("java.lang.IllegalArgumentException: bad value 3", run.getMessage());
    CellException compile = assertThrows(CellException.class, () -> kernel.eval("int x = \"s\";"));
    assertTrue(compile.getMessage().contains("incompatible types"), compile.getMessage());
    CellException missing = assertThrows(CellException.class, () -> kernel.eval("nosuch.call()"));
    assertEquals("cannot find symbol; symbol: variable nosuch", missing.getMessage());
    assertEquals("7", text(kernel.eval("3 + 4")), "the session survives errors");
  }

  @Test
  void magicsFailWithOneLineNamingWhatIsWrong() {
    CellException unknown = assertThrows(CellException.class, () -> kernel.eval("%nosuch x"));
    assertEquals("unknown magic %nosuch; this kernel knows %jars, %classpath and %maven",
        unknown.getMessage());
    CellException jar = assertThrows(CellException.class, () -> kernel.eval("%jars missing/*.jar"));
    assertTrue(jar.getMessage().startsWith("%jars missing/*.jar: no such file"), jar.getMessage());
    CellException maven = assertThrows(CellException.class,
        () -> kernel.eval("%maven no.such:artifact:1.0"));
    assertTrue(maven.getMessage().contains("not in the local repository"), maven.getMessage());
  }

  @Test
  void jarsPutClassesOnTheClassPath() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/p"));
    Files.writeString(src.resolve("Hello.java"),
        "package p; public class Hello { public static String hi() { return \"hello\"; } }");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    int rc = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d",
        classes.toString(), src.resolve("Hello.java").toString());
    assertEquals(0, rc);
    Path jar = dir.resolve("lib/hello-1.jar");
    Files.createDirectories(jar.getParent());
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new java.util.jar.JarEntry("p/Hello.class"));
      Files.copy(classes.resolve("p/Hello.class"), out);
      out.closeEntry();
    }
    assertEquals("hello", text(kernel.eval("%jars lib/*.jar\np.Hello.hi()")));
  }

  @Test
  void mavenTakesAnArtifactAndItsDependenciesFromTheLocalRepository() {
    // commons-rng-simple 1.6 (a Galerkin dependency, so the build put it in ~/.m2) needs
    // commons-rng-core and commons-rng-client-api, declared in its POM and its parent's
    String v = text(kernel.eval("%maven org.apache.commons:commons-rng-simple:1.6\n"
        + "org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(1L).getClass()"
        + ".getSimpleName()"));
    assertEquals("XoRoShiRo128PlusPlus", v);
  }
}
