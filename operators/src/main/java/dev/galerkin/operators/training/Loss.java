package dev.galerkin.operators.training;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.tf.Losses;
import java.util.Locale;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The training losses of the supervised objective, all on the decoded (physical) prediction
 * against the raw target, each a mean over the batch.
 */
public enum Loss {
  /**
   * Per-sample relative L2 error {@code ‖ŷ−y‖₂/‖y‖₂}, the neural-operator headline metric and the
   * FNO reference code's loss (Li et al. 2021): so the loss is the reported metric.
   */
  RELATIVE_L2,
  /** Mean squared error over all elements (DeepXDE's default for DeepONet). */
  MSE,
  /**
   * Per-sample relative H1 error as the MgNO reference code trains Darcy with it (He, Liu, Xu,
   * ICLR 2024): spectral, gradients weighted by integer wavenumbers below
   * {@value dev.galerkin.operators.tf.SpectralH1#CUTOFF}; see {@link
   * dev.galerkin.operators.tf.SpectralH1}.
   */
  H1,
  /**
   * Per-sample relative H1 error {@code sqrt(‖ŷ−y‖² + ‖∇(ŷ−y)‖²) / sqrt(‖y‖² + ‖∇y‖²)}, the
   * gradient by forward differences along every grid axis with spacing {@code 1/(n−1)} (the unit
   * box): the true gradient of a non-periodic field, which weighs a mode of wavenumber {@code k}
   * about {@code (2πk)²} where {@link #H1} weighs it {@code k²}.
   */
  H1_FD;

  /** @return the name on the command line and in model files, for example {@code relative-l2} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** @return the loss named {@code label} */
  public static Loss parse(String label) {
    for (Loss l : values()) {
      if (l.label().equals(label)) {
        return l;
      }
    }
    throw new GalerkinException("--loss " + label + " is not known; use relative-l2, mse, h1 or h1-fd");
  }

  /**
   * @param gridAxes the number of leading non-batch axes that are grid axes (H1 differentiates
   *     along them; a trailing channel axis, when present, is not differentiated)
   * @return the scalar loss
   */
  public Operand<TFloat32> build(Ops tf, Operand<TFloat32> prediction, Operand<TFloat32> target,
      int gridAxes) {
    return switch (this) {
      case RELATIVE_L2 -> Losses.relativeL2(tf, prediction, target);
      case MSE -> Losses.mse(tf, prediction, target);
      case H1 -> dev.galerkin.operators.tf.SpectralH1.loss(tf, prediction, target, gridAxes);
      case H1_FD -> Losses.relativeH1(tf, prediction, target, gridAxes);
    };
  }
}
