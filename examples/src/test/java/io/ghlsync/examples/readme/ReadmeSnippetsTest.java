package io.ghlsync.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code ```java} block of the repository's README.md against this module's class
 * path, so the README cannot drift from the API. The HTML comment {@code <!-- java-imports: a.b,
 * c.d -->} right before a block names the packages (or types, for nested types) it imports; free
 * names come from {@link ReadmeContext}.
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK =
      Pattern.compile(
          "(?:<!-- java-imports: ([^>]*) -->\\n)?```java\\n(.*?)\\n```", Pattern.DOTALL);

  @TempDir Path work;

  record Snippet(int number, int line, List<String> imports, String code) {}

  static List<Snippet> snippets(String readme) {
    List<Snippet> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      int line = (int) readme.substring(0, m.start(2)).chars().filter(c -> c == '\n').count() + 1;
      List<String> imports = new ArrayList<>();
      if (m.group(1) != null) {
        for (String p : m.group(1).split(",")) {
          imports.add(p.trim());
        }
      }
      out.add(new Snippet(out.size() + 1, line, imports, m.group(2)));
    }
    return out;
  }

  @Test
  void everyJavaSnippetInTheReadmeCompiles() throws IOException {
    Path readme = Path.of("..", "README.md").toAbsolutePath().normalize();
    List<Snippet> snippets = snippets(Files.readString(readme, StandardCharsets.UTF_8));
    assertThat(snippets).as("java snippets in %s", readme).hasSizeGreaterThanOrEqualTo(6);
    assertThat(snippets)
        .as("every snippet names its imports in <!-- java-imports: ... -->")
        .allMatch(s -> !s.imports().isEmpty());

    List<Path> sources = new ArrayList<>();
    for (Snippet s : snippets) {
      sources.add(write(s));
    }
    List<String> errors = compile(sources, snippets);

    assertThat(errors).as("README.md snippets that do not compile").isEmpty();
  }

  @Test
  void aSnippetThatUsesAMissingMethodIsReported() throws IOException {
    String readme =
        "<!-- java-imports: io.ghlsync.ghl -->\n```java\nGhlClient.builder().noSuchMethod();\n```\n";
    List<Snippet> snippets = snippets(readme);
    List<String> errors = compile(List.of(write(snippets.get(0))), snippets);

    assertThat(errors).singleElement().asString().contains("snippet 1").contains("noSuchMethod");
  }

  private Path write(Snippet s) throws IOException {
    StringBuilder src = new StringBuilder("package readme;\n");
    for (String i :
        List.of(
            "java.util",
            "java.util.concurrent",
            "java.util.stream",
            "java.time",
            "java.nio.file")) {
      src.append("import ").append(i).append(".*;\n");
    }
    for (String i : s.imports()) {
      src.append("import ").append(i).append(".*;\n");
    }
    src.append("@SuppressWarnings(\"all\")\nclass Snippet")
        .append(s.number())
        .append(" extends io.ghlsync.examples.readme.ReadmeContext {\n")
        .append("  void run() throws Exception {\n")
        .append(s.code())
        .append("\n  }\n}\n");
    Path file = work.resolve("readme/Snippet" + s.number() + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, src.toString(), StandardCharsets.UTF_8);
    return file;
  }

  private List<String> compile(List<Path> sources, List<Snippet> snippets) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = System.getProperty("surefire.test.class.path");
    if (classPath == null || classPath.isBlank()) {
      classPath = System.getProperty("java.class.path");
    }
    Path out = Files.createDirectories(work.resolve("classes"));
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of("-proc:none", "-classpath", classPath, "-d", out.toString(), "-nowarn");
      compiler
          .getTask(
              null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      String name = d.getSource() == null ? "?" : new File(d.getSource().getName()).getName();
      String digits = name.replaceAll("\\D", "");
      int number = digits.isEmpty() ? 0 : Integer.parseInt(digits);
      int readmeLine =
          snippets.stream()
              .filter(s -> s.number() == number)
              .mapToInt(Snippet::line)
              .findFirst()
              .orElse(0);
      errors.add(
          "snippet "
              + number
              + " (README.md from line "
              + readmeLine
              + "): "
              + d.getMessage(Locale.ROOT));
    }
    return errors;
  }
}
