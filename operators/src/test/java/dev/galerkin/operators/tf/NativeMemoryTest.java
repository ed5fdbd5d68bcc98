package dev.galerkin.operators.tf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NativeMemory} in a fresh JVM (in this one another test may have loaded JavaCPP first):
 * after a {@link TfGraph} has run, JavaCPP's throttle is off, and a value given with {@code -D} is
 * kept.
 */
class NativeMemoryTest {

  /** Runs one graph, then prints JavaCPP's limit. */
  public static final class Child {
    public static void main(String[] args) {
      try (TfGraph g = TfGraph.builder().threads(1).build()) {
        var x = g.placeholder("x", new long[] {2});
        g.eval(g.ops().math.mul(x, x), java.util.Map.of(x,
            dev.galerkin.data.FloatArray.wrap(dev.galerkin.data.Shape.of(2), new float[] {1, 2})));
      }
      System.out.println("MAX_PHYSICAL_BYTES " + org.bytedeco.javacpp.Pointer.maxPhysicalBytes());
    }
  }

  @Test
  void theThrottleIsOffUnlessTheUserSetIt() throws Exception {
    assertEquals(0L, childLimit(null));
    assertEquals(123456789L, childLimit("123456789"));
  }

  private static long childLimit(String property) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (property != null) {
      cmd.add("-D" + NativeMemory.MAX_PHYSICAL_BYTES + "=" + property);
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), log);
    return log.lines().filter(l -> l.startsWith("MAX_PHYSICAL_BYTES "))
        .mapToLong(l -> Long.parseLong(l.substring("MAX_PHYSICAL_BYTES ".length()))).findFirst()
        .orElseThrow(() -> new AssertionError("no limit printed: " + log));
  }
}
