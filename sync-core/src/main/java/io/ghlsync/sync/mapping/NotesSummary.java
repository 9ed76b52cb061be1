package io.ghlsync.sync.mapping;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A concise, deterministic, extractive summary of a contact's notes: newest first, one line per
 * note with its date and the first sentence of its first line, duplicates removed, capped in
 * length. The same notes always give the same text, so an unchanged notes list never causes a
 * target write.
 *
 * <p>Example: {@code 2024-05-02: Called back, wants an offer.\n2024-04-20: Sent brochure.}
 */
public final class NotesSummary {
  private static final char ELLIPSIS = '\u2026';

  private NotesSummary() {}

  /**
   * Summarises notes.
   *
   * @param notes the notes, in any order
   * @param rule the caps and zone
   * @return the summary; empty when there are no notes with text
   */
  public static String summarize(List<NoteText> notes, NotesSummaryRule rule) {
    DateTimeFormatter day =
        DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(rule.zone());
    List<NoteText> ordered = new ArrayList<>(notes);
    ordered.sort(Comparator.comparing(NoteText::addedAt).reversed().thenComparing(NoteText::id));
    Set<String> seen = new HashSet<>();
    StringBuilder out = new StringBuilder();
    int entries = 0;
    for (NoteText note : ordered) {
      if (entries == rule.maxNotes()) {
        break;
      }
      String sentence = firstSentence(collapse(firstLine(note.body())), rule.maxEntryLength());
      if (sentence.isEmpty() || !seen.add(sentence.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String line = day.format(note.addedAt()) + ": " + sentence;
      int needed = (entries == 0 ? 0 : rule.separator().length()) + line.length();
      if (out.length() + needed > rule.maxLength()) {
        if (entries == 0) {
          out.append(cut(line, rule.maxLength()));
        }
        break;
      }
      if (entries > 0) {
        out.append(rule.separator());
      }
      out.append(line);
      entries++;
    }
    return out.toString();
  }

  private static String firstLine(String text) {
    return text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
  }

  private static String collapse(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String firstSentence(String text, int max) {
    int end = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        end = i + 1;
        break;
      }
    }
    return cut(text.substring(0, end), max);
  }

  /** Cuts at a word boundary where possible and marks the cut with an ellipsis. */
  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String head = text.substring(0, max - 1);
    int space = head.lastIndexOf(' ');
    if (!Character.isWhitespace(text.charAt(max - 1)) && space > max / 2) {
      head = head.substring(0, space);
    }
    return head.stripTrailing() + ELLIPSIS;
  }
}
