package dev.galerkin.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/** Our one list of JVM flags covers every module flag Spark's own launcher would add. */
class JvmOptionsTest {
  @Test
  void ourFlagsCoverSparksModuleOptions() {
    List<String> ours = JvmOptions.list();
    for (String flag : JavaModuleOptions.defaultModuleOptionArray()) {
      if (flag.startsWith("--add-opens") || flag.startsWith("--add-exports")) {
        assertTrue(ours.contains(flag), "spark.jvmOptions in spark/pom.xml lacks " + flag);
      }
    }
    JvmOptions.requireOpened(); // the tests run with them, as ./galerkin runs the JVM
  }
}
