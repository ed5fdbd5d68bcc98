package dev.galerkin.data;

import dev.galerkin.meshes.BoundaryCondition;
import java.util.List;

/**
 * Something that hands out samples of per-sample fields by range: an in-memory {@link Dataset}, or a
 * dataset file or shard directory on disk ({@link dev.galerkin.data.hdf5.DatasetFile}). Batching,
 * splitting and training read through this contract, so they work the same on both.
 */
public interface SampleSource {

  /** @return the number of samples (the leading extent of every per-sample field) */
  long sampleCount();

  /**
   * The boundary condition of each spatial axis, for models that choose their padding from it
   * (circular on a periodic axis, zeros otherwise).
   *
   * @return one condition per spatial axis in axis order, or empty when unknown (the default; a
   *     dataset without the {@link DatasetAttributes#BOUNDARY} attribute)
   */
  default List<BoundaryCondition> boundary() {
    return List.of();
  }

  /** @return the names of the per-sample fields (inputs, then outputs), in file order */
  List<String> sampleFieldNames();

  /** @return the full shape {@code [N, ...]} of a field; throws naming the known fields if absent */
  Shape shape(String field);

  /**
   * Reads samples {@code [from, to)} of a per-sample field.
   *
   * @param field a name from {@link #sampleFieldNames()}
   * @param from first sample, inclusive
   * @param to last sample, exclusive
   * @return an array of shape {@code [to - from, ...]}
   */
  NdArray read(String field, long from, long to);

  /**
   * Reads the samples at {@code indices}, in that order, into one array.
   *
   * <p>The default reads each maximal run of consecutive indices with one
   * {@link #read(String, long, long)}.
   *
   * @param field a name from {@link #sampleFieldNames()}
   * @param indices sample indices, each in {@code [0, sampleCount())}, not modified
   * @return an array of shape {@code [indices.length, ...]}, in single precision
   */
  default FloatArray gather(String field, long[] indices) {
    Shape full = shape(field);
    int per = Math.toIntExact(full.sampleShape().size());
    float[] out = new float[Math.multiplyExact(indices.length, per)];
    int i = 0;
    while (i < indices.length) {
      int j = i + 1;
      while (j < indices.length && indices[j] == indices[j - 1] + 1) {
        j++;
      }
      FloatArray run = read(field, indices[i], indices[i] + (j - i)).toFloat();
      System.arraycopy(run.data(), run.offset(), out, i * per, (j - i) * per);
      i = j;
    }
    return FloatArray.wrap(full.withSamples(indices.length), out);
  }
}
