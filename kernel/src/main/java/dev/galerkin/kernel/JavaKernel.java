package dev.galerkin.kernel;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.LineMagicParseContext;
import io.github.spencerpark.jupyter.kernel.magic.MagicParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * A Jupyter kernel for Java: cells are JShell snippets run in this JVM (so {@code display(…)}
 * reaches the kernel), with the line magics of IJava that notebooks use to get libraries onto the
 * class path ({@code %jars}, {@code %classpath}, {@code %maven}, see {@link ClasspathMagics}).
 *
 * <p>A cell is split into complete snippets ({@link SourceCodeAnalysis#analyzeCompletion}) run in
 * order; the first that does not compile or throws ends the cell with a {@link CellException}, which
 * the base kernel sends as the cell's error output. The value of a last snippet that is an
 * expression is the cell's result, rendered rich like {@code display}, unless the snippet ends with
 * a semicolon (as in IPython: {@code display(fig);} shows the figure and not the display id). {@link #interrupt()} (the
 * {@code interrupt_request} of the messaging protocol) stops the running snippet; shutdown and
 * restart requests close JShell, and Jupyter starts a fresh process for a restart.
 */
public final class JavaKernel extends BaseKernel {
  private final InProcessExecution.Provider engine = new InProcessExecution.Provider();
  private final JShell shell;
  private final MagicParser magics = new MagicParser();
  private final ClasspathMagics classpath;
  private final LanguageInfo language = new LanguageInfo.Builder("java")
      .version(Runtime.version().toString()).mimetype("text/x-java-source")
      .fileExtension(".jshell").pygments("java").codemirror("text/x-java").build();

  /**
   * @param workingDirectory where relative paths of magics start (the notebook's directory, which
   *     is the kernel's working directory under Jupyter)
   */
  public JavaKernel(Path workingDirectory) {
    shell = JShell.builder().executionEngine(engine, null)
        .out(System.out).err(System.err).build();
    classpath = new ClasspathMagics(shell::addToClasspath, workingDirectory, ClasspathMagics.localRepository());
    Display.attach(this);
    for (String s : List.of("import static dev.galerkin.kernel.Display.display;",
        "import static dev.galerkin.kernel.Display.render;",
        "import static dev.galerkin.kernel.Display.updateDisplay;")) {
      evalSnippet(s);
    }
  }

  @Override
  public LanguageInfo getLanguageInfo() {
    return language;
  }

  @Override
  public String getBanner() {
    return "Galerkin's Java kernel (JShell, Java " + Runtime.version() + ")";
  }

  @Override
  public DisplayData eval(String code) {
    String java = magics.transformLineMagics(code, this::lineMagic);
    Object last = null;
    boolean hasValue = false;
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = java;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      String source = info.completeness().isComplete() ? info.source() : rest;
      rest = info.completeness().isComplete() ? info.remaining() : "";
      SnippetEvent result = evalSnippet(source);
      if (result == null) {
        continue;
      }
      Object value = engine.control().takeLastValue();
      // as in IPython, a trailing semicolon keeps a value out of the output: display(x);
      hasValue = isExpression(result.snippet()) && result.value() != null
          && !source.strip().endsWith(";");
      last = value;
    }
    if (!hasValue) {
      return null;
    }
    return last == null ? new DisplayData("null") : Display.render(getRenderer(), last);
  }

  /** Replaces a line magic by the Java it stands for (here always none: magics act at once). */
  private String lineMagic(LineMagicParseContext ctx) {
    String name = ctx.getMagicCall().getName();
    List<String> args = ctx.getMagicCall().getArgs();
    classpath.apply(name, args);
    return "";
  }

  /** @return the event of the snippet itself, or {@code null} when {@code source} held no code */
  private SnippetEvent evalSnippet(String source) {
    List<SnippetEvent> events = shell.eval(source);
    SnippetEvent main = null;
    for (SnippetEvent e : events) {
      if (e.causeSnippet() == null) {
        main = e;
      }
    }
    if (main == null) {
      return null;
    }
    if (engine.control() != null && engine.control().wasStopped()) {
      throw new CellException("interrupted: the cell was stopped",
          List.of("interrupted: the cell was stopped (kernel interrupt)"));
    }
    if (main.status() == Snippet.Status.REJECTED) {
      throw compileError(main.snippet());
    }
    if (main.exception() != null) {
      throw runError(main.exception());
    }
    if (main.status() == Snippet.Status.RECOVERABLE_DEFINED
        || main.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
      List<String> missing = shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) main.snippet())
          .collect(Collectors.toList());
      if (main.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
        throw new CellException("cannot find symbol " + String.join(", ", missing),
            List.of(main.snippet().source(), "cannot find symbol " + String.join(", ", missing)));
      }
    }
    return main;
  }

  private static boolean isExpression(Snippet s) {
    return s.kind() == Snippet.Kind.EXPRESSION || (s instanceof VarSnippet
        && s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
  }

  private CellException compileError(Snippet s) {
    List<Diag> diags = shell.diagnostics(s).filter(Diag::isError).collect(Collectors.toList());
    List<String> lines = new ArrayList<>();
    String source = s.source();
    String first = "the snippet does not compile";
    for (Diag d : diags) {
      String msg = d.getMessage(Locale.ROOT);
      if (lines.isEmpty()) {
        first = msg.lines().map(l -> l.strip().replaceAll("\\s+", " "))
            .filter(l -> !l.startsWith("location:")).collect(Collectors.joining("; "));
      }
      lines.add(msg);
      int start = (int) Math.max(0, Math.min(d.getStartPosition(), source.length()));
      int lineStart = source.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
      int lineEnd = source.indexOf('\n', start);
      lines.add("    " + source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd));
      lines.add("    " + " ".repeat(Math.max(0, start - lineStart)) + "^");
    }
    if (lines.isEmpty()) {
      lines.add(source);
    }
    return new CellException(first, lines);
  }

  private static CellException runError(jdk.jshell.JShellException e) {
    String name;
    if (e instanceof EvalException ee) {
      name = ee.getExceptionClassName();
    } else if (e instanceof UnresolvedReferenceException ure) {
      name = "unresolved reference: " + ure.getSnippet().source().strip();
    } else {
      name = e.getClass().getName();
    }
    String message = e.getMessage() == null ? name : name + ": " + e.getMessage();
    List<String> lines = new ArrayList<>();
    lines.add(message);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t != e) {
        String cn = t instanceof EvalException ce ? ce.getExceptionClassName() : t.getClass().getName();
        lines.add("Caused by: " + cn + (t.getMessage() == null ? "" : ": " + t.getMessage()));
      }
      for (StackTraceElement el : t.getStackTrace()) {
        lines.add("    at " + el);
      }
    }
    return new CellException(message, lines);
  }

  @Override
  public List<String> formatError(Exception e) {
    if (e instanceof CellException ce) {
      List<String> out = new ArrayList<>();
      out.add(errorStyler.primary(ce.getMessage()));
      for (String line : ce.details().subList(Math.min(1, ce.details().size()), ce.details().size())) {
        out.add(errorStyler.secondary(line));
      }
      return out;
    }
    return super.formatError(e);
  }

  @Override
  public String isComplete(String code) {
    SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(code);
    return switch (info.completeness()) {
      case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> IS_COMPLETE_YES;
      case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "    ";
      default -> IS_COMPLETE_BAD;
    };
  }

  @Override
  public ReplacementOptions complete(String code, int at) {
    int[] anchor = new int[1];
    List<String> options = shell.sourceCodeAnalysis().completionSuggestions(code, at, anchor)
        .stream().map(SourceCodeAnalysis.Suggestion::continuation).distinct()
        .collect(Collectors.toList());
    return options.isEmpty() ? null : new ReplacementOptions(options, anchor[0], at);
  }

  @Override
  public void interrupt() {
    shell.stop();
  }

  @Override
  public void onShutdown(boolean isRestarting) {
    shell.close();
  }
}
