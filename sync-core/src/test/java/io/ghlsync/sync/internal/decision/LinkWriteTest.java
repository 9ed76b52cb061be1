package io.ghlsync.sync.internal.decision;

import static io.ghlsync.sync.internal.decision.Fixtures.ALL;
import static io.ghlsync.sync.internal.decision.Fixtures.CONTACT;
import static io.ghlsync.sync.internal.decision.Fixtures.T1;
import static io.ghlsync.sync.internal.decision.Fixtures.TASK;
import static io.ghlsync.sync.internal.decision.Fixtures.key;
import static io.ghlsync.sync.internal.decision.Fixtures.link;
import static io.ghlsync.sync.internal.decision.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.target.TargetMatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkWriteTest {
  private static final MappedRecord V1 = record(Map.of("Name", "Anna", "Ort", "Bonn"));
  private static final MappedRecord V2 = record(Map.of("Name", "Anne"), "Ort");

  private static LinkWrite after(Step step, Optional<String> createdId) {
    return LinkWrite.after(new Written.Applied(step, createdId), Fixtures::key, "v2", T1);
  }

  private static Decider decider(DeletePolicy policy) {
    return new Decider("crm", ALL, kind -> policy);
  }

  @Test
  void anUnchangedRecordKeepsItsLink() {
    Step step =
        decider(DeletePolicy.IGNORE)
            .present(CONTACT, V1, Optional.of(link(CONTACT, V1, false)), Optional.empty());

    assertThat(after(step, Optional.empty())).isEqualTo(new LinkWrite.Keep());
  }

  @Test
  void aCreateLinksTheNewIdWithTheWrittenValues() {
    Step step =
        decider(DeletePolicy.IGNORE).present(CONTACT, V2, Optional.empty(), Optional.of(List.of()));

    Link link = ((LinkWrite.Put) after(step, Optional.of("901"))).link();

    assertThat(link)
        .isEqualTo(
            new Link(key(CONTACT), "c1", "901", V2.fingerprint(), V2.fields(), "v2", T1, false));
  }

  @Test
  void anUpdateKeepsTheValuesBeforeWithTheChangesAppliedAndTheClearedRemoved() {
    Step step =
        decider(DeletePolicy.IGNORE)
            .present(CONTACT, V2, Optional.of(link(CONTACT, V1, true)), Optional.empty());

    Link link = ((LinkWrite.Put) after(step, Optional.empty())).link();

    assertThat(link.snapshot()).isEqualTo(Map.of("Name", "Anne"));
    assertThat(link.targetId()).isEqualTo("700");
    assertThat(link.fingerprint()).isEqualTo(V2.fingerprint());
    assertThat(link.tombstone()).isFalse();
    assertThat(link.syncedAt()).isEqualTo(T1);
    assertThat(link.mappingVersion()).isEqualTo("v2");
  }

  @Test
  void aLinkedDuplicateKeepsTheFoundValues() {
    Map<String, Object> found = Map.of("Name", "Anna", "Ort", "Bonn", "Extra", "1");
    Step step =
        decider(DeletePolicy.IGNORE)
            .present(
                CONTACT, V1, Optional.empty(), Optional.of(List.of(new TargetMatch("800", found))));

    Link link = ((LinkWrite.Put) after(step, Optional.empty())).link();

    assertThat(link.snapshot()).isEqualTo(found);
    assertThat(link.targetId()).isEqualTo("800");
    assertThat(link.fingerprint()).isEqualTo(V1.fingerprint());
  }

  @Test
  void aDeleteRemovesTheLinkAndAnArchiveOrIgnoredDeleteKeepsATombstone() {
    Link live = link(TASK, V1, false);

    assertThat(after(decider(DeletePolicy.DELETE).gone(TASK, live), Optional.empty()))
        .isEqualTo(new LinkWrite.Delete(key(TASK)));
    assertThat(after(decider(DeletePolicy.ARCHIVE).gone(TASK, live), Optional.empty()))
        .isEqualTo(new LinkWrite.Put(live.asTombstone(T1)));
    assertThat(after(decider(DeletePolicy.IGNORE).gone(TASK, live), Optional.empty()))
        .isEqualTo(new LinkWrite.Put(live.asTombstone(T1)));
  }

  @Test
  void aStepThatCannotHaveBeenAppliedIsRefused() {
    Step waiting =
        decider(DeletePolicy.IGNORE).present(CONTACT, V1, Optional.empty(), Optional.empty());
    Step create =
        decider(DeletePolicy.IGNORE).present(CONTACT, V1, Optional.empty(), Optional.of(List.of()));

    assertThatThrownBy(() -> after(waiting, Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("duplicate search");
    assertThatThrownBy(() -> after(create, Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("new id");
  }
}
