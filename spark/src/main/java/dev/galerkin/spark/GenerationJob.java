package dev.galerkin.spark;

import dev.galerkin.data.DType;
import dev.galerkin.data.hdf5.WriteOptions;
import dev.galerkin.solvers.generate.DatasetGenerator;
import dev.galerkin.solvers.presets.PresetCatalog;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every task of a distributed generation needs to make its shard, and nothing else: the
 * preset by name with its options as text, the dataset's size and seed, the shard size, the stored
 * type and the output directory. Each task builds the same {@link DatasetGenerator} from it, so
 * shard {@code k} holds the same data wherever it is made.
 *
 * @param preset the preset's name in {@link PresetCatalog}
 * @param options its options, name → text; the others take their defaults
 * @param samples samples of the whole dataset
 * @param seed the dataset seed
 * @param shardSize samples per shard
 * @param float64 store float64 instead of float32
 * @param output the shard directory, as a path every executor resolves the same way
 * @param overwrite replace an existing output (applied once, on the driver)
 * @param resume keep complete shards (applied once, on the driver)
 * @param threads threads per task
 * @param provenance attributes recorded in every shard but not compared on resume (the engine):
 *     String or Long values
 * @param remote for an output on a Hadoop file system: its URI, where each task uploads the shard
 *     it wrote to a local temporary directory ({@link HadoopOutput}); null when {@code output} is
 *     the directory itself
 * @param hadoop Hadoop settings for the tasks' file system client ({@code --conf spark.hadoop.*}
 *     without the prefix)
 */
public record GenerationJob(String preset, Map<String, String> options, long samples, long seed,
    int shardSize, boolean float64, String output, boolean overwrite, boolean resume, int threads,
    Map<String, Object> provenance, String remote, Map<String, String> hadoop)
    implements Serializable {

  /** Copies the maps into serializable ones. */
  public GenerationJob {
    options = new LinkedHashMap<>(options);
    provenance = new LinkedHashMap<>(provenance);
    hadoop = new LinkedHashMap<>(hadoop);
  }

  /** @return the generator of this job, writing to {@code output}; the same in every task */
  public DatasetGenerator generator() {
    return generator(Path.of(output));
  }

  /**
   * @param dir where the generator writes
   * @return the generator of this job, writing to {@code dir}
   */
  public DatasetGenerator generator(Path dir) {
    return DatasetGenerator.builder(PresetCatalog.find(preset).create(options))
        .samples(samples).seed(seed).shardSize(shardSize).threads(threads)
        .output(dir).overwrite(overwrite).resume(resume)
        .writeOptions(WriteOptions.defaults().withStoredType(float64 ? DType.FLOAT64 : DType.FLOAT32))
        .provenance(provenance).build();
  }
}
