package dev.galerkin.solvers.generate;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.DType;
import dev.galerkin.data.Dataset;
import dev.galerkin.data.DoubleArray;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.hdf5.DatasetWriter;
import dev.galerkin.data.hdf5.ShardedDatasetWriter;
import dev.galerkin.data.hdf5.WriteOptions;
import dev.galerkin.solvers.SolverException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link DatasetRecipe} into a dataset file or shard directory, on all cores.
 *
 * <p>Sample {@code i} is made from {@link SampleRandom#forSample(long, long) (seed, i)} alone, so the
 * data are the same bit for bit whatever the number of threads. With a shard size the output is a
 * directory of shards ({@link ShardedDatasetWriter}); each shard is written atomically when its
 * samples are done, and a run with {@code resume} keeps the shards already complete. A run stopped
 * at any point (an exception, Ctrl-C) leaves every finished shard and no partial file under a real
 * name.
 *
 * <pre>{@code
 * GenerationReport r = DatasetGenerator.builder(DarcyPreset.fno())
 *     .samples(1024).seed(0).threads(2).shardSize(128).output(Path.of("darcy")).build().run();
 *
 * Dataset small = DatasetGenerator.builder(DarcyPreset.fno()).samples(64).seed(0).build()
 *     .inMemory();   // the same samples and attributes, bit for bit, without a file
 * }</pre>
 *
 * <p>{@link #inMemory()} makes the same dataset {@link #run()} would write to one file (same fields,
 * same stored type, same provenance attributes), for benchmarks, tests and notebooks.
 */
public final class DatasetGenerator {
  private final DatasetRecipe recipe;
  private final long samples;
  private final long seed;
  private final int threads;
  private final int shardSize;
  private final Path output;
  private final boolean overwrite;
  private final boolean resume;
  private final WriteOptions writeOptions;
  private final ProgressListener progress;
  private final Map<String, Object> provenance;

  private DatasetGenerator(Builder b) {
    this.recipe = b.recipe;
    this.samples = b.samples;
    this.seed = b.seed;
    this.threads = b.threads;
    this.shardSize = b.shardSize;
    this.output = b.output;
    this.overwrite = b.overwrite;
    this.resume = b.resume;
    this.writeOptions = b.writeOptions;
    this.progress = b.progress;
    this.provenance = Map.copyOf(b.provenance);
  }

  /** @return a builder for generating {@code recipe} */
  public static Builder builder(DatasetRecipe recipe) {
    return new Builder(recipe);
  }

  /**
   * Generates and writes the dataset.
   *
   * @return what was done
   */
  public GenerationReport run() {
    if (output == null) {
      throw new GalerkinException("--out is required: the .h5 file or shard directory to write");
    }
    long t0 = System.nanoTime();
    Path parent = output.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new GalerkinException("--out " + output + ": directory " + parent
          + " does not exist; create it first");
    }
    Map<String, Object> attributes = GenerationAttributes.of(recipe, seed, samples, shardSize);
    long resumed;
    try {
      resumed = shardSize == 0 ? runSingle(attributes) : runSharded(attributes);
    } finally {
      progress.finished();
    }
    return new GenerationReport(output, samples, samples - resumed, resumed,
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Generates the dataset in memory, on {@code threads} threads; nothing is written, and the output,
   * overwrite, resume and shard settings are ignored.
   *
   * @return the dataset {@link #run()} would write to one file: per-sample fields {@code [N, ...]}
   *     in the stored type of the write options (float32 by default), the recipe's coordinates, and
   *     the provenance attributes (preset, seed, samples, the recipe's, the boundary)
   */
  public Dataset inMemory() {
    Map<String, Object> attributes = GenerationAttributes.of(recipe, seed, samples, 0);
    try {
      progress.started(samples, 0);
      return makeBlock(0, samples, attributes);
    } finally {
      progress.finished();
    }
  }

  private long runSingle(Map<String, Object> attributes) {
    if (Files.exists(output)) {
      if (resume) {
        GenerationAttributes.checkComplete(output, attributes, samples);
        progress.started(samples, samples);
        return samples;
      }
      if (!overwrite) {
        throw new GalerkinException("--out " + output + " already exists; add --overwrite to replace"
            + " it or --resume to keep it");
      }
    }
    progress.started(samples, 0);
    Dataset ds = makeBlock(0, samples, written(attributes));
    progress.status("writing " + output.getFileName());
    DatasetWriter.write(ds, output, writeOptions.withOverwrite(true));
    return 0;
  }

  private long runSharded(Map<String, Object> attributes) {
    ShardPlan plan = planShards();
    progress.started(samples, plan.resumedSamples());
    ShardedDatasetWriter writer = ShardedDatasetWriter.open(output, writeOptions.withOverwrite(true));
    for (int k : plan.todo()) {
      long lo = (long) k * shardSize;
      Dataset shard = makeBlock(lo, Math.min(samples, lo + shardSize), written(attributes));
      progress.status("writing " + writer.shardPath(k).getFileName());
      writer.writeShard(k, shard);
    }
    finishShards();
    return plan.resumedSamples();
  }

  /**
   * The first step of a sharded run whose shards are made elsewhere (one task per shard, for
   * example on Spark; {@link #run()} does the three steps itself): applies overwrite and resume to
   * what the output directory holds (refusing, in one line, shards of another request) and lists
   * the shards still to make. Then {@link #writeShard(int)} for each of them, anywhere that sees
   * the output directory, and {@link #finishShards()} on the driver, which writes the index last.
   *
   * @return the shards to make and the samples kept from complete ones
   */
  public ShardPlan planShards() {
    requireSharded();
    int count = shardCount();
    ShardDirectory dir = new ShardDirectory(output, attributes(), samples);
    dir.prepare(overwrite, resume);
    ShardedDatasetWriter writer = ShardedDatasetWriter.open(output, writeOptions.withOverwrite(true));
    List<Integer> todo = new ArrayList<>();
    long done = 0;
    for (int k = 0; k < count; k++) {
      long n = shardSamples(k);
      if (resume && dir.isCompleteShard(writer.shardPath(k), n)) {
        done += n;
      } else {
        todo.add(k);
      }
    }
    return new ShardPlan(count, List.copyOf(todo), done);
  }

  /**
   * Makes the samples of shard {@code k} from {@code (seed, i)} alone on {@code threads} threads and
   * writes the shard atomically (a temporary file, then a rename), replacing any earlier one: the
   * same bytes of data wherever and however often it runs.
   *
   * @param k the shard, {@code 0 <= k < shardCount}
   */
  public void writeShard(int k) {
    requireSharded();
    if (k < 0 || k >= shardCount()) {
      throw new GalerkinException("shard " + k + " is out of range: the run has " + shardCount()
          + " shards");
    }
    long lo = (long) k * shardSize;
    Dataset shard = makeBlock(lo, lo + shardSamples(k), written(attributes()));
    ShardedDatasetWriter.open(output, writeOptions.withOverwrite(true)).writeShard(k, shard);
  }

  /**
   * The last step of a sharded run: checks that every shard is there, deletes shards numbered
   * beyond this run's (left by an earlier, larger run) and writes the index, after which the
   * directory opens as a dataset.
   */
  public void finishShards() {
    requireSharded();
    int count = shardCount();
    new ShardDirectory(output, attributes(), samples).removeShardsFrom(count);
    ShardedDatasetWriter.open(output, writeOptions.withOverwrite(true)).finish(count);
  }

  /** @return the number of shards of this run ({@code ceil(samples / shardSize)}) */
  public int shardCount() {
    requireSharded();
    return Math.toIntExact((samples + shardSize - 1) / shardSize);
  }

  /** @return samples in shard {@code k} (the last one may hold fewer) */
  public long shardSamples(int k) {
    long lo = (long) k * shardSize;
    return Math.min(samples, lo + shardSize) - lo;
  }

  private void requireSharded() {
    if (shardSize == 0 || output == null) {
      throw new GalerkinException("a sharded run needs --shard-size >= 1 and --out DIR");
    }
  }

  private Map<String, Object> attributes() {
    return GenerationAttributes.of(recipe, seed, samples, shardSize);
  }

  /** The attributes written: those a resumed run compares, then the provenance extras. */
  private Map<String, Object> written(Map<String, Object> compared) {
    if (provenance.isEmpty()) {
      return compared;
    }
    Map<String, Object> all = new java.util.LinkedHashMap<>(compared);
    provenance.forEach(all::putIfAbsent);
    return all;
  }

  /** Makes samples {@code [lo, hi)} on {@code threads} threads. */
  private Dataset makeBlock(long lo, long hi, Map<String, Object> attributes) {
    List<FieldSpec> fields = recipe.fields();
    int n = Math.toIntExact(hi - lo);
    boolean f32 = writeOptions.storedType() == DType.FLOAT32;
    Object[] block = new Object[fields.size()];
    for (int f = 0; f < fields.size(); f++) {
      int size = Math.multiplyExact(n, fields.get(f).sampleSize());
      block[f] = fields.get(f).integer() ? new int[size] : f32 ? new float[size] : new double[size];
    }
    SampleWorkers.run(lo, hi, threads, () -> {
      SampleMaker maker = recipe.newMaker();
      double[][] buf = new double[fields.size()][];
      for (int f = 0; f < buf.length; f++) {
        buf[f] = new double[fields.get(f).sampleSize()];
      }
      return i -> {
        makeOne(maker, i, buf);
        int at = (int) (i - lo);
        for (int f = 0; f < buf.length; f++) {
          int size = buf[f].length;
          if (block[f] instanceof int[] dst) {
            for (int j = 0; j < size; j++) {
              dst[at * size + j] = integer(buf[f][j], fields.get(f).name(), i);
            }
          } else if (f32) {
            float[] dst = (float[]) block[f];
            for (int j = 0; j < size; j++) {
              dst[at * size + j] = (float) buf[f][j];
            }
          } else {
            System.arraycopy(buf[f], 0, block[f], at * size, size);
          }
        }
        progress.sampleDone();
      };
    });
    Dataset.Builder b = Dataset.builder();
    for (int f = 0; f < fields.size(); f++) {
      FieldSpec spec = fields.get(f);
      NdArray values = spec.integer()
          ? dev.galerkin.data.IntArray.wrap(spec.sampleShape().prepend(n), (int[]) block[f])
          : f32 ? FloatArray.wrap(spec.sampleShape().prepend(n), (float[]) block[f])
          : DoubleArray.wrap(spec.sampleShape().prepend(n), (double[]) block[f]);
      b.field(new dev.galerkin.data.Field(spec.name(), spec.role(), values));
    }
    recipe.coordinates().forEach(b::coordinate);
    return b.attributes(attributes).build();
  }

  private static int integer(double v, String field, long sample) {
    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
      throw new GalerkinException("sample " + sample + ": integer field '" + field + "' got " + v
          + ", which is not a 32-bit integer");
    }
    return (int) v;
  }

  private void makeOne(SampleMaker maker, long i, double[][] buf) {
    try {
      maker.make(SampleRandom.forSample(seed, i), i, buf);
    } catch (SolverException e) {
      throw new SolverException("sample " + i + " (seed " + seed + "): " + e.getMessage());
    } catch (GalerkinException e) {
      throw new GalerkinException("sample " + i + " (seed " + seed + "): " + e.getMessage(), e);
    }
    for (int f = 0; f < buf.length; f++) {
      for (int j = 0; j < buf[f].length; j++) {
        if (!Double.isFinite(buf[f][j])) {
          throw new SolverException("sample " + i + " (seed " + seed + "): field '"
              + recipe.fields().get(f).name() + "' value " + j + " is " + buf[f][j]
              + " after the solve; the " + recipe.name() + " solver produced a non-finite field");
        }
      }
    }
  }


  /** Collects and validates the settings of a run. */
  public static final class Builder {
    private final DatasetRecipe recipe;
    private long samples = -1;
    private long seed;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int shardSize;
    private Path output;
    private boolean overwrite;
    private boolean resume;
    private WriteOptions writeOptions = WriteOptions.defaults();
    private ProgressListener progress = ProgressListener.NONE;
    private final Map<String, Object> provenance = new java.util.LinkedHashMap<>();

    private Builder(DatasetRecipe recipe) {
      if (recipe == null) {
        throw new GalerkinException("dataset generator: recipe must not be null");
      }
      this.recipe = recipe;
    }

    /** @param n samples to make, {@code >= 1} */
    public Builder samples(long n) {
      this.samples = n;
      return this;
    }

    /** @param s the dataset seed; sample {@code i} comes from {@code (s, i)} */
    public Builder seed(long s) {
      this.seed = s;
      return this;
    }

    /** @param n worker threads, {@code >= 1} (default: the number of cores) */
    public Builder threads(int n) {
      this.threads = n;
      return this;
    }

    /** @param k samples per shard; 0 (the default) writes one file */
    public Builder shardSize(int k) {
      this.shardSize = k;
      return this;
    }

    /**
     * @param path the {@code .h5} file, or the shard directory when sharding; required by
     *     {@link #run()}, not used by {@link #inMemory()}
     */
    public Builder output(Path path) {
      this.output = path;
      return this;
    }

    /** @param value whether an existing output may be replaced */
    public Builder overwrite(boolean value) {
      this.overwrite = value;
      return this;
    }

    /** @param value whether complete shards (or a complete file) already on disk are kept */
    public Builder resume(boolean value) {
      this.resume = value;
      return this;
    }

    /** @param options how the data are stored (float32, chunked, deflate by default) */
    public Builder writeOptions(WriteOptions options) {
      this.writeOptions = options;
      return this;
    }

    /** @param listener hears progress; the command line shows a progress bar */
    public Builder progress(ProgressListener listener) {
      this.progress = listener == null ? ProgressListener.NONE : listener;
      return this;
    }

    /**
     * Extra provenance written into the file or every shard (for example the engine that made it:
     * {@code engine}, {@code engine_master}); unlike the request's own attributes (preset,
     * parameters, seed, samples, shard size) it is not compared when a run resumes, so shards made
     * on one engine can be completed on another.
     *
     * @param attributes name → value (String, Long, Double or their arrays)
     */
    public Builder provenance(Map<String, Object> attributes) {
      this.provenance.putAll(attributes);
      return this;
    }

    /** @return the generator; throws naming the first invalid setting */
    public DatasetGenerator build() {
      if (samples < 1) {
        throw new GalerkinException("--samples = " + samples + " is out of range; it must be at least 1");
      }
      if (threads < 1) {
        throw new GalerkinException("--threads = " + threads + " is out of range; it must be at least 1");
      }
      if (shardSize < 0) {
        throw new GalerkinException("--shard-size = " + shardSize + " is out of range; it must be 0"
            + " (one file) or at least 1");
      }
      if (overwrite && resume) {
        throw new GalerkinException("--overwrite and --resume contradict each other; give one");
      }
      return new DatasetGenerator(this);
    }
  }
}
