package dev.galerkin.solvers.ode.symbolic;

import dev.galerkin.solvers.ode.symbolic.Expression.Binary;
import dev.galerkin.solvers.ode.symbolic.Expression.BinaryOp;
import dev.galerkin.solvers.ode.symbolic.Expression.Constant;
import dev.galerkin.solvers.ode.symbolic.Expression.Unary;
import dev.galerkin.solvers.ode.symbolic.Expression.Variable;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The wrong symbolic guesses of PROSE's symbol-input experiments (Liu, Zhang, Schaeffer, Neural
 * Networks 2024, §5: noisy coefficients, a term added, a term removed): a copy of a system with
 * one corruption applied. Deterministic for a given random stream.
 */
public final class SymbolCorruption {
  /** The kinds of corruption, stored as their ordinal. */
  public enum Kind {
    /** Every constant multiplied by {@code 1 + σ ε}, {@code ε} standard normal. */
    COEFFICIENT_NOISE,
    /** One component gains a term {@code c u_j} or {@code c u_j u_k}, {@code |c|} in [0.1, 1]. */
    TERM_ADDED,
    /** One term is removed from a component of two terms or more. */
    TERM_REMOVED
  }

  private SymbolCorruption() {}

  /**
   * @param system the right-hand sides, not modified
   * @param kind the corruption
   * @param sigma the relative standard deviation of {@link Kind#COEFFICIENT_NOISE}
   * @param rng the random stream
   * @return the corrupted copy (for {@link Kind#TERM_REMOVED} with no component of two terms, a
   *     copy with coefficient noise instead)
   */
  public static List<Expression> apply(List<Expression> system, Kind kind, double sigma,
      UniformRandomProvider rng) {
    List<Expression> out = new ArrayList<>(system);
    switch (kind) {
      case COEFFICIENT_NOISE -> {
        return noisy(system, sigma, rng);
      }
      case TERM_ADDED -> {
        int i = rng.nextInt(system.size());
        int d = system.size();
        Expression monomial = new Variable(rng.nextInt(d));
        if (rng.nextBoolean()) {
          monomial = new Binary(BinaryOp.MUL, monomial, new Variable(rng.nextInt(d)));
        }
        double c = (rng.nextBoolean() ? 1 : -1) * (0.1 + 0.9 * rng.nextDouble());
        List<Expression> terms = new ArrayList<>(system.get(i).terms());
        terms.add(new Binary(BinaryOp.MUL, new Constant(c), monomial));
        out.set(i, Expression.sum(terms));
        return out;
      }
      case TERM_REMOVED -> {
        List<Integer> several = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
          if (system.get(i).terms().size() >= 2) {
            several.add(i);
          }
        }
        if (several.isEmpty()) {
          return noisy(system, sigma, rng);
        }
        int i = several.get(rng.nextInt(several.size()));
        List<Expression> terms = new ArrayList<>(system.get(i).terms());
        terms.remove(rng.nextInt(terms.size()));
        out.set(i, Expression.sum(terms));
        return out;
      }
      default -> throw new IllegalArgumentException(kind.toString());
    }
  }

  private static List<Expression> noisy(List<Expression> system, double sigma,
      UniformRandomProvider rng) {
    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
    List<Expression> out = new ArrayList<>();
    for (Expression e : system) {
      out.add(perturb(e, sigma, g));
    }
    return out;
  }

  private static Expression perturb(Expression e, double sigma,
      ZigguratSampler.NormalizedGaussian g) {
    if (e instanceof Constant c) {
      return new Constant(c.value() * (1 + sigma * g.sample()));
    }
    if (e instanceof Unary u) {
      return new Unary(u.op(), perturb(u.arg(), sigma, g));
    }
    if (e instanceof Binary b) {
      Expression left = perturb(b.left(), sigma, g);
      return new Binary(b.op(), left, perturb(b.right(), sigma, g));
    }
    return e;
  }
}
