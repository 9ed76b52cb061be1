package io.ghlsync.sync.internal.decision;

import static io.ghlsync.sync.internal.decision.Fixtures.ALL;
import static io.ghlsync.sync.internal.decision.Fixtures.CONTACT;
import static io.ghlsync.sync.internal.decision.Fixtures.CREATE_ONLY;
import static io.ghlsync.sync.internal.decision.Fixtures.NOTE;
import static io.ghlsync.sync.internal.decision.Fixtures.TASK;
import static io.ghlsync.sync.internal.decision.Fixtures.link;
import static io.ghlsync.sync.internal.decision.Fixtures.linkWithSnapshot;
import static io.ghlsync.sync.internal.decision.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.target.DuplicateQuery;
import io.ghlsync.sync.target.TargetCapabilities;
import io.ghlsync.sync.target.TargetMatch;
import io.ghlsync.sync.target.TargetOperation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeciderTest {
  private static final MappedRecord ANNA = record(Map.of("Vorname", "Anna", "Alter", 41L));
  private static final MappedRecord ANNA_OLDER = record(Map.of("Vorname", "Anna", "Alter", 42L));

  private static Decider decider(TargetCapabilities caps) {
    return new Decider("crm", caps, kind -> DeletePolicy.ARCHIVE);
  }

  /**
   * One row per branch of {@link Decider#present}: the inputs, then the expected step type,
   * decision, target id, the fields it writes (set and cleared) and the remark.
   */
  static Stream<Arguments> presentTable() {
    Link annaLink = link(CONTACT, ANNA, false);
    Optional<List<TargetMatch>> notSearched = Optional.empty();
    Optional<List<TargetMatch>> nothingFound = Optional.of(List.of());
    String cannotUpdate = "crm cannot update contacts; the change is not written";
    return Stream.of(
        arguments(
            "linked, same fingerprint: skipped, link kept",
            ALL,
            CONTACT,
            ANNA,
            Optional.of(annaLink),
            notSearched,
            Step.Unchanged.class,
            Decision.SKIPPED_UNCHANGED,
            "700",
            Set.of(),
            ""),
        arguments(
            "linked, same fingerprint, tombstoned: link revived without a write",
            ALL,
            CONTACT,
            ANNA,
            Optional.of(link(CONTACT, ANNA, true)),
            notSearched,
            Step.LinkOnly.class,
            Decision.SKIPPED_UNCHANGED,
            "700",
            Set.of(),
            ""),
        arguments(
            "linked, one field changed: update of that field only",
            ALL,
            CONTACT,
            ANNA_OLDER,
            Optional.of(annaLink),
            notSearched,
            Step.Update.class,
            Decision.UPDATED,
            "700",
            Set.of("Alter"),
            ""),
        arguments(
            "linked, changed, target cannot update: link only, with the reason",
            CREATE_ONLY,
            CONTACT,
            ANNA_OLDER,
            Optional.of(annaLink),
            notSearched,
            Step.LinkOnly.class,
            Decision.SKIPPED_UNCHANGED,
            "700",
            Set.of(),
            cannotUpdate),
        arguments(
            "linked, stale fingerprint but equal values: link only",
            ALL,
            CONTACT,
            ANNA,
            Optional.of(linkWithSnapshot(CONTACT, "old", Map.of("Vorname", "Anna", "Alter", "41"))),
            notSearched,
            Step.LinkOnly.class,
            Decision.SKIPPED_UNCHANGED,
            "700",
            Set.of(),
            ""),
        arguments(
            "linked wins over a search answer",
            ALL,
            CONTACT,
            ANNA,
            Optional.of(annaLink),
            Optional.of(List.of(new TargetMatch("999", Map.of()))),
            Step.Unchanged.class,
            Decision.SKIPPED_UNCHANGED,
            "700",
            Set.of(),
            ""),
        arguments(
            "unlinked contact, not searched: needs a search",
            CREATE_ONLY,
            CONTACT,
            ANNA,
            Optional.empty(),
            notSearched,
            Step.NeedsFind.class,
            Decision.CREATED,
            null,
            Set.of("Vorname", "Alter"),
            ""),
        arguments(
            "unlinked task, target finds children: needs a search",
            ALL,
            TASK,
            ANNA,
            Optional.empty(),
            notSearched,
            Step.NeedsFind.class,
            Decision.CREATED,
            null,
            Set.of("Vorname", "Alter"),
            ""),
        arguments(
            "unlinked note, target cannot find children: created at once",
            CREATE_ONLY,
            NOTE,
            ANNA,
            Optional.empty(),
            notSearched,
            Step.Create.class,
            Decision.CREATED,
            null,
            Set.of("Vorname", "Alter"),
            ""),
        arguments(
            "unlinked, nothing found: create",
            ALL,
            CONTACT,
            ANNA,
            Optional.empty(),
            nothingFound,
            Step.Create.class,
            Decision.CREATED,
            null,
            Set.of("Vorname", "Alter"),
            ""),
        arguments(
            "unlinked, identical duplicate found: linked without a write",
            ALL,
            CONTACT,
            ANNA,
            Optional.empty(),
            Optional.of(List.of(new TargetMatch("800", Map.of("Vorname", "Anna", "Alter", 41)))),
            Step.LinkOnly.class,
            Decision.LINKED_DUPLICATE,
            "800",
            Set.of(),
            ""),
        arguments(
            "unlinked, differing duplicate found: linked and the difference written",
            ALL,
            CONTACT,
            ANNA,
            Optional.empty(),
            Optional.of(List.of(new TargetMatch("800", Map.of("Vorname", "Anne", "Alter", 41)))),
            Step.Update.class,
            Decision.LINKED_DUPLICATE,
            "800",
            Set.of("Vorname"),
            ""),
        arguments(
            "unlinked, differing duplicate, target cannot update: linked, reason given",
            CREATE_ONLY,
            CONTACT,
            ANNA,
            Optional.empty(),
            Optional.of(List.of(new TargetMatch("800", Map.of("Vorname", "Anne")))),
            Step.LinkOnly.class,
            Decision.LINKED_DUPLICATE,
            "800",
            Set.of(),
            cannotUpdate),
        arguments(
            "two duplicates: the first is linked and the remark says so",
            CREATE_ONLY,
            CONTACT,
            ANNA,
            Optional.empty(),
            Optional.of(
                List.of(
                    new TargetMatch("801", Map.of("Vorname", "Anne")),
                    new TargetMatch("802", Map.of()))),
            Step.LinkOnly.class,
            Decision.LINKED_DUPLICATE,
            "801",
            Set.of(),
            "2 duplicates found; linked the first, 801"),
        arguments(
            "notes summary changed: only the summary field is written",
            ALL,
            CONTACT,
            record(Map.of("Vorname", "Anna", "Notizen", "2024-05-02: Called.")),
            Optional.of(
                linkWithSnapshot(
                    CONTACT, "old", Map.of("Vorname", "Anna", "Notizen", "2024-04-01: Sent."))),
            notSearched,
            Step.Update.class,
            Decision.UPDATED,
            "700",
            Set.of("Notizen"),
            ""),
        arguments(
            "notes gone: the summary field is cleared",
            ALL,
            CONTACT,
            record(Map.of("Vorname", "Anna"), "Notizen"),
            Optional.of(
                linkWithSnapshot(
                    CONTACT, "old", Map.of("Vorname", "Anna", "Notizen", "2024-04-01: Sent."))),
            notSearched,
            Step.Update.class,
            Decision.UPDATED,
            "700",
            Set.of("Notizen"),
            ""),
        arguments(
            "cleared field the target does not hold: nothing to write",
            ALL,
            CONTACT,
            record(Map.of("Vorname", "Anna"), "Notizen"),
            Optional.of(linkWithSnapshot(CONTACT, "old", Map.of("Vorname", "Anna"))),
            notSearched,
            Step.LinkOnly.class,
            Decision.SKIPPED_UNCHANGED,
            "700",
            Set.of(),
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presentTable")
  void decidesPresentRecords(
      String name,
      TargetCapabilities caps,
      Subject subject,
      MappedRecord mapped,
      Optional<Link> link,
      Optional<List<TargetMatch>> found,
      Class<? extends Step> type,
      Decision decision,
      String targetId,
      Set<String> written,
      String detail) {
    Step step = decider(caps).present(subject, mapped, link, found);

    assertThat(step).isInstanceOf(type);
    assertThat(step.subject()).isEqualTo(subject);
    assertThat(step.decision()).isEqualTo(decision);
    assertThat(step.targetId()).isEqualTo(Optional.ofNullable(targetId));
    Set<String> changed = new java.util.HashSet<>(step.changes().fields().keySet());
    changed.addAll(step.changes().cleared());
    assertThat(changed).isEqualTo(written);
    assertThat(step.detail()).isEqualTo(detail);
    link.filter(l -> type == Step.Unchanged.class)
        .ifPresent(l -> assertThat(step.before()).isEqualTo(l.snapshot()).isNotEmpty());
    boolean writes = type == Step.Update.class || type == Step.Create.class;
    assertThat(step.operation().isPresent()).isEqualTo(writes);
  }

  @Test
  void anUpdateSendsOnlyTheChangesWithTheValuesBeforeAndAStableKey() {
    Link link = link(CONTACT, ANNA, false);
    Step step = decider(ALL).present(CONTACT, ANNA_OLDER, Optional.of(link), Optional.empty());

    TargetOperation.Update op = (TargetOperation.Update) step.operation().orElseThrow();
    assertThat(op.targetId()).isEqualTo("700");
    assertThat(op.changes().fields()).containsExactly(Map.entry("Alter", 42L));
    assertThat(op.previous()).isEqualTo(ANNA.fields());
    assertThat(op.targetContactId()).isEmpty();
    assertThat(op.idempotencyKey())
        .isEqualTo(CONTACT.key("update", ANNA_OLDER.fingerprint()))
        .hasSize(32);
    assertThat(step.before()).isEqualTo(ANNA.fields());
    assertThat(((Step.Update) step).fingerprint()).isEqualTo(ANNA_OLDER.fingerprint());
  }

  @Test
  void aCreateCarriesTheWholeRecordTheParentAndAKeyOfItsContent() {
    Step step = decider(CREATE_ONLY).present(TASK, ANNA, Optional.empty(), Optional.empty());

    TargetOperation.Create op = (TargetOperation.Create) step.operation().orElseThrow();
    assertThat(op.kind()).isEqualTo(EntityKind.TASK);
    assertThat(op.ghlId()).isEqualTo("t1");
    assertThat(op.targetContactId()).contains("900");
    assertThat(op.record()).isEqualTo(ANNA);
    assertThat(op.idempotencyKey()).isEqualTo(TASK.key("create", ANNA.fingerprint()));
    assertThat(step.before()).isEmpty();
    assertThat(((Step.Create) step).fingerprint()).isEqualTo(ANNA.fingerprint());
  }

  @Test
  void aContactSearchAsksForEverySetAndClearedFieldAndAChildSearchForItsContent() {
    MappedRecord withClear = record(Map.of("Vorname", "Anna"), "Notizen");
    Step.NeedsFind contact =
        (Step.NeedsFind)
            decider(ALL).present(CONTACT, withClear, Optional.empty(), Optional.empty());
    DuplicateQuery query = new DuplicateQuery("c1", List.of("a@x.de"), List.of());

    TargetOperation.FindContact find = (TargetOperation.FindContact) contact.search(query);
    assertThat(find.query()).isEqualTo(query);
    assertThat(find.fields()).containsExactlyInAnyOrder("Vorname", "Notizen");
    assertThat(contact.before()).isEmpty();
    assertThat(contact.fingerprint()).isEqualTo(withClear.fingerprint());

    Step.NeedsFind task =
        (Step.NeedsFind) decider(ALL).present(TASK, ANNA, Optional.empty(), Optional.empty());
    TargetOperation.FindChild child = (TargetOperation.FindChild) task.search(query);
    assertThat(child.kind()).isEqualTo(EntityKind.TASK);
    assertThat(child.ghlId()).isEqualTo("t1");
    assertThat(child.targetContactId()).isEqualTo("900");
    assertThat(child.record()).isEqualTo(ANNA);
  }

  @Test
  void anIdenticalDuplicateKeepsItsFoundValuesAsSnapshot() {
    Map<String, Object> found = Map.of("Vorname", "Anna", "Alter", 41L, "Extra", "x");
    Step step =
        decider(ALL)
            .present(
                CONTACT,
                ANNA,
                Optional.empty(),
                Optional.of(List.of(new TargetMatch("800", found))));

    Step.LinkOnly only = (Step.LinkOnly) step;
    assertThat(only.snapshot()).isEqualTo(found);
    assertThat(only.before()).isEqualTo(found);
    assertThat(only.fingerprint()).isEqualTo(ANNA.fingerprint());
  }

  static Stream<Arguments> goneTable() {
    return Stream.of(
        arguments(DeletePolicy.IGNORE, ALL, Decision.DELETE_IGNORED, false, ""),
        arguments(DeletePolicy.ARCHIVE, ALL, Decision.ARCHIVED, true, ""),
        arguments(DeletePolicy.DELETE, ALL, Decision.DELETED, true, ""),
        arguments(
            DeletePolicy.DELETE,
            CREATE_ONLY,
            Decision.DELETE_IGNORED,
            false,
            "crm cannot delete tasks; the record is left as is"),
        arguments(
            DeletePolicy.ARCHIVE,
            CREATE_ONLY,
            Decision.DELETE_IGNORED,
            false,
            "crm cannot archive tasks; the record is left as is"));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("goneTable")
  void appliesTheDeletePolicyToGoneRecords(
      DeletePolicy policy,
      TargetCapabilities caps,
      Decision decision,
      boolean sends,
      String detail) {
    Link link = link(TASK, ANNA, false);
    Step step = new Decider("crm", caps, kind -> policy).gone(TASK, link);

    assertThat(step).isInstanceOf(Step.Remove.class);
    assertThat(step.decision()).isEqualTo(decision);
    assertThat(step.detail()).isEqualTo(detail);
    assertThat(step.targetId()).contains("700");
    assertThat(step.before()).isEqualTo(ANNA.fields());
    assertThat(step.changes().isEmpty()).isTrue();
    assertThat(step.operation().isPresent()).isEqualTo(sends);
    step.operation()
        .ifPresent(
            op -> {
              TargetOperation.Remove remove = (TargetOperation.Remove) op;
              assertThat(remove.mode()).isEqualTo(policy);
              assertThat(remove.targetId()).isEqualTo("700");
              assertThat(remove.kind()).isEqualTo(EntityKind.TASK);
              assertThat(remove.idempotencyKey()).isEqualTo(TASK.key(policy.name(), "700"));
            });
  }

  @Test
  void thePolicyIsReadPerKind() {
    Decider decider =
        new Decider(
            "crm",
            ALL,
            kind -> kind == EntityKind.NOTE ? DeletePolicy.DELETE : DeletePolicy.IGNORE);

    assertThat(decider.gone(NOTE, link(NOTE, ANNA, false)).decision()).isEqualTo(Decision.DELETED);
    assertThat(decider.gone(TASK, link(TASK, ANNA, false)).decision())
        .isEqualTo(Decision.DELETE_IGNORED);
  }
}
