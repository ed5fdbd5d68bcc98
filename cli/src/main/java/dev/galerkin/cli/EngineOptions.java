package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.cli.engine.DistributedEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --engine}, {@code --master} and {@code --conf} of {@code generate} and {@code evaluate}:
 * run on this machine (the default) or through a {@link DistributedEngine} such as Spark.
 */
final class EngineOptions {
  @Option(names = "--engine", defaultValue = "local", paramLabel = "NAME",
      description = "local (this machine, the default) or spark (one task per shard; in-process"
          + " local[*] unless --master).")
  String engine;

  @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: local[*],"
      + " local[N], local[N,F] (F tries per task), spark://HOST:PORT or yarn (default: local[*],"
      + " in this process).")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "With --engine spark: a Spark"
      + " setting, repeatable (for example --conf spark.executor.memory=4g).")
  Map<String, String> conf = new LinkedHashMap<>();

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec mixee;

  /** @return whether a distributed engine was asked for; checks the flags agree */
  boolean distributed() {
    if (engine.equals("local")) {
      if (master != null || !conf.isEmpty()) {
        throw new GalerkinException((master != null ? "--master" : "--conf") + " needs"
            + " --engine spark; add it, or drop " + (master != null ? "--master" : "--conf"));
      }
      return false;
    }
    if (!engine.equals("spark")) {
      throw new GalerkinException("--engine " + engine + " is not known; use local or spark");
    }
    return true;
  }

  /** @return the engine's name */
  String name() {
    return engine;
  }

  /** @return the engine, found on the class path */
  DistributedEngine engine() {
    return DistributedEngine.find(engine);
  }

  /** @return the master URL given, or null */
  String master() {
    return master;
  }

  /** @return the {@code --conf} settings */
  Map<String, String> conf() {
    return conf;
  }

  /** @return whether {@code --verbose} was given */
  boolean verbose() {
    Object root = mixee == null ? null : mixee.root().userObject();
    return root instanceof Main m && m.verbose;
  }

  /** @return for example {@code spark (local[*])} */
  String describe() {
    return engine + " (" + (master == null ? "local[*]" : master) + ")";
  }
}
