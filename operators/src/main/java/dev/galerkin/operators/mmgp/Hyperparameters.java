package dev.galerkin.operators.mmgp;

import dev.galerkin.GalerkinException;

/**
 * The hyperparameters of the kernel {@code k(x, x') = σ_f² m_{5/2}(r) + σ_n² δ(x, x')} on
 * standardised inputs and outputs, with {@code r² = Σ_i ((x_i − x'_i) / ℓ_i)²} and the Matérn 5/2
 * correlation {@code m_{5/2}(r) = (1 + √5 r + 5r²/3) exp(−√5 r)} (Rasmussen and Williams,
 * <em>Gaussian Processes for Machine Learning</em>, 2006, eq. 4.17; one length scale per input
 * dimension is automatic relevance determination, §5.1).
 *
 * <p>The optimiser works on the log vector {@code θ = (log σ_f², log ℓ_1 … log ℓ_d, log σ_n²)},
 * length {@code d + 2}; {@link #toLog} and {@link #fromLog} convert.
 *
 * @param signalVariance {@code σ_f² > 0}, in units of the standardised output variance
 * @param lengthScales {@code ℓ_i > 0}, length {@code d}, in units of the standardised inputs (copied)
 * @param noiseVariance {@code σ_n² >= 0}, in units of the standardised output variance
 */
public record Hyperparameters(double signalVariance, double[] lengthScales, double noiseVariance) {

  /** Validates and copies. */
  public Hyperparameters {
    if (!(signalVariance > 0) || !Double.isFinite(signalVariance)) {
      throw new GalerkinException("hyperparameters: signalVariance must be finite and > 0, got " + signalVariance);
    }
    if (lengthScales.length == 0) {
      throw new GalerkinException("hyperparameters: lengthScales is empty; give one per input dimension");
    }
    for (int i = 0; i < lengthScales.length; i++) {
      if (!(lengthScales[i] > 0) || !Double.isFinite(lengthScales[i])) {
        throw new GalerkinException("hyperparameters: lengthScales[" + i + "] must be finite and > 0, got "
            + lengthScales[i]);
      }
    }
    if (!(noiseVariance >= 0) || !Double.isFinite(noiseVariance)) {
      throw new GalerkinException("hyperparameters: noiseVariance must be finite and >= 0, got " + noiseVariance);
    }
    lengthScales = lengthScales.clone();
  }

  /** @return a copy of the length scales */
  @Override
  public double[] lengthScales() {
    return lengthScales.clone();
  }

  /** @return the input dimension {@code d} */
  public int dimension() {
    return lengthScales.length;
  }

  /** @return {@code (log σ_f², log ℓ_1 … log ℓ_d, log σ_n²)}, length {@code d + 2} */
  public double[] toLog() {
    int d = lengthScales.length;
    double[] t = new double[d + 2];
    t[0] = Math.log(signalVariance);
    for (int i = 0; i < d; i++) {
      t[1 + i] = Math.log(lengthScales[i]);
    }
    t[d + 1] = Math.log(noiseVariance);
    return t;
  }

  /**
   * @param theta {@code (log σ_f², log ℓ_1 … log ℓ_d, log σ_n²)}, length {@code d + 2 >= 3}, not modified
   * @return the hyperparameters
   */
  public static Hyperparameters fromLog(double[] theta) {
    if (theta.length < 3) {
      throw new GalerkinException("hyperparameters: the log vector needs d + 2 >= 3 entries, got " + theta.length);
    }
    int d = theta.length - 2;
    double[] ls = new double[d];
    for (int i = 0; i < d; i++) {
      ls[i] = Math.exp(theta[1 + i]);
    }
    return new Hyperparameters(Math.exp(theta[0]), ls, Math.exp(theta[d + 1]));
  }

  @Override
  public String toString() {
    return "Hyperparameters[signalVariance=" + signalVariance + ", lengthScales="
        + java.util.Arrays.toString(lengthScales) + ", noiseVariance=" + noiseVariance + "]";
  }
}
