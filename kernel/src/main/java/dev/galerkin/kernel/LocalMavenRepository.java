package dev.galerkin.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Artifacts of a local Maven repository ({@code ~/.m2/repository}) with their dependencies, for
 * {@code %maven}: reads the artifact's POM, its parents' properties and dependency management, and
 * follows compile and runtime dependencies breadth first, the nearest version of an artifact
 * winning (Maven's rule). Test, provided, system and optional dependencies are left out, and so are
 * exclusions' targets. Nothing is downloaded: a dependency whose POM or jar is missing is reported
 * by name.
 */
final class LocalMavenRepository {
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
  private final Path root;
  private final Map<String, Pom> poms = new HashMap<>();

  LocalMavenRepository(Path root) {
    this.root = root;
  }

  /**
   * @param coordinates {@code GROUP:ARTIFACT:VERSION} (a fourth part, the packaging, may follow
   *     the artifact as in {@code GROUP:ARTIFACT:jar:VERSION})
   * @return the jars, the artifact's first
   */
  List<Path> resolve(String coordinates) {
    String[] p = coordinates.split(":");
    if (p.length != 3 && p.length != 4) {
      throw ClasspathMagics.fail("%maven " + coordinates + ": expected GROUP:ARTIFACT:VERSION");
    }
    String group = p[0];
    String artifact = p[1];
    String version = p[p.length - 1];
    if (!Files.isRegularFile(jar(group, artifact, version))) {
      throw ClasspathMagics.fail("%maven " + coordinates + ": not in the local repository " + root
          + " (looked for " + jar(group, artifact, version) + "); this kernel does not download");
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Path> jars = new ArrayList<>();
    Deque<String[]> queue = new ArrayDeque<>();
    queue.add(new String[] {group, artifact, version});
    seen.add(group + ":" + artifact);
    while (!queue.isEmpty()) {
      String[] a = queue.poll();
      Path jar = jar(a[0], a[1], a[2]);
      if (!Files.isRegularFile(jar)) {
        throw ClasspathMagics.fail("%maven " + coordinates + ": its dependency " + String.join(":", a)
            + " is not in the local repository (" + jar + ")");
      }
      jars.add(jar);
      Pom pom = pom(a[0], a[1], a[2]);
      if (pom == null) {
        continue;
      }
      for (String[] d : pom.dependencies) {
        if (seen.add(d[0] + ":" + d[1])) {
          queue.add(d);
        }
      }
    }
    return jars;
  }

  private Path dir(String group, String artifact, String version) {
    return root.resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
  }

  private Path jar(String group, String artifact, String version) {
    return dir(group, artifact, version).resolve(artifact + "-" + version + ".jar");
  }

  /** A POM's effective properties, dependency management and runtime dependencies. */
  private record Pom(Map<String, String> properties, Map<String, String> managed,
      List<String[]> dependencies) {}

  private Pom pom(String group, String artifact, String version) {
    String key = group + ":" + artifact + ":" + version;
    if (poms.containsKey(key)) {
      return poms.get(key);
    }
    Path file = dir(group, artifact, version).resolve(artifact + "-" + version + ".pom");
    Pom pom = Files.isRegularFile(file) ? parse(file, group, version) : null;
    poms.put(key, pom);
    return pom;
  }

  private Pom parse(Path file, String group, String version) {
    Element project;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      Document doc = f.newDocumentBuilder().parse(file.toFile());
      project = doc.getDocumentElement();
    } catch (Exception e) {
      throw ClasspathMagics.fail("%maven: cannot read " + file + ": " + e.getMessage());
    }
    Map<String, String> props = new HashMap<>();
    Map<String, String> managed = new HashMap<>();
    Element parent = child(project, "parent");
    if (parent != null) {
      Pom p = pom(text(parent, "groupId"), text(parent, "artifactId"), text(parent, "version"));
      if (p != null) {
        props.putAll(p.properties);
        managed.putAll(p.managed);
      }
    }
    props.put("project.version", version);
    props.put("project.groupId", group);
    props.put("pom.version", version);
    Element properties = child(project, "properties");
    if (properties != null) {
      for (Element e : children(properties, null)) {
        props.put(e.getTagName(), e.getTextContent().strip());
      }
    }
    Element dm = child(project, "dependencyManagement");
    if (dm != null && child(dm, "dependencies") != null) {
      for (Element d : children(child(dm, "dependencies"), "dependency")) {
        String g = expand(text(d, "groupId"), props);
        String a = expand(text(d, "artifactId"), props);
        String v = expand(text(d, "version"), props);
        if ("import".equals(text(d, "scope"))) {
          Pom bom = pom(g, a, v);
          if (bom != null) {
            bom.managed.forEach(managed::putIfAbsent);
          }
        } else if (v != null) {
          managed.put(g + ":" + a, v);
        }
      }
    }
    List<String[]> deps = new ArrayList<>();
    Element ds = child(project, "dependencies");
    if (ds != null) {
      for (Element d : children(ds, "dependency")) {
        String scope = text(d, "scope");
        String type = text(d, "type");
        if ((scope != null && !scope.equals("compile") && !scope.equals("runtime"))
            || "true".equals(text(d, "optional")) || text(d, "classifier") != null
            || (type != null && !type.equals("jar"))) {
          continue;
        }
        String g = expand(text(d, "groupId"), props);
        String a = expand(text(d, "artifactId"), props);
        String v = expand(text(d, "version"), props);
        if (v == null) {
          v = managed.get(g + ":" + a);
        }
        if (v != null && !v.startsWith("[") && !v.startsWith("(")) {
          deps.add(new String[] {g, a, v});
        }
      }
    }
    return new Pom(props, managed, deps);
  }

  private static String expand(String s, Map<String, String> props) {
    if (s == null) {
      return null;
    }
    for (int i = 0; i < 10 && s.contains("${"); i++) {
      Matcher m = PROPERTY.matcher(s);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String v = props.get(m.group(1));
        m.appendReplacement(b, Matcher.quoteReplacement(v == null ? m.group() : v));
      }
      m.appendTail(b);
      if (b.toString().equals(s)) {
        break;
      }
      s = b.toString();
    }
    return s;
  }

  private static Element child(Element e, String name) {
    List<Element> c = children(e, name);
    return c.isEmpty() ? null : c.get(0);
  }

  private static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && (name == null || c.getTagName().equals(name))) {
        out.add(c);
      }
    }
    return out;
  }

  private static String text(Element e, String name) {
    Element c = child(e, name);
    return c == null ? null : c.getTextContent().strip();
  }

}
