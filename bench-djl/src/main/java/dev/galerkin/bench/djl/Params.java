package dev.galerkin.bench.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * The trainable tensors of a peer model and their Adam state (Kingma and Ba 2015, PyTorch's
 * defaults: β₁ 0.9, β₂ 0.999, ε 1e-8, no weight decay). The update is libtorch's own, through
 * DJL's fused {@code JniUtils.adamUpdate} (the kernel behind DJL's {@code Adam} optimizer:
 * {@code m ← β₁m + (1−β₁)g}, {@code v ← β₂v + (1−β₂)g²},
 * {@code w ← w − lr·√(1−β₂ᵗ)/(1−β₁ᵗ) · m/(√v + ε)}), then the gradient is zeroed. The tensors are
 * created outside every {@code NDScope}, so they live as long as their manager.
 */
final class Params {
  private final NDManager manager;
  private final List<NDArray> weights = new ArrayList<>();
  private final List<NDArray> means = new ArrayList<>();
  private final List<NDArray> variances = new ArrayList<>();
  private int step;

  Params(NDManager manager) {
    this.manager = manager;
  }

  /** @return a trainable tensor uniform on {@code [lo, hi)} */
  NDArray uniform(float lo, float hi, long... shape) {
    return add(manager.randomUniform(lo, hi, new Shape(shape)));
  }

  /** @return a trainable {@code [in, out]} matrix, Glorot uniform (as Galerkin's Dense) */
  NDArray glorot(long in, long out) {
    float limit = (float) Math.sqrt(6.0 / (in + out));
    return uniform(-limit, limit, in, out);
  }

  /** @return a trainable tensor of zeros */
  NDArray zeros(long... shape) {
    return add(manager.zeros(new Shape(shape)));
  }

  private NDArray add(NDArray w) {
    w.setRequiresGradient(true);
    weights.add(w);
    means.add(manager.zeros(w.getShape()));
    variances.add(manager.zeros(w.getShape()));
    return w;
  }

  /** @return the number of trainable scalars */
  long count() {
    return weights.stream().mapToLong(w -> w.getShape().size()).sum();
  }

  /** One Adam step on the gradients of the last backward pass; call outside grad mode. */
  void adam(float lr) {
    step++;
    double b1 = 0.9;
    double b2 = 0.999;
    float corrected = (float) (lr * Math.sqrt(1 - Math.pow(b2, step)) / (1 - Math.pow(b1, step)));
    for (int i = 0; i < weights.size(); i++) {
      PtNDArray w = (PtNDArray) weights.get(i);
      try (NDArray g = w.getGradient()) {
        JniUtils.adamUpdate(w, (PtNDArray) g, (PtNDArray) means.get(i), (PtNDArray) variances.get(i),
            lr, corrected, 0f, 1f, -1f, (float) b1, (float) b2, 1e-8f, false);
      }
      JniUtils.zeroGrad(w);
    }
  }
}
