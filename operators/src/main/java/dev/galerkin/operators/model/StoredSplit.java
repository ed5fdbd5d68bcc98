package dev.galerkin.operators.model;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.batch.Split;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The train/validation/test split a model was trained with, as its model file stores it: how it
 * was made (kind, seed, fractions) and the sample indices themselves. So a model trained from the
 * Java API evaluates on the same held-out samples as one trained from the command line, and a
 * model file of layout version 1 (fractions and seed only) still finds its test split.
 *
 * @param kind how the split was made
 * @param seed the shuffling seed of a {@link Kind#RANDOM} split
 * @param trainFraction share of training samples of a random split, {@code NaN} otherwise
 * @param validationFraction share of validation samples of a random split, {@code NaN} otherwise
 * @param samples the dataset's sample count when the split was made, 0 when unknown
 * @param split the indices, or {@code null} when only the recipe is known (version-1 files)
 */
public record StoredSplit(Kind kind, long seed, double trainFraction, double validationFraction,
    long samples, Split split) {
  private static final String PREFIX = "split_";

  /** How a split was made. */
  public enum Kind {
    /** {@link Split#random} from fractions and a seed (the command line's split). */
    RANDOM,
    /** Given indices (for example {@link Split#contiguous}), stored as they are. */
    INDICES
  }

  /** Validates the record. */
  public StoredSplit {
    if (kind == null) {
      throw new GalerkinException("stored split: kind must not be null");
    }
    if (split == null && kind != Kind.RANDOM) {
      throw new GalerkinException("stored split: an index split needs its indices");
    }
  }

  /** @return a random split made by {@link Split#random} with its recipe and indices */
  public static StoredSplit random(long samples, double trainFraction, double validationFraction,
      long seed) {
    return new StoredSplit(Kind.RANDOM, seed, trainFraction, validationFraction, samples,
        Split.random(samples, trainFraction, validationFraction, seed));
  }

  /** @return a split given by its indices */
  public static StoredSplit of(Split split, long samples) {
    return new StoredSplit(Kind.INDICES, 0, Double.NaN, Double.NaN, samples, split);
  }

  /**
   * The split on a dataset of {@code sampleCount} samples.
   *
   * @return the stored indices, or the random split rebuilt from the recipe
   */
  public Split resolve(long sampleCount) {
    if (split != null) {
      long max = Math.max(max(split.train()), Math.max(max(split.validation()), max(split.test())));
      if (max >= sampleCount) {
        throw new GalerkinException("the model's split uses sample " + max + " but the dataset has "
            + sampleCount + " samples; evaluate on the dataset it was trained on, or use"
            + " --samples all for another file");
      }
      return split;
    }
    return Split.random(sampleCount, trainFraction, validationFraction, seed);
  }

  private static long max(long[] a) {
    long m = -1;
    for (long v : a) {
      m = Math.max(m, v);
    }
    return m;
  }

  /** Writes the split into a model file's provenance. */
  public void putInto(Map<String, Object> provenance) {
    provenance.put(PREFIX + "kind", kind.name().toLowerCase(Locale.ROOT));
    provenance.put(PREFIX + "seed", seed);
    provenance.put(PREFIX + "train_fraction", trainFraction);
    provenance.put(PREFIX + "validation_fraction", validationFraction);
    provenance.put(PREFIX + "samples", samples);
    if (split != null) {
      provenance.put(PREFIX + "train", orEmpty(split.train()));
      provenance.put(PREFIX + "validation", orEmpty(split.validation()));
      provenance.put(PREFIX + "test", orEmpty(split.test()));
    }
  }

  /** An empty array cannot be an HDF5 attribute: store {@code [-1]} for none. */
  private static long[] orEmpty(long[] a) {
    return a.length == 0 ? new long[] {-1} : a;
  }

  private static long[] fromStored(Object o) {
    long[] a = (long[]) o;
    return a.length == 1 && a[0] == -1 ? new long[0] : a;
  }

  /**
   * Removes the split's entries from a model file's provenance and reads them.
   *
   * @return the split; for a version-1 file, the random recipe from {@code split_train_fraction},
   *     {@code split_validation_fraction} and {@code seed}; empty when none is recorded
   */
  public static Optional<StoredSplit> takeFrom(Map<String, Object> provenance) {
    Object kind = provenance.remove(PREFIX + "kind");
    if (kind == null) {
      Object t = provenance.get(PREFIX + "train_fraction");
      Object v = provenance.get(PREFIX + "validation_fraction");
      Object s = provenance.get("seed");
      if (t instanceof Double tf && v instanceof Double vf && s instanceof Long seed) {
        return Optional.of(new StoredSplit(Kind.RANDOM, seed, tf, vf, 0, null));
      }
      return Optional.empty();
    }
    Kind k = Kind.valueOf(String.valueOf(kind).toUpperCase(Locale.ROOT));
    long seed = (Long) provenance.remove(PREFIX + "seed");
    double tf = (Double) provenance.remove(PREFIX + "train_fraction");
    double vf = (Double) provenance.remove(PREFIX + "validation_fraction");
    long n = (Long) provenance.remove(PREFIX + "samples");
    Object train = provenance.remove(PREFIX + "train");
    Object val = provenance.remove(PREFIX + "validation");
    Object test = provenance.remove(PREFIX + "test");
    Split split = train == null ? null
        : new Split(fromStored(train), fromStored(val), fromStored(test));
    return Optional.of(new StoredSplit(k, seed, tf, vf, n, split));
  }
}
