package io.ghlsync.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NotesSummaryTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final NotesSummaryRule RULE = NotesSummaryRule.of("Bemerkung", BERLIN);

  private static NoteText note(String id, String body, String at) {
    return new NoteText(id, body, Instant.parse(at));
  }

  @Test
  void listsNewestFirstWithDateAndFirstSentence() {
    List<NoteText> notes =
        List.of(
            note("a", "Sent brochure. Waiting for reply.", "2024-04-20T10:00:00Z"),
            note("b", "Called back!\nWants an offer by Friday.", "2024-05-01T23:30:00Z"));

    assertThat(NotesSummary.summarize(notes, RULE))
        .isEqualTo("2024-05-02: Called back!\n2024-04-20: Sent brochure.");
  }

  @Test
  void removesDuplicatesIgnoringCaseAndSpacing() {
    List<NoteText> notes =
        List.of(
            note("a", "Left   voicemail.", "2024-05-01T10:00:00Z"),
            note("b", "left voicemail.", "2024-05-02T10:00:00Z"),
            note("c", "  ", "2024-05-03T10:00:00Z"));

    assertThat(NotesSummary.summarize(notes, RULE)).isEqualTo("2024-05-02: left voicemail.");
  }

  @Test
  void isDeterministicWhateverTheInputOrder() {
    List<NoteText> notes = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      notes.add(note("n" + i, "Note number " + (i % 7) + ".", "2024-05-01T10:00:00Z"));
    }
    String first = NotesSummary.summarize(notes, RULE);
    Collections.shuffle(notes, new Random(7));

    assertThat(NotesSummary.summarize(notes, RULE)).isEqualTo(first);
  }

  @Test
  void capsNotesAndLength() {
    NotesSummaryRule small = new NotesSummaryRule("x", 40, 2, 160, BERLIN, " | ");
    List<NoteText> notes =
        List.of(
            note("a", "One.", "2024-05-03T10:00:00Z"),
            note("b", "Two.", "2024-05-02T10:00:00Z"),
            note("c", "Three.", "2024-05-01T10:00:00Z"));

    assertThat(NotesSummary.summarize(notes, small))
        .isEqualTo("2024-05-03: One. | 2024-05-02: Two.");
    NotesSummaryRule tiny = new NotesSummaryRule("x", 30, 5, 160, BERLIN, " | ");
    assertThat(NotesSummary.summarize(notes, tiny)).isEqualTo("2024-05-03: One.");
  }

  @Test
  void cutsLongTextAtWordBoundaryWithEllipsis() {
    NotesSummaryRule rule = new NotesSummaryRule("x", 25, 5, 20, BERLIN, "\n");
    String summary =
        NotesSummary.summarize(
            List.of(note("a", "The customer would like a detailed offer", "2024-05-01T10:00:00Z")),
            rule);

    assertThat(summary).isEqualTo("2024-05-01: The customer\u2026");
    assertThat(summary.length()).isLessThanOrEqualTo(25);
  }

  @Test
  void isEmptyWithoutNotes() {
    assertThat(NotesSummary.summarize(List.of(), RULE)).isEmpty();
  }

  @Test
  void rejectsNonsensicalCaps() {
    assertThatThrownBy(() -> new NotesSummaryRule("x", 5, 1, 10, BERLIN, "\n"))
        .hasMessageContaining("maxLength");
    assertThatThrownBy(() -> new NotesSummaryRule(" ", 50, 1, 10, BERLIN, "\n"))
        .hasMessageContaining("target");
  }
}
