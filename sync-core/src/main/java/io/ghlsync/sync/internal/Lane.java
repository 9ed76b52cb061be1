package io.ghlsync.sync.internal;

import io.ghlsync.sync.PlannedChange;
import io.ghlsync.sync.internal.decision.Written;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One contact as it moves through the phases of an attempt (fetched, decided, found, written,
 * recorded). Immutable: a phase returns a new lane with what it learned. Once a lane holds a
 * failure, later phases leave it alone.
 *
 * @param job the contact
 * @param state its latest state in GHL (gone until fetched)
 * @param changes the changes recorded so far
 * @param failure the first failure, if any
 * @param contact the contact's own applied step, once written (its target id parents the children)
 */
record Lane(
    ContactJob job,
    GhlContactState state,
    List<PlannedChange> changes,
    Optional<RecordFailure> failure,
    Optional<Written.Applied> contact) {

  Lane {
    changes = List.copyOf(changes);
  }

  static Lane of(ContactJob job) {
    return new Lane(
        job,
        GhlContactState.gone(job.locationId(), job.contactId()),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  boolean open() {
    return failure.isEmpty();
  }

  Lane fetched(GhlContactState fetched) {
    return new Lane(job, fetched, changes, failure, contact);
  }

  /** Keeps the first failure: it is the cause, later ones are consequences. */
  Lane failed(RecordFailure f) {
    return failure.isPresent() ? this : new Lane(job, state, changes, Optional.of(f), contact);
  }

  Lane changed(PlannedChange change) {
    List<PlannedChange> next = new ArrayList<>(changes);
    next.add(change);
    return new Lane(job, state, next, failure, contact);
  }

  Lane contactApplied(Written.Applied applied) {
    return new Lane(job, state, changes, failure, Optional.of(applied));
  }

  ContactOutcome outcome() {
    return new ContactOutcome(job, changes, failure);
  }
}
