package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.model.CreateNoteRequest;
import io.ghlsync.ghl.model.Note;
import io.ghlsync.ghl.model.UpdateNoteRequest;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotesServiceTest {
  private final MockGhl ghl = new MockGhl();
  private final GhlClient client = ghl.client();

  @AfterEach
  void close() {
    ghl.close();
  }

  @Test
  void listReadsEveryNote() {
    ghl.enqueueFixture(200, "notes-list.json");

    List<Note> notes = client.notes().list("c1");

    ghl.take("GET", "/contacts/c1/notes");
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).body()).contains("lorem ipsum");
    assertThat(notes.get(0).color()).contains("#FFAA00");
    assertThat(notes.get(0).dateAddedInstant()).contains(Instant.parse("2021-07-08T12:02:11.285Z"));
  }

  @Test
  void getReadsOneNote() {
    ghl.enqueueFixture(200, "note.json");

    Note n = client.notes().get("c1", "n1");

    ghl.take("GET", "/contacts/c1/notes/n1");
    assertThat(n.id()).contains("HGPcayliwcdoUFzvbTok");
    assertThat(n.pinned()).contains(false);
  }

  @Test
  void createSendsTheBodyAndOptionalFields() {
    ghl.enqueueFixture(201, "note.json");

    client
        .notes()
        .create(
            "c1",
            CreateNoteRequest.builder()
                .body("lorem ipsum")
                .userId("GCs5KuzPqTls7vWclkEV")
                .title("Follow-up summary")
                .color("#FFAA00")
                .pinned(true)
                .build());

    RecordedRequest r = ghl.take("POST", "/contacts/c1/notes");
    MockGhl.assertJsonBody(
        r,
        "{\"body\":\"lorem ipsum\",\"userId\":\"GCs5KuzPqTls7vWclkEV\","
            + "\"title\":\"Follow-up summary\",\"color\":\"#FFAA00\",\"pinned\":true}");
  }

  @Test
  void updateSendsOnlyTheChangedFields() {
    ghl.enqueueFixture(200, "note.json");

    Note n = client.notes().update("c1", "n1", UpdateNoteRequest.builder().pinned(false).build());

    RecordedRequest r = ghl.take("PUT", "/contacts/c1/notes/n1");
    MockGhl.assertJsonBody(r, "{\"pinned\":false}");
    assertThat(n.title()).contains("Follow-up summary");
  }

  @Test
  void deleteReportsSuccess() {
    ghl.enqueueFixture(200, "note-delete.json");

    assertThat(client.notes().delete("c1", "n1")).isTrue();

    ghl.take("DELETE", "/contacts/c1/notes/n1");
  }
}
