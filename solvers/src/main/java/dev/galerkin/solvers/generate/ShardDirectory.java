package dev.galerkin.solvers.generate;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.hdf5.DatasetFile;
import dev.galerkin.data.hdf5.Hdf5Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a shard directory already holds, and the decisions of overwrite and resume about it. */
final class ShardDirectory {
  private static final Pattern SHARD = Pattern.compile("shard-(\\d{5})\\.h5");
  private final Path dir;
  private final Map<String, Object> attributes;
  private final long samples;

  ShardDirectory(Path dir, Map<String, Object> attributes, long samples) {
    this.dir = dir;
    this.attributes = attributes;
    this.samples = samples;
  }

  /** Refuses to touch existing data unless asked; with overwrite, removes the old index and shards. */
  void prepare(boolean overwrite, boolean resume) {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new GalerkinException("--out " + dir + " is a file, but --shard-size writes a directory;"
          + " choose another --out");
    }
    Path index = dir.resolve(Hdf5Format.INDEX_FILE);
    List<Path> shards = shards();
    if (overwrite) {
      delete(index);
      shards.forEach(ShardDirectory::delete);
      return;
    }
    if (resume) {
      // Each shard is checked against the request as the run meets it; the index is written
      // again at the end, so a complete dataset whose shard was deleted is resumed too.
      return;
    }
    if (Files.exists(index)) {
      throw new GalerkinException("--out " + dir + " already holds a complete dataset; add --overwrite"
          + " to replace it or --resume to keep it");
    }
    if (!shards.isEmpty()) {
      throw new GalerkinException("--out " + dir + " holds " + shards.size() + " shards of an"
          + " unfinished run; add --resume to continue it or --overwrite to start over");
    }
  }

  /** @return whether {@code shard} is complete, holds {@code n} samples, and matches this request */
  boolean isCompleteShard(Path shard, long n) {
    if (!Files.exists(shard)) {
      return false;
    }
    DatasetFile opened;
    try {
      opened = DatasetFile.open(shard);
    } catch (GalerkinException e) {
      return false; // damaged or foreign: it is made again
    }
    try (DatasetFile f = opened) {
      GenerationAttributes.checkSame(shard, attributes, f.attributes());
      return f.sampleCount() == n;
    }
  }

  /** Deletes shard files numbered {@code count} and above (left by an earlier, larger run). */
  void removeShardsFrom(int count) {
    for (Path p : shards()) {
      Matcher m = SHARD.matcher(p.getFileName().toString());
      if (m.matches() && Integer.parseInt(m.group(1)) >= count) {
        delete(p);
      }
    }
  }

  private List<Path> shards() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> SHARD.matcher(p.getFileName().toString()).matches()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + p + ": " + e.getMessage(), e);
    }
  }
}
