package dev.galerkin.spark;

import dev.galerkin.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the galerkin command line in this JVM (with the Spark module on the class path). */
record Cli(int code, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }
}
