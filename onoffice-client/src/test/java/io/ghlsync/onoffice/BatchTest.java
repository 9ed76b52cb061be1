package io.ghlsync.onoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.ValidationException;
import io.ghlsync.onoffice.model.ActionResult;
import io.ghlsync.onoffice.model.AddressChanges;
import io.ghlsync.onoffice.model.ContactType;
import io.ghlsync.onoffice.model.NewTask;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchTest {
  private MockOnOffice mock = new MockOnOffice();

  @AfterEach
  void close() {
    mock.close();
  }

  @Test
  void sendsSeveralActionsInOneRequestAndMatchesResultsByPosition() {
    mock.enqueue(
        MockOnOffice.envelope(
            500,
            97,
            "Error in action",
            MockOnOffice.result("task", "{\"id\":451,\"type\":\"task\",\"elements\":[]}", "null"),
            MockOnOffice.failedResult(87, "Identifier is ambiguous"),
            MockOnOffice.result(
                "agentslog", "{\"id\":67080,\"type\":\"agentsLog\",\"elements\":[]}", "null")));

    OnOfficeBatch batch = mock.client.batch();
    BatchEntry<Long> task =
        batch.add(TaskActions.create(NewTask.builder().betreff("Call").build()));
    BatchEntry<ActionResult> modify =
        batch.add(
            AddressActions.update(
                32, AddressChanges.builder().deleteContact(ContactType.EMAIL, "a@b.de").build()));
    BatchEntry<Long> note =
        batch.add(
            ActivityActions.create(
                io.ghlsync.onoffice.model.NewActivity.builder()
                    .addressids(List.of(32L))
                    .note("Hi")
                    .build()));
    BatchResult result = batch.execute();

    assertThat(mock.server.getRequestCount()).isEqualTo(1);
    assertThat(mock.takeBody())
        .isEqualTo(
            "{\"token\":\""
                + MockOnOffice.TOKEN
                + "\",\"request\":{\"actions\":["
                + MockOnOffice.action(
                    ActionType.CREATE,
                    "",
                    "task",
                    "{\"data\":{\"Betreff\":\"Call\"}}",
                    MockOnOffice.NOW)
                + ","
                + MockOnOffice.action(
                    ActionType.MODIFY,
                    "32",
                    "address",
                    "{\"email\":{\"action\":\"delete\",\"oldvalue\":\"a@b.de\"}}",
                    MockOnOffice.NOW)
                + ","
                + MockOnOffice.action(
                    ActionType.CREATE,
                    "",
                    "agentslog",
                    "{\"addressids\":[32],\"note\":\"Hi\"}",
                    MockOnOffice.NOW)
                + "]}}");
    assertThat(task.get()).isEqualTo(451);
    assertThat(note.get()).isEqualTo(67080);
    assertThatThrownBy(modify::get).isInstanceOf(ValidationException.class);
    assertThat(result.allSucceeded()).isFalse();
    assertThat(result.errors()).hasSize(1);
    assertThat(result.outcomes())
        .extracting(ActionOutcome::succeeded)
        .containsExactly(true, false, true);
    assertThatThrownBy(result::throwIfAnyFailed).isInstanceOf(ValidationException.class);
  }

  @Test
  void acceptsActionErrorsUnderAnOkTopLevelStatus() {
    mock.enqueue(
        MockOnOffice.envelope(
            200,
            0,
            "OK",
            MockOnOffice.failedResult(80, "Unknown record"),
            MockOnOffice.result("address", "", "null")));

    OnOfficeBatch batch = mock.client.batch();
    BatchEntry<ActionResult> first = batch.add(AddressActions.archive(1));
    BatchEntry<ActionResult> second = batch.add(AddressActions.archive(2));
    batch.execute();

    assertThat(first.outcome()).get().matches(o -> !o.succeeded());
    assertThat(second.get().resourceType()).isEqualTo("address");
  }

  @Test
  void splitsBatchesLargerThanTheConfiguredLimitInOrder() {
    mock.close();
    mock =
        new MockOnOffice(Clock.fixed(Instant.ofEpochSecond(MockOnOffice.NOW), ZoneOffset.UTC), 2);
    mock.enqueue(
        MockOnOffice.envelope(
            200,
            0,
            "OK",
            MockOnOffice.result("address", "", "null"),
            MockOnOffice.result("address", "", "null")));
    mock.enqueue(MockOnOffice.ok("address", "", "null"));

    OnOfficeBatch batch = mock.client.batch();
    for (long id = 1; id <= 3; id++) {
      batch.add(AddressActions.archive(id));
    }
    BatchResult result = batch.execute().throwIfAnyFailed();

    assertThat(result.outcomes()).hasSize(3);
    assertThat(mock.server.getRequestCount()).isEqualTo(2);
    assertThat(mock.takeBody()).contains("\"resourceid\":\"1\"").contains("\"resourceid\":\"2\"");
    assertThat(mock.takeBody()).contains("\"resourceid\":\"3\"");
  }

  @Test
  void aBatchRunsOnceAndNeedsAnAction() {
    mock.enqueue(MockOnOffice.ok("address", "", "null"));
    OnOfficeBatch empty = mock.client.batch();
    assertThatThrownBy(empty::execute).isInstanceOf(IllegalStateException.class);

    OnOfficeBatch batch = mock.client.batch();
    BatchEntry<ActionResult> entry =
        batch.add(
            OnOfficeAction.builder(ActionType.GET, "fields")
                .parameter("modules", List.of("address"))
                .build());
    assertThatThrownBy(entry::get).isInstanceOf(IllegalStateException.class);
    assertThat(batch.size()).isEqualTo(1);
    batch.execute();

    assertThatThrownBy(batch::execute).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> batch.add(AddressActions.archive(1)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(entry.index()).isZero();
    assertThat(entry.toString()).contains("onOffice get fields");
  }
}
