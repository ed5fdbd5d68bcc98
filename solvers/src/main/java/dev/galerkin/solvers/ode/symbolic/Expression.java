package dev.galerkin.solvers.ode.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A symbolic expression of the state {@code u = (u_0, …, u_{d−1})} of an ODE system: the
 * right-hand side of one component of {@code u' = f(u)}, as PROSE (Liu, Zhang, Schaeffer,
 * Neural Networks 2024) writes equations: a tree of operators over variables and real constants,
 * read and written in prefix (Polish) notation ({@link #prefix}) and evaluated directly
 * ({@link #evaluate}). Immutable.
 */
public sealed interface Expression {
  /** @return the value at the state {@code u} */
  double evaluate(double[] u);

  /** Appends this expression's prefix tokens (operators, {@code u_i}, numbers as text) to {@code out}. */
  void prefix(List<String> out);

  /** @return the expression in ordinary infix notation, for people */
  String infix();

  /** @return the terms of a top-level sum ({@code a + b + c} gives a, b, c; a difference {@code a − b} gives a and {@code −1·b}) */
  default List<Expression> terms() {
    List<Expression> out = new ArrayList<>();
    collectTerms(this, 1, out);
    return out;
  }

  private static void collectTerms(Expression e, int sign, List<Expression> out) {
    if (e instanceof Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB)) {
      collectTerms(b.left(), sign, out);
      collectTerms(b.right(), b.op() == BinaryOp.SUB ? -sign : sign, out);
    } else {
      out.add(sign > 0 ? e : new Binary(BinaryOp.MUL, new Constant(-1), e));
    }
  }

  /** @return the sum of {@code terms}, left to right ({@code 0} when there are none) */
  static Expression sum(List<Expression> terms) {
    if (terms.isEmpty()) {
      return new Constant(0);
    }
    Expression e = terms.get(0);
    for (int i = 1; i < terms.size(); i++) {
      e = new Binary(BinaryOp.ADD, e, terms.get(i));
    }
    return e;
  }

  /** @return the constants of this expression, in prefix order */
  default List<Double> constants() {
    List<Double> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    prefix(tokens);
    for (String t : tokens) {
      if (!t.startsWith("u_") && BinaryOp.of(t) == null && UnaryOp.of(t) == null) {
        out.add(Double.parseDouble(t));
      }
    }
    return out;
  }

  /** A real constant. */
  record Constant(double value) implements Expression {
    @Override
    public double evaluate(double[] u) {
      return value;
    }

    @Override
    public void prefix(List<String> out) {
      out.add(Double.toString(value));
    }

    @Override
    public String infix() {
      return String.format(Locale.ROOT, "%.6g", value);
    }
  }

  /** The state component {@code u_index}. */
  record Variable(int index) implements Expression {
    @Override
    public double evaluate(double[] u) {
      return u[index];
    }

    @Override
    public void prefix(List<String> out) {
      out.add("u_" + index);
    }

    @Override
    public String infix() {
      return "u_" + index;
    }
  }

  /** An operator of one argument. */
  record Unary(UnaryOp op, Expression arg) implements Expression {
    @Override
    public double evaluate(double[] u) {
      return op.apply(arg.evaluate(u));
    }

    @Override
    public void prefix(List<String> out) {
      out.add(op.token());
      arg.prefix(out);
    }

    @Override
    public String infix() {
      return op.token() + "(" + arg.infix() + ")";
    }
  }

  /** An operator of two arguments. */
  record Binary(BinaryOp op, Expression left, Expression right) implements Expression {
    @Override
    public double evaluate(double[] u) {
      return op.apply(left.evaluate(u), right.evaluate(u));
    }

    @Override
    public void prefix(List<String> out) {
      out.add(op.token());
      left.prefix(out);
      right.prefix(out);
    }

    @Override
    public String infix() {
      return "(" + left.infix() + " " + op.symbol() + " " + right.infix() + ")";
    }
  }

  /** The operators of one argument. */
  enum UnaryOp {
    NEG("neg"), SIN("sin"), COS("cos"), POW2("pow2"), POW3("pow3");

    private final String token;

    UnaryOp(String token) {
      this.token = token;
    }

    /** @return the prefix token */
    public String token() {
      return token;
    }

    /** @return the operator of {@code token}, or null */
    public static UnaryOp of(String token) {
      for (UnaryOp o : values()) {
        if (o.token.equals(token)) {
          return o;
        }
      }
      return null;
    }

    double apply(double x) {
      return switch (this) {
        case NEG -> -x;
        case SIN -> Math.sin(x);
        case COS -> Math.cos(x);
        case POW2 -> x * x;
        case POW3 -> x * x * x;
      };
    }
  }

  /** The operators of two arguments. */
  enum BinaryOp {
    ADD("add", "+"), SUB("sub", "-"), MUL("mul", "*"), DIV("div", "/");

    private final String token;
    private final String symbol;

    BinaryOp(String token, String symbol) {
      this.token = token;
      this.symbol = symbol;
    }

    /** @return the prefix token */
    public String token() {
      return token;
    }

    /** @return the infix symbol */
    public String symbol() {
      return symbol;
    }

    /** @return the operator of {@code token}, or null */
    public static BinaryOp of(String token) {
      for (BinaryOp o : values()) {
        if (o.token.equals(token)) {
          return o;
        }
      }
      return null;
    }

    double apply(double a, double b) {
      return switch (this) {
        case ADD -> a + b;
        case SUB -> a - b;
        case MUL -> a * b;
        case DIV -> a / b;
      };
    }
  }
}
