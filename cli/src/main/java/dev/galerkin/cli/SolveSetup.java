package dev.galerkin.cli;

import picocli.CommandLine.Option;

/**
 * The options of {@code galerkin solve} that change what is solved rather than how it is trained:
 * {@code --paper} (the paper's budget for the problem and method, {@link SolveProblem#paper}; any
 * option given explicitly still wins) and {@code --infer NAME} (the inverse problem of
 * {@link SolveInverse}: the coefficient trained with the solution from noisy measurements).
 */
final class SolveSetup {
  @Option(names = "--paper", description = "Use the paper's budget for this problem and method (printed before training; may take hours).")
  boolean paper;

  @Option(names = "--infer", description = "Infer a coefficient from noisy measurements of the reference: nu (burgers) or alpha (heat).")
  String infer;

  @Option(names = "--observations", defaultValue = "2000", description = "--infer: measurements, at random nodes of the output grid (default ${DEFAULT-VALUE}, as Raissi et al.).")
  int observations;

  @Option(names = "--noise", defaultValue = "0.01", description = "--infer: Gaussian noise as a fraction of the values' standard deviation (default ${DEFAULT-VALUE}).")
  double noise;

  @Option(names = "--data-weight", defaultValue = "100", description = "--infer: loss weight of the measurements (default ${DEFAULT-VALUE}: on Burgers, weight 1 left ν 67% off, 100 within 2.2%).")
  double dataWeight;

  @Option(names = "--guess", description = "--infer: the starting value (default: 3 times the true value).")
  Double guess;

  /** @return the explicit value, else the paper's, else the default */
  static <T> T pick(T explicit, T paper, T fallback) {
    return explicit != null ? explicit : paper != null ? paper : fallback;
  }
}
