package dev.galerkin.solvers.ode.symbolic;

import dev.galerkin.GalerkinException;
import dev.galerkin.solvers.ode.symbolic.Expression.Binary;
import dev.galerkin.solvers.ode.symbolic.Expression.BinaryOp;
import dev.galerkin.solvers.ode.symbolic.Expression.Constant;
import dev.galerkin.solvers.ode.symbolic.Expression.Unary;
import dev.galerkin.solvers.ode.symbolic.Expression.UnaryOp;
import dev.galerkin.solvers.ode.symbolic.Expression.Variable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The token vocabulary of ODE systems and its integer encoding, after PROSE's (Liu, Zhang,
 * Schaeffer, Neural Networks 2024, following Kamienny et al.'s symbolic regression encoder).
 *
 * <p>A system {@code u' = (f_0(u), …, f_{d−1}(u))} is {@code <bos> f_0 | f_1 | … <eos>}, each
 * {@code f_i} in prefix notation ({@link Expression#prefix}). Tokens, in id order:
 * <ul>
 *   <li>0 {@code <pad>}, 1 {@code <bos>}, 2 {@code <eos>}, 3 {@code |} (between components);
 *   <li>the operators {@code add sub mul div neg sin cos pow2 pow3};
 *   <li>the variables {@code u_0 … u_4} ({@link #MAX_VARIABLES});
 *   <li>a constant is three tokens: its sign {@code +} or {@code -}, a mantissa of three digits
 *       {@code N000 … N999} and a power of ten {@code E-10 … E10}: {@code 2.67 = + N267 E-2},
 *       {@code −10 = - N100 E-1}; the value is {@code sign · mantissa · 10^exponent}. So constants
 *       keep {@link #SIGNIFICANT_DIGITS} significant digits (relative rounding error at most
 *       5·10⁻³), magnitudes below 10⁻¹⁰ become 0, and magnitudes of 999·10¹⁰ or more are refused.
 * </ul>
 * {@link #size()} is 1,041.
 */
public final class EquationTokens {
  /** The most state components a system may have. */
  public static final int MAX_VARIABLES = 5;
  /** Significant digits of a constant. */
  public static final int SIGNIFICANT_DIGITS = 3;
  /** The largest power of ten of a constant's token. */
  public static final int MAX_EXPONENT = 10;
  /** Token ids of the special tokens. */
  public static final int PAD = 0, BOS = 1, EOS = 2, SEPARATOR = 3;

  private static final List<String> WORDS;
  private static final Map<String, Integer> IDS = new HashMap<>();

  static {
    List<String> w = new ArrayList<>(List.of("<pad>", "<bos>", "<eos>", "|"));
    for (BinaryOp o : BinaryOp.values()) {
      w.add(o.token());
    }
    for (UnaryOp o : UnaryOp.values()) {
      w.add(o.token());
    }
    for (int i = 0; i < MAX_VARIABLES; i++) {
      w.add("u_" + i);
    }
    w.add("+");
    w.add("-");
    for (int m = 0; m < 1000; m++) {
      w.add(String.format(Locale.ROOT, "N%03d", m));
    }
    for (int e = -MAX_EXPONENT; e <= MAX_EXPONENT; e++) {
      w.add("E" + e);
    }
    WORDS = Collections.unmodifiableList(w);
    for (int i = 0; i < w.size(); i++) {
      IDS.put(w.get(i), i);
    }
  }

  private EquationTokens() {}

  /** @return the number of tokens */
  public static int size() {
    return WORDS.size();
  }

  /** @return the token of {@code id} */
  public static String word(int id) {
    if (id < 0 || id >= WORDS.size()) {
      throw new GalerkinException("token id " + id + " is outside the vocabulary [0, "
          + WORDS.size() + "); the file or model was made with another vocabulary");
    }
    return WORDS.get(id);
  }

  /** @return the id of {@code word}, or throws naming it */
  public static int id(String word) {
    Integer id = IDS.get(word);
    if (id == null) {
      throw new GalerkinException("'" + word + "' is not a token of the equation vocabulary");
    }
    return id;
  }

  /** @return the three tokens of {@code value} (sign, mantissa, power of ten) */
  public static List<String> number(double value) {
    if (!Double.isFinite(value)) {
      throw new GalerkinException("the constant " + value + " cannot be written as tokens");
    }
    if (Math.abs(value) < Math.pow(10, -MAX_EXPONENT)) {
      return List.of("+", "N000", "E0");
    }
    String[] me = String.format(Locale.ROOT, "%." + (SIGNIFICANT_DIGITS - 1) + "e", Math.abs(value))
        .split("e");
    String digits = me[0].replace(".", "");
    int exponent = Integer.parseInt(me[1]) - (SIGNIFICANT_DIGITS - 1);
    if (exponent < -MAX_EXPONENT) {   // e.g. 1.23e-11: keep what fits, 0.01e-10 → N001 E-10
      long m = Math.round(Math.abs(value) / Math.pow(10, -MAX_EXPONENT));
      digits = String.format(Locale.ROOT, "%03d", m);
      exponent = -MAX_EXPONENT;
    }
    if (exponent > MAX_EXPONENT) {
      throw new GalerkinException("the constant " + value + " is too large for the equation"
          + " vocabulary (at most 999e" + MAX_EXPONENT + ")");
    }
    return List.of(value < 0 ? "-" : "+", "N" + digits, "E" + exponent);
  }

  /** @return {@code value} as its tokens read back: rounded to {@link #SIGNIFICANT_DIGITS} digits */
  public static double rounded(double value) {
    List<String> t = number(value);
    return parseNumber(t.get(0), t.get(1), t.get(2));
  }

  private static double parseNumber(String sign, String mantissa, String exponent) {
    double m = Integer.parseInt(mantissa.substring(1));
    int e = Integer.parseInt(exponent.substring(1));
    return (sign.equals("-") ? -1 : 1) * m * Math.pow(10, e);
  }

  /** @return the token ids of a system: {@code <bos> f_0 | … | f_{d−1} <eos>} */
  public static int[] encode(List<Expression> system) {
    List<Integer> ids = new ArrayList<>();
    ids.add(BOS);
    for (int i = 0; i < system.size(); i++) {
      if (i > 0) {
        ids.add(SEPARATOR);
      }
      List<String> words = new ArrayList<>();
      system.get(i).prefix(words);
      for (String w : words) {
        if (w.startsWith("u_") || BinaryOp.of(w) != null || UnaryOp.of(w) != null) {
          ids.add(id(w));
        } else {
          for (String n : number(Double.parseDouble(w))) {
            ids.add(id(n));
          }
        }
      }
    }
    ids.add(EOS);
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Reads a system back from token ids: an optional {@code <bos>}, components separated by
   * {@code |}, up to {@code <eos>} or the end; padding after {@code <eos>} is ignored.
   *
   * @param ids the tokens
   * @param dimension the expected number of components, or 0 for any
   * @return the components
   * @throws GalerkinException naming the position and the token that does not fit
   */
  public static List<Expression> decode(int[] ids, int dimension) {
    Reader r = new Reader(ids);
    if (r.pos < ids.length && ids[r.pos] == BOS) {
      r.pos++;
    }
    List<Expression> out = new ArrayList<>();
    while (true) {
      out.add(r.expression());
      if (r.pos >= ids.length || ids[r.pos] == EOS || ids[r.pos] == PAD) {
        break;
      }
      if (ids[r.pos] != SEPARATOR) {
        throw r.error("expected '|' between components or <eos>");
      }
      r.pos++;
    }
    if (dimension > 0 && out.size() != dimension) {
      throw new GalerkinException("the equation has " + out.size() + " components but the state"
          + " has " + dimension + "; write one right-hand side per state variable, separated by |");
    }
    return out;
  }

  /** A cursor over token ids. */
  private static final class Reader {
    final int[] ids;
    int pos;

    Reader(int[] ids) {
      this.ids = ids;
    }

    GalerkinException error(String what) {
      String found = pos < ids.length ? "'" + word(ids[pos]) + "'" : "the end";
      return new GalerkinException("equation tokens: " + found + " at position " + pos + ": "
          + what);
    }

    Expression expression() {
      if (pos >= ids.length) {
        throw error("expected an operator, a variable or a number; the equation is cut short");
      }
      String w = word(ids[pos]);
      BinaryOp b = BinaryOp.of(w);
      UnaryOp u = UnaryOp.of(w);
      if (b != null) {
        pos++;
        Expression left = expression();
        return new Binary(b, left, expression());
      }
      if (u != null) {
        pos++;
        return new Unary(u, expression());
      }
      if (w.startsWith("u_")) {
        pos++;
        return new Variable(Integer.parseInt(w.substring(2)));
      }
      if (w.equals("+") || w.equals("-")) {
        if (pos + 2 >= ids.length) {
          throw error("a number needs its sign, mantissa and exponent tokens");
        }
        String m = word(ids[pos + 1]);
        String e = word(ids[pos + 2]);
        if (!m.matches("N\\d{3}") || !e.matches("E-?\\d+")) {
          throw error("a number is a sign, a mantissa N000..N999 and an exponent E-10..E10; got "
              + w + " " + m + " " + e);
        }
        pos += 3;
        return new Constant(parseNumber(w, m, e));
      }
      throw error("expected an operator, a variable or a number");
    }
  }
}
