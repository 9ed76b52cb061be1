package io.ghlsync.sync.rules;

import io.ghlsync.sync.mapping.SourceRecord;
import io.ghlsync.sync.score.FieldCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A text with placeholders for contact fields: {@code "Call {{firstName}} {{lastName}} (score
 * {{$score.value}})"}. A placeholder may name a fallback after a bar, {@code {{companyName|no
 * company}}}; a field without a value renders as its fallback or as nothing, never as {@code
 * "null"}. Lists render joined by {@code ", "}.
 *
 * @param text the template as written
 */
public record TaskTemplate(String text) {

  /** A literal part or a placeholder. */
  private record Part(boolean field, String value, String fallback) {}

  /**
   * Parses and checks the placeholders against the catalog.
   *
   * @param text the template
   * @param catalog the readable fields
   * @return the template
   * @throws IllegalArgumentException for an unclosed or empty placeholder or an unknown field
   */
  public static TaskTemplate parse(String text, FieldCatalog catalog) {
    for (Part p : parts(text)) {
      if (p.field()) {
        catalog
            .problem(p.value())
            .ifPresent(
                problem -> {
                  throw new IllegalArgumentException("template '" + text + "': " + problem);
                });
      }
    }
    return new TaskTemplate(text);
  }

  private static List<Part> parts(String text) {
    List<Part> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf("{{", i);
      if (open < 0) {
        out.add(new Part(false, text.substring(i), ""));
        break;
      }
      out.add(new Part(false, text.substring(i, open), ""));
      int close = text.indexOf("}}", open + 2);
      if (close < 0) {
        throw new IllegalArgumentException(
            "template '" + text + "': '{{' at " + open + " is never closed with '}}'");
      }
      String inside = text.substring(open + 2, close);
      int bar = inside.indexOf('|');
      String field = (bar < 0 ? inside : inside.substring(0, bar)).strip();
      if (field.isEmpty() || field.contains("{")) {
        throw new IllegalArgumentException(
            "template '" + text + "': empty placeholder at " + open + "; write {{fieldName}}");
      }
      out.add(new Part(true, field, bar < 0 ? "" : inside.substring(bar + 1)));
      i = close + 2;
    }
    return out;
  }

  /**
   * Renders the template.
   *
   * @param record the enriched, scored contact
   * @return the text
   */
  public String render(SourceRecord record) {
    StringBuilder out = new StringBuilder();
    for (Part p : parts(text)) {
      out.append(p.field() ? value(record, p.value()).orElse(p.fallback()) : p.value());
    }
    return out.toString().strip();
  }

  private static Optional<String> value(SourceRecord record, String path) {
    return record
        .get(path)
        .map(
            v ->
                v instanceof List<?> l
                    ? l.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    : String.valueOf(v))
        .filter(s -> !s.isBlank());
  }
}
