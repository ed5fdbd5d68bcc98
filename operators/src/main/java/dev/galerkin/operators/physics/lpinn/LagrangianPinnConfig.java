package dev.galerkin.operators.physics.lpinn;

import dev.galerkin.GalerkinException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two branches of a Lagrangian PINN (Mojgani, Balajewicz and Hassanzadeh, CMAME 2023), both
 * tanh MLPs on {@code (ξ, t)} with Glorot-uniform weights and zero biases: the characteristic branch
 * {@code N_x} and the state branch {@code N_u}. Their inputs are {@code (cos ω(ξ − a), sin ω(ξ − a),
 * t')} with {@code ω = 2π/(b − a)} on a periodic domain (the "polar" inputs of the authors' code,
 * which make both branches periodic in {@code ξ}) and {@code (ξ', t')} otherwise, primes meaning
 * scaled to {@code [−1, 1]}.
 *
 * @param characteristicHidden hidden widths of {@code N_x}, at least one, each {@code >= 1}
 * @param stateHidden hidden widths of {@code N_u}, at least one, each {@code >= 1}
 * @param inversionPoints the {@code ξ} grid on which {@code predict} inverts the map per time, {@code >= 16}
 */
public record LagrangianPinnConfig(List<Integer> characteristicHidden, List<Integer> stateHidden, int inversionPoints) {

  /** Validates. */
  public LagrangianPinnConfig {
    characteristicHidden = check("characteristic", characteristicHidden);
    stateHidden = check("state", stateHidden);
    if (inversionPoints < 16) {
      throw new GalerkinException("lpinn: inversionPoints must be >= 16, got " + inversionPoints);
    }
  }

  /**
   * @param depthX hidden layers of the characteristic branch, {@code >= 1}
   * @param widthX their width
   * @param depthU hidden layers of the state branch, {@code >= 1}
   * @param widthU their width
   * @return the configuration, inverting on 2048 points of {@code ξ}
   */
  public static LagrangianPinnConfig tanh(int depthX, int widthX, int depthU, int widthU) {
    if (depthX < 1 || depthU < 1) {
      throw new GalerkinException("lpinn: depths must be >= 1, got " + depthX + " and " + depthU);
    }
    return new LagrangianPinnConfig(Collections.nCopies(depthX, widthX), Collections.nCopies(depthU, widthU), 2048);
  }

  /** @return this with another inversion grid */
  public LagrangianPinnConfig withInversionPoints(int n) {
    return new LagrangianPinnConfig(characteristicHidden, stateHidden, n);
  }

  /** @return a one-line description, for example {@code LPINN x: 3-20-20-1, u: 3-50-50-50-1 tanh} */
  public String describe() {
    return "LPINN x: " + widths(characteristicHidden) + ", u: " + widths(stateHidden) + " tanh";
  }

  private static String widths(List<Integer> h) {
    return h.stream().map(String::valueOf).collect(Collectors.joining("-", "in-", "-1"));
  }

  private static List<Integer> check(String branch, List<Integer> hidden) {
    if (hidden == null || hidden.isEmpty()) {
      throw new GalerkinException("lpinn: the " + branch + " branch needs at least one hidden layer");
    }
    for (Integer w : hidden) {
      if (w == null || w < 1) {
        throw new GalerkinException("lpinn: the " + branch + " branch's widths must be >= 1, got " + hidden);
      }
    }
    return List.copyOf(hidden);
  }
}
