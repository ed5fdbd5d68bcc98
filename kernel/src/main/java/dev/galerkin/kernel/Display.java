package dev.galerkin.kernel;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

/**
 * What notebook code calls to show rich output, with IJava's names: {@code display(obj)} renders
 * {@code obj} through the kernel's {@link io.github.spencerpark.jupyter.kernel.display.Renderer}
 * (a {@link DisplayData} is sent as it is; a
 * {@link io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable} renders itself; other
 * objects as text) and sends it as a {@code display_data} message of the running cell.
 *
 * <p>The kernel imports these methods statically into every session
 * ({@code import static dev.galerkin.kernel.Display.*}), as IJava does with its own.
 */
public final class Display {
  private static volatile BaseKernel kernel;

  private Display() {}

  /** Called by the kernel when it starts. */
  static void attach(BaseKernel k) {
    kernel = k;
  }

  private static BaseKernel kernel() {
    BaseKernel k = kernel;
    if (k == null) {
      throw new IllegalStateException("display() works inside a Jupyter kernel only");
    }
    return k;
  }

  /**
   * Shows {@code obj} in the output of the running cell.
   *
   * @return the display id, for {@link #updateDisplay(String, Object)}
   */
  public static String display(Object obj) {
    DisplayData data = render(obj);
    String id = data.hasDisplayId() ? data.getDisplayId() : java.util.UUID.randomUUID().toString();
    data.setDisplayId(id);
    kernel().display(data);
    return id;
  }

  /**
   * Shows {@code obj} rendered as the given MIME types only, for example {@code "text/html"}.
   *
   * @return the display id
   */
  public static String display(Object obj, String... mimeTypes) {
    DisplayData data = render(obj, mimeTypes);
    String id = java.util.UUID.randomUUID().toString();
    data.setDisplayId(id);
    kernel().display(data);
    return id;
  }

  /** Replaces what the display {@code id} shows by {@code obj}. */
  public static void updateDisplay(String id, Object obj) {
    DisplayData data = render(obj);
    data.setDisplayId(id);
    kernel().getIO().display.updateDisplay(id, data);
  }

  /** @return {@code obj} as a MIME bundle, without showing it */
  public static DisplayData render(Object obj) {
    return render(kernel().getRenderer(), obj);
  }

  /** A {@link DisplayData} stands for itself; anything else goes through the renderer. */
  static DisplayData render(io.github.spencerpark.jupyter.kernel.display.Renderer r, Object obj) {
    return obj instanceof DisplayData d ? d : r.render(obj);
  }

  /** @return {@code obj} as a MIME bundle of the given types, without showing it */
  public static DisplayData render(Object obj, String... mimeTypes) {
    return kernel().getRenderer().renderAs(obj, mimeTypes);
  }
}
