package dev.galerkin.operators;

import dev.galerkin.GalerkinException;
import dev.galerkin.data.FloatArray;
import dev.galerkin.data.NdArray;
import dev.galerkin.data.SampleSource;
import dev.galerkin.data.Shape;
import java.util.Arrays;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A binary input field that says where the output is defined, as in the multi-task DeepONet on
 * several geometries (Kumar et al., <i>Synergistic learning with multi-task DeepONet for efficient
 * PDE problem solving</i>, 2024): the prediction, in physical units, is multiplied by the mask, and
 * so are the targets, so loss and errors are taken inside the mask only. Mask {@code 1} is inside
 * the domain, {@code 0} outside.
 *
 * <p>Shapes, per sample: the mask is the output sample's shape ({@code [X, Y]} for {@code u} of
 * {@code [X, Y]}), or that shape without its trailing channel axis, which the mask then
 * broadcasts over ({@code [X, Y]} for outputs {@code [X, Y, C]}).
 *
 * <p>The mask field must be one of the model's input fields (usually also a channel the model
 * sees), so whoever calls {@link NeuralOperator#predict(java.util.Map)} supplies it.
 *
 * @param field the mask's field name in the dataset
 * @param broadcast whether the mask lacks the output's trailing channel axis
 */
public record OutputMask(String field, boolean broadcast) {
  /** The provenance key under which a model file records its mask field. */
  public static final String PROVENANCE_KEY = "mask_field";

  /**
   * Checks the mask field against the fields and every given sample of the data.
   *
   * @param data the dataset
   * @param field the mask field
   * @param inputs the model's input fields
   * @param outputSample one stacked output sample's shape
   * @param indices the samples to check (training and validation)
   * @return the mask
   */
  public static OutputMask check(SampleSource data, String field, java.util.List<String> inputs,
      Shape outputSample, long[] indices) {
    if (!inputs.contains(field)) {
      throw new GalerkinException("--mask " + field + " must be one of the input fields " + inputs
          + " (so predictions can be masked); add it, e.g. --input "
          + String.join(",", inputs) + "," + field);
    }
    Shape m = data.shape(field).sampleShape();
    Shape o = outputSample;
    boolean same = m.equals(o);
    boolean broadcast = !same && o.rank() == m.rank() + 1
        && Arrays.equals(Arrays.copyOf(o.dims(), m.rank()), m.dims());
    if (!same && !broadcast) {
      throw new GalerkinException("mask '" + field + "' has samples of shape " + m
          + " but the outputs are " + o + "; a mask must have the output's shape"
          + (o.rank() > 1 ? " or that shape without its channel axis" : ""));
    }
    for (int i = 0; i < indices.length; i += 64) {
      long[] idx = Arrays.copyOfRange(indices, i, Math.min(indices.length, i + 64));
      FloatArray v = data.gather(field, idx).toFloat();
      int per = Math.toIntExact(m.size());
      for (int k = 0; k < idx.length; k++) {
        int ones = 0;
        for (int j = 0; j < per; j++) {
          float x = v.data()[v.offset() + k * per + j];
          if (x != 0f && x != 1f) {
            throw new GalerkinException("mask '" + field + "' sample " + idx[k] + " has the value "
                + x + " at point " + j + "; a mask must be 0 (outside) or 1 (inside) everywhere");
          }
          ones += x == 1f ? 1 : 0;
        }
        if (ones == 0) {
          throw new GalerkinException("mask '" + field + "' sample " + idx[k] + " has no interior"
              + " cells (all 0); every sample needs at least one point where the mask is 1");
        }
      }
    }
    return new OutputMask(field, broadcast);
  }

  /**
   * @param tf the op factory
   * @param prediction {@code [B, ...outputSample]}, physical units
   * @param mask {@code [B, ...maskSample]}
   * @return {@code prediction × mask}
   */
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> prediction, Operand<TFloat32> mask) {
    return tf.math.mul(prediction, broadcast ? tf.expandDims(mask, tf.constant(-1)) : mask);
  }

  /**
   * @param values {@code [B, ...outputSample]}, physical units
   * @param mask {@code [B, ...maskSample]}, the same {@code B}
   * @return {@code values × mask}, a new array
   */
  public FloatArray apply(FloatArray values, NdArray mask) {
    FloatArray m = mask.toFloat();
    int per = Math.toIntExact(m.shape().sampleShape().size());
    long b = values.sampleCount();
    if (m.sampleCount() != b || values.size() % Math.max(1, b * per) != 0) {
      throw new GalerkinException("mask '" + field + "' of shape " + m.shape()
          + " does not fit the outputs of shape " + values.shape());
    }
    int c = Math.toIntExact(values.size() / Math.max(1, b * per));
    if (!broadcast && c != 1) {
      throw new GalerkinException("mask '" + field + "' of shape " + m.shape()
          + " does not fit the outputs of shape " + values.shape());
    }
    float[] out = new float[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.data()[values.offset() + i] * m.data()[m.offset() + i / c];
    }
    return FloatArray.wrap(values.shape(), out);
  }

  /**
   * The data as a masked model sees it: the given output fields multiplied by the mask, the other
   * fields as they are. Normalisation statistics, batches and validation errors read through it,
   * so values outside the mask never reach training.
   *
   * @param data the dataset
   * @param outputs the output fields
   * @return a view of {@code data}
   */
  public SampleSource view(SampleSource data, java.util.Collection<String> outputs) {
    java.util.Set<String> masked = java.util.Set.copyOf(outputs);
    return new SampleSource() {
      @Override
      public long sampleCount() {
        return data.sampleCount();
      }

      @Override
      public java.util.List<dev.galerkin.meshes.BoundaryCondition> boundary() {
        return data.boundary();
      }

      @Override
      public java.util.List<String> sampleFieldNames() {
        return data.sampleFieldNames();
      }

      @Override
      public Shape shape(String f) {
        return data.shape(f);
      }

      @Override
      public NdArray read(String f, long from, long to) {
        NdArray v = data.read(f, from, to);
        if (!masked.contains(f)) {
          return v;
        }
        FloatArray x = v.toFloat();
        boolean channels = x.shape().rank() == data.shape(field).rank() + 1;
        return new OutputMask(field, channels).apply(x, data.read(field, from, to));
      }
    };
  }
}
