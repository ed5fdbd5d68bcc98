package dev.galerkin.solvers.finitevolume;

/**
 * The change of variables between a conservation law's conserved state {@code q} and a primitive
 * state {@code w} of the same length {@code m} (for example {@code (ρ, u, p)} for the Euler
 * equations, {@code (h, u, v)} for shallow water), so that {@link PrimitiveFaces} can reconstruct
 * the primitive variables. The two maps must be inverse to each other on admissible states.
 */
public interface PrimitiveVariables {

  /**
   * @param q conserved states, {@code m} values from {@code qOffset}, not modified
   * @param qOffset where the state starts in {@code q}
   * @param w the primitive state, {@code m} values from {@code wOffset}; modified
   * @param wOffset where it starts in {@code w}
   */
  void toPrimitive(double[] q, int qOffset, double[] w, int wOffset);

  /**
   * @param w primitive states, {@code m} values from {@code wOffset}, not modified
   * @param wOffset where the state starts in {@code w}
   * @param q the conserved state, {@code m} values from {@code qOffset}; modified
   * @param qOffset where it starts in {@code q}
   */
  void toConserved(double[] w, int wOffset, double[] q, int qOffset);
}
