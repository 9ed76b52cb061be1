package io.ghlsync.ghl.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.internal.Redaction;
import io.ghlsync.testkit.ToStringProbe;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelToStringTest {
  /** Components shown in clear on purpose: field names, user/contact ids, technical text. */
  private static final Set<String> TECHNICAL =
      Set.of(
          "BulkTagsRequest.contacts",
          "FollowersResult.followers",
          "FollowersResult.followersAdded",
          "FollowersResult.followersRemoved",
          "ContactsMeta.nextPageUrl",
          "DndSetting.code",
          "DndSetting.message",
          "DndChannelStatus.code",
          "DndChannelStatus.message",
          "Sort.field",
          "Filter.field",
          "CustomFieldInput.key",
          "CustomFieldValue.key",
          "UpdateContactRequest.cleared",
          "AppointmentSnapshot.appointmentStatus",
          "EventTime.raw",
          "Rejected.message",
          "AuthorizationRequest.url");

  @ParameterizedTest
  @ValueSource(strings = {"io.ghlsync.ghl.model", "io.ghlsync.ghl.webhook", "io.ghlsync.ghl.oauth"})
  void noModelToStringShowsPersonalData(String pkg) {
    ToStringProbe.Report report = ToStringProbe.scan(pkg, Redaction::isHarmless);

    assertThat(report.probed()).hasSizeGreaterThan(1);
    assertThat(report.leaks()).allMatch(TECHNICAL::contains);
  }

  @org.junit.jupiter.api.Test
  void taskAndNoteShowIdsButNotTheirText() {
    Task task =
        new Task(
            "t1",
            java.util.Optional.of("Call Jane about the flat"),
            java.util.Optional.of("She lives at Via Roma 1"),
            java.util.Optional.empty(),
            java.util.Optional.of("2026-01-01T00:00:00Z"),
            java.util.Optional.of(false),
            java.util.Optional.of("c1"));

    assertThat(task.toString())
        .isEqualTo(
            "Task[id=t1, contactId=c1, dueDate=2026-01-01T00:00:00Z, completed=false,"
                + " redacted: title, body]");
  }
}
