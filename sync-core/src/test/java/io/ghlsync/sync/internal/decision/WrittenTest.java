package io.ghlsync.sync.internal.decision;

import static io.ghlsync.sync.internal.decision.Fixtures.ALL;
import static io.ghlsync.sync.internal.decision.Fixtures.CONTACT;
import static io.ghlsync.sync.internal.decision.Fixtures.link;
import static io.ghlsync.sync.internal.decision.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.ghlsync.core.ErrorDetails;
import io.ghlsync.core.NotFoundException;
import io.ghlsync.core.ServerException;
import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.target.TargetResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WrittenTest {
  private static final MappedRecord V1 = record(Map.of("Name", "Anna"));
  private static final MappedRecord V2 = record(Map.of("Name", "Anne"));
  private static final Decider DECIDER = new Decider("crm", ALL, kind -> DeletePolicy.ARCHIVE);

  static final Step CREATE = DECIDER.present(CONTACT, V1, Optional.empty(), Optional.of(List.of()));
  static final Step UPDATE =
      DECIDER.present(CONTACT, V2, Optional.of(link(CONTACT, V1, false)), Optional.empty());
  static final Step MATCHED_UPDATE =
      DECIDER.present(
          CONTACT,
          V2,
          Optional.empty(),
          Optional.of(List.of(new io.ghlsync.sync.target.TargetMatch("800", V1.fields()))));
  static final Step REMOVE = DECIDER.gone(CONTACT, link(CONTACT, V1, false));

  private static NotFoundException notFound() {
    return new NotFoundException(details(404), null);
  }

  private static ErrorDetails details(int status) {
    return new ErrorDetails(status, null, List.of("failed"), null, null, "test");
  }

  static Stream<Arguments> table() {
    return Stream.of(
        arguments("create answered Created", CREATE, new TargetResult.Created("901"), true, "901"),
        arguments("update answered Done", UPDATE, new TargetResult.Done(), true, null),
        arguments("remove answered Done", REMOVE, new TargetResult.Done(), true, null),
        arguments(
            "remove of a record already gone",
            REMOVE,
            new TargetResult.Failed(notFound()),
            true,
            null),
        arguments("create answered Done", CREATE, new TargetResult.Done(), false, null),
        arguments("update answered Created", UPDATE, new TargetResult.Created("902"), false, null),
        arguments("write answered Found", UPDATE, new TargetResult.Found(List.of()), false, null),
        arguments(
            "update failed",
            UPDATE,
            new TargetResult.Failed(new ServerException(details(500), null)),
            false,
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void readsTheTargetsAnswer(
      String name, Step step, TargetResult result, boolean applied, String createdId) {
    Written written = Written.of(step, result, "crm");

    assertThat(written.step()).isSameAs(step);
    assertThat(written instanceof Written.Applied).isEqualTo(applied);
    if (written instanceof Written.Applied a) {
      assertThat(a.createdId()).isEqualTo(Optional.ofNullable(createdId));
    }
  }

  @Test
  void aContractBreakNamesTheTargetAndTheAnswer() {
    Written.Failed failed = (Written.Failed) Written.of(CREATE, new TargetResult.Done(), "crm");

    assertThat(failed.error())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("target 'crm' answered a write with Done");
    assertThat(failed.forgetLink()).isFalse();
  }

  @Test
  void aLinkedRecordGoneInTheTargetForgetsTheLinkAndKeepsTheError() {
    NotFoundException gone = notFound();
    Written.Failed failed =
        (Written.Failed) Written.of(UPDATE, new TargetResult.Failed(gone), "crm");

    assertThat(failed.error()).isSameAs(gone);
    assertThat(failed.forgetLink()).isTrue();
  }

  @Test
  void aCreateOrAnotherErrorKeepsTheLink() {
    Written.Failed create =
        (Written.Failed) Written.of(CREATE, new TargetResult.Failed(notFound()), "crm");
    Written.Failed other =
        (Written.Failed)
            Written.of(
                UPDATE, new TargetResult.Failed(new ServerException(details(500), null)), "crm");

    assertThat(create.forgetLink()).isFalse();
    assertThat(other.forgetLink()).isFalse();
    assertThat(MATCHED_UPDATE.targetId()).contains("800");
  }

  @Test
  void theTargetIdAfterAStepIsTheCreatedOneElseTheKnownOne() {
    assertThat(new Written.Applied(CREATE, Optional.of("901")).targetId()).contains("901");
    assertThat(new Written.Applied(UPDATE, Optional.empty()).targetId()).contains("700");
    assertThat(new Written.Applied(CREATE, Optional.empty()).targetId()).isEmpty();
    assertThat(Written.unsent(UPDATE)).isEqualTo(new Written.Applied(UPDATE, Optional.empty()));
  }
}
