package io.ghlsync.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints a command's result: text for people by default, one JSON document with {@code --json}. A
 * command builds its result once as plain maps and lists; the text form is derived by the command,
 * the JSON form by Jackson.
 */
final class Output {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final PrintStream out;
  private final boolean json;

  Output(PrintStream out, boolean json) {
    this.out = out;
    this.json = json;
  }

  /**
   * Whether the output is JSON.
   *
   * @return true with {@code --json}
   */
  boolean json() {
    return json;
  }

  /**
   * Prints a result.
   *
   * @param document the JSON document (maps, lists, strings, numbers, booleans)
   * @param lines the text lines, computed only when text is printed
   */
  void print(Object document, Supplier<List<String>> lines) {
    if (json) {
      out.println(toJson(document));
    } else {
      lines.get().forEach(out::println);
    }
  }

  /**
   * A line of text, only in text mode (e.g. progress remarks).
   *
   * @param line the line
   */
  void say(String line) {
    if (!json) {
      out.println(line);
    }
  }

  /**
   * Serialises a document as indented JSON.
   *
   * @param document maps, lists and scalars
   * @return the JSON text
   */
  static String toJson(Object document) {
    return JSON.writeValueAsString(document);
  }
}
