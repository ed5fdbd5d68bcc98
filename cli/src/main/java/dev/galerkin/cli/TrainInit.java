package dev.galerkin.cli;

import dev.galerkin.GalerkinException;
import dev.galerkin.operators.ModelFamily;
import dev.galerkin.operators.NeuralOperator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code --init MODEL.h5} and {@code --freeze PART[,PART]|none} options of
 * {@code galerkin train FAMILY}: which model a run starts from and which of the family's parts
 * ({@link ModelFamily#parts()}) it leaves unchanged, each bad value refused with one line.
 */
final class TrainInit {
  private TrainInit() {}

  /**
   * @param family the family being trained
   * @param o the shared options ({@code --init}, {@code --freeze})
   * @return the variable-name prefixes to freeze; empty for {@code --freeze none}
   */
  static List<String> frozenPrefixes(ModelFamily family, TrainOptions o) {
    String text = o.freeze == null ? "none" : o.freeze.strip();
    if (text.equals("none")) {
      return List.of();
    }
    Map<String, String> parts = family.parts();
    String have = parts.isEmpty() ? family.name() + " has no parts to freeze; use --freeze none"
        : family.name() + " has parts " + String.join(", ", parts.keySet());
    if (o.init == null) {
      throw new GalerkinException("--freeze " + text + " needs --init MODEL.h5: freezing randomly"
          + " initialised weights is pointless; give a trained " + family.name() + " model");
    }
    List<String> prefixes = new ArrayList<>();
    for (String part : TrainRun.fields("--freeze", text)) {
      String prefix = parts.get(part);
      if (prefix == null) {
        throw new GalerkinException("--freeze " + part + ": " + have + " (or none)");
      }
      prefixes.add(prefix);
    }
    if (prefixes.size() == parts.size()) {
      throw new GalerkinException("--freeze " + text + " freezes every part of " + family.name()
          + "; freeze fewer of " + String.join(", ", parts.keySet()));
    }
    return List.copyOf(prefixes);
  }

  /**
   * @param family the family being trained
   * @param file the {@code --init} model file
   * @return the trained operator in {@code file}; the caller closes it
   */
  static NeuralOperator load(ModelFamily family, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new GalerkinException("--init " + file + ": no such model file; give a " + family.name()
          + " model written by galerkin train");
    }
    NeuralOperator op;
    try {
      op = NeuralOperator.load(file);
    } catch (GalerkinException e) {
      throw new GalerkinException("--init " + file + ": " + e.getMessage(), e);
    }
    String type = op.model().type();
    if (!type.equals(family.name())) {
      op.close();
      throw new GalerkinException(file + " is " + article(type) + " " + type + " model; --init needs"
          + " " + article(family.name()) + " " + family.name() + " model, or train "
          + family.name() + " from scratch");
    }
    return op;
  }

  /** @return "an" before a vowel or an acronym spoken from a vowel sound (fno, mgno, mmgp) */
  private static String article(String word) {
    boolean acronym = word.equals("fno") || word.equals("mgno") || word.equals("mmgp");
    return acronym || "aeio".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
  }
}
