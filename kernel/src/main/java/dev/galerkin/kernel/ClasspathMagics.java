package dev.galerkin.kernel;

import io.github.spencerpark.jupyter.kernel.util.GlobFinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The line magics that put libraries on the class path, spelled as IJava spells them:
 * <ul>
 *   <li>{@code %jars GLOB...}: jar files, by path or glob ({@code ../cli/target/*.jar}), relative to
 *       the notebook's directory;
 *   <li>{@code %classpath PATH...}: jars or class directories, globs too;
 *   <li>{@code %maven GROUP:ARTIFACT:VERSION...}: an artifact and its compile and runtime
 *       dependencies from the local Maven repository ({@link LocalMavenRepository}); nothing is
 *       downloaded.
 * </ul>
 * Each fails with one line naming the path or artifact that is missing; an unknown magic names the
 * known ones.
 */
final class ClasspathMagics {
  private final Consumer<String> addToClasspath;
  private final Path workingDirectory;
  private final LocalMavenRepository maven;

  /**
   * @param addToClasspath adds one path to the session's class path (JShell's
   *     {@code addToClasspath})
   * @param workingDirectory where relative paths start
   * @param repository the local Maven repository, for example {@code ~/.m2/repository}
   */
  ClasspathMagics(Consumer<String> addToClasspath, Path workingDirectory, Path repository) {
    this.addToClasspath = addToClasspath;
    this.workingDirectory = workingDirectory;
    this.maven = new LocalMavenRepository(repository);
  }

  /** @return the local repository: {@code -Dmaven.repo.local} if set, else {@code ~/.m2/repository} */
  static Path localRepository() {
    String p = System.getProperty("maven.repo.local");
    return p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  /**
   * Runs the magic {@code name} with its arguments.
   *
   * @return the paths added to the class path
   */
  List<Path> apply(String name, List<String> args) {
    return switch (name) {
      case "jars" -> addAll(name, args, true);
      case "classpath" -> addAll(name, args, false);
      case "maven" -> addMaven(args);
      default -> throw new CellException("unknown magic %" + name
          + "; this kernel knows %jars, %classpath and %maven",
          List.of("unknown magic %" + name + "; this kernel knows %jars, %classpath and %maven"));
    };
  }

  private List<Path> addAll(String magic, List<String> globs, boolean jarsOnly) {
    if (globs.isEmpty()) {
      throw fail("%" + magic + " needs at least one path or glob, for example %" + magic
          + " ../cli/target/galerkin.jar");
    }
    List<Path> added = new ArrayList<>();
    for (String glob : globs) {
      String resolved = Path.of(glob).isAbsolute() ? glob
          : workingDirectory.resolve(glob).toString();
      List<Path> matches = new ArrayList<>();
      try {
        Iterable<Path> found = jarsOnly ? new GlobFinder(resolved).computeMatchingFiles()
            : new GlobFinder(resolved).computeMatchingPaths();
        found.forEach(matches::add);
      } catch (java.nio.file.NoSuchFileException e) {
        matches.clear();
      } catch (IOException e) {
        throw new UncheckedIOException("%" + magic + " " + glob + ": " + e.getMessage(), e);
      }
      if (matches.isEmpty()) {
        throw fail("%" + magic + " " + glob + ": no such file (looked for " + resolved + ")");
      }
      for (Path p : matches) {
        if (jarsOnly && !p.getFileName().toString().endsWith(".jar")) {
          continue;
        }
        addToClasspath.accept(p.toAbsolutePath().normalize().toString());
        added.add(p);
      }
      if (added.isEmpty()) {
        throw fail("%" + magic + " " + glob + ": matches no .jar file");
      }
    }
    return added;
  }

  private List<Path> addMaven(List<String> coordinates) {
    if (coordinates.isEmpty()) {
      throw fail("%maven needs GROUP:ARTIFACT:VERSION, for example %maven"
          + " org.apache.commons:commons-math3:3.6.1");
    }
    List<Path> added = new ArrayList<>();
    for (String c : coordinates) {
      for (Path jar : maven.resolve(c)) {
        if (!Files.isRegularFile(jar)) {
          throw fail("%maven " + c + ": " + jar + " is not in the local repository");
        }
        addToClasspath.accept(jar.toString());
        added.add(jar);
      }
    }
    return added;
  }

  static CellException fail(String message) {
    return new CellException(message, List.of(message));
  }
}
