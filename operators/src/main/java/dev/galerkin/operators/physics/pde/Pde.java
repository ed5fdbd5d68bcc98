package dev.galerkin.operators.physics.pde;

import dev.galerkin.GalerkinException;
import java.util.List;

/**
 * A PDE {@code R[u] = 0} as a residual function and the derivatives it reads, as DeepXDE states
 * one in Python. For example Poisson's {@code −Δu = f}:
 *
 * <pre>{@code
 * Pde poisson = Pde.of("poisson", u -> u.d("xx").plus(u.d("yy")).plus(f(u)), "xx", "yy");
 * }</pre>
 *
 * The model carries exactly the listed derivatives (plus the first derivatives they need); a
 * residual that reads another one fails when the loss graph is built, before training.
 *
 * @param name a short name, for messages and file attributes
 * @param residual the residual
 * @param derivatives the derivatives the residual reads ({@code "x"}, {@code "xx"}, {@code "xt"} …)
 */
public record Pde(String name, Residual residual, List<String> derivatives) {

  /** Validates and copies. */
  public Pde {
    if (name == null || name.isBlank()) {
      throw new GalerkinException("pde: name must not be blank");
    }
    if (residual == null) {
      throw new GalerkinException("pde '" + name + "': residual must not be null");
    }
    derivatives = List.copyOf(derivatives);
  }

  /** @return the PDE {@code name} with {@code residual} reading {@code derivatives} */
  public static Pde of(String name, Residual residual, String... derivatives) {
    return new Pde(name, residual, List.of(derivatives));
  }
}
