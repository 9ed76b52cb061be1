package io.ghlsync.optmyzr;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.optmyzr.model.Contact;
import io.ghlsync.optmyzr.model.ContactFields;
import io.ghlsync.optmyzr.model.ContactQuery;
import io.ghlsync.optmyzr.model.CursorPage;
import io.ghlsync.optmyzr.model.HistoryFilter;
import io.ghlsync.optmyzr.model.Note;
import io.ghlsync.optmyzr.model.NoteInput;
import io.ghlsync.optmyzr.model.NoteQuery;
import io.ghlsync.optmyzr.model.SuggestionFilter;
import io.ghlsync.optmyzr.model.Task;
import io.ghlsync.optmyzr.model.TaskInput;
import io.ghlsync.optmyzr.model.TaskPatch;
import io.ghlsync.optmyzr.model.TaskQuery;
import io.ghlsync.optmyzr.model.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {
  private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void contactToStringHidesPersonalData() {
    ContactFields fields =
        ContactFields.builder()
            .externalId("ghl-1")
            .email("ana@example.com")
            .phone("+4915112345678")
            .firstName("Ana")
            .lastName("Lima")
            .source("ads")
            .gclid("g-1")
            .customFields(Map.of("plan", "gold"))
            .build();
    Contact contact = Contact.builder("ct_1", fields).createdAt(T).updatedAt(T).build();

    assertThat(contact.toString())
        .contains("ct_1", "ghl-1", "[redacted]", "plan")
        .doesNotContain("ana@example.com", "+4915112345678", "Ana", "Lima", "gold");
    assertThat(new ContactQuery[] {ContactQuery.builder().email("ana@example.com").build()}[0])
        .hasToString("ContactQuery[limit=null, cursor=false, updatedAfter=null, email=[redacted]]");
  }

  @Test
  void valuesCompareByContent() {
    ContactFields f = ContactFields.builder().company("Acme").leadScore(3).build();
    assertThat(f).isEqualTo(ContactFields.builder().company("Acme").leadScore(3).build());
    assertThat(f.hashCode())
        .isEqualTo(ContactFields.builder().company("Acme").leadScore(3).build().hashCode());
    assertThat(f.isEmpty()).isFalse();
    assertThat(ContactFields.builder().build().isEmpty()).isTrue();
    assertThat(Contact.builder("c", f).build()).isEqualTo(Contact.builder("c", f).build());

    Task task = Task.builder("tk", "ct", "t", TaskStatus.OPEN).body("b").createdAt(T).build();
    assertThat(task)
        .isEqualTo(Task.builder("tk", "ct", "t", TaskStatus.OPEN).body("b").createdAt(T).build());
    assertThat(task.hashCode()).isEqualTo(task.hashCode());
    assertThat(task.toString()).contains("tk", "OPEN");

    Note note = Note.builder("nt", "ct", "b").author("a").occurredAt(T).createdAt(T).build();
    assertThat(note)
        .isEqualTo(Note.builder("nt", "ct", "b").author("a").occurredAt(T).createdAt(T).build());
    assertThat(note.toString()).doesNotContain("\"b\"");

    TaskInput in = TaskInput.builder("ct", "t").dueAt(T).build();
    assertThat(in).isEqualTo(TaskInput.builder("ct", "t").dueAt(T).build());
    assertThat(in.hashCode()).isEqualTo(TaskInput.builder("ct", "t").dueAt(T).build().hashCode());
    assertThat(in.toString()).doesNotContain("title");

    TaskPatch patch = TaskPatch.builder().body("x").dueAt(T).assigneeId("u").build();
    assertThat(patch).isEqualTo(TaskPatch.builder().body("x").dueAt(T).assigneeId("u").build());
    assertThat(patch.hashCode()).isEqualTo(patch.hashCode());
    assertThat(patch.toString()).contains("dueAt");

    NoteInput ni = NoteInput.builder("b").author("a").occurredAt(T).build();
    assertThat(ni).isEqualTo(NoteInput.builder("b").author("a").occurredAt(T).build());
    assertThat(ni.hashCode()).isEqualTo(ni.hashCode());
    assertThat(ni.toString()).contains("length=1");

    assertThat(NoteQuery.firstPage(5)).isEqualTo(NoteQuery.firstPage(5));
    assertThat(NoteQuery.firstPage().withCursor("c").cursor()).contains("c");
    assertThat(NoteQuery.firstPage().hashCode()).isEqualTo(NoteQuery.firstPage().hashCode());
    assertThat(NoteQuery.firstPage().toString()).contains("limit=null");

    TaskQuery tq = TaskQuery.byContact("ct");
    assertThat(tq.withCursor("c")).isNotEqualTo(tq);
    assertThat(tq.hashCode()).isEqualTo(TaskQuery.byContact("ct").hashCode());
    assertThat(tq.toString()).contains("ct");

    ContactQuery cq = ContactQuery.builder().updatedAfter(T).build();
    assertThat(cq).isEqualTo(ContactQuery.builder().updatedAfter(T).build());
    assertThat(cq.hashCode()).isEqualTo(cq.hashCode());

    assertThat(SuggestionFilter.builder().accountId("1").build())
        .isEqualTo(SuggestionFilter.builder().accountId("1").build())
        .hasToString("SuggestionFilter[accountId]");
    assertThat(SuggestionFilter.none().hashCode()).isEqualTo(SuggestionFilter.none().hashCode());
    assertThat(HistoryFilter.builder().accountId("1").build())
        .isEqualTo(HistoryFilter.builder().accountId("1").build())
        .hasToString("HistoryFilter[accountId]");
    assertThat(HistoryFilter.none().hashCode()).isEqualTo(HistoryFilter.none().hashCode());

    CursorPage<String> page = CursorPage.of(List.of("a"), "n");
    assertThat(page)
        .isEqualTo(CursorPage.of(List.of("a"), "n"))
        .isNotEqualTo(CursorPage.last(List.of("a")));
    assertThat(page.hashCode()).isEqualTo(CursorPage.of(List.of("a"), "n").hashCode());
    assertThat(page.toString()).contains("hasMore=true");
  }

  @Test
  void historyFilterRefusesTheTokenParameter() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> HistoryFilter.builder().parameter("token", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentials");
  }

  @Test
  void taskStatusReadsWireValuesLeniently() {
    assertThat(TaskStatus.fromWire(" Completed ")).isEqualTo(TaskStatus.COMPLETED);
    assertThat(TaskStatus.fromWire("open")).isEqualTo(TaskStatus.OPEN);
    assertThat(TaskStatus.fromWire("archived")).isEqualTo(TaskStatus.UNKNOWN);
    assertThat(TaskStatus.fromWire("unknown")).isEqualTo(TaskStatus.UNKNOWN);
  }
}
