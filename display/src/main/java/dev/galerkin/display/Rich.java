package dev.galerkin.display;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One rich output: a MIME bundle ({@code image/png} as base64, {@code text/html}, {@code image/gif}
 * …) with a {@code text/plain} fallback, the first type given being the preferred one. It renders
 * itself through jupyter-jvm-basekernel's {@link DisplayDataRenderable}, the mechanism of IJava's
 * {@code display(obj)} and of Galerkin's kernel, so {@code display(Show.figure(f))} shows the
 * picture under either; {@link #toDisplayData()} gives the bundle itself.
 */
public final class Rich implements DisplayDataRenderable {
  private final Map<MIMEType, String> data;
  private final String text;

  /**
   * @param data MIME type → content (base64 for images), in order of preference; copied
   * @param text the {@code text/plain} fallback, one line
   */
  public Rich(Map<String, String> data, String text) {
    Map<MIMEType, String> m = new LinkedHashMap<>();
    data.forEach((k, v) -> m.put(MIMEType.parse(k), v));
    this.data = Collections.unmodifiableMap(m);
    this.text = text;
  }

  /** @return the content of {@code mimeType}, or {@code null} when the bundle has none */
  public String get(String mimeType) {
    return mimeType.equals("text/plain") ? text : data.get(MIMEType.parse(mimeType));
  }

  /** @return the MIME types of the bundle, the preferred first, {@code text/plain} last */
  public Set<String> types() {
    Set<String> s = new LinkedHashSet<>();
    data.keySet().forEach(t -> s.add(t.toString()));
    s.add("text/plain");
    return s;
  }

  @Override
  public Set<MIMEType> getSupportedRenderTypes() {
    Set<MIMEType> s = new LinkedHashSet<>(data.keySet());
    s.add(MIMEType.TEXT_PLAIN);
    return s;
  }

  @Override
  public Set<MIMEType> getPreferredRenderTypes() {
    return data.isEmpty() ? Set.of(MIMEType.TEXT_PLAIN) : Set.of(data.keySet().iterator().next());
  }

  @Override
  public void render(RenderContext context) {
    data.forEach((type, content) -> context.renderIfRequested(type, () -> content));
    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text);
  }

  /** @return the whole bundle as a {@link DisplayData} */
  public DisplayData toDisplayData() {
    DisplayData d = new DisplayData(text);
    data.forEach(d::putData);
    return d;
  }

  @Override
  public String toString() {
    return text;
  }
}
