package io.ghlsync.sync.internal;

import io.ghlsync.sync.PlannedChange;
import java.util.List;
import java.util.Optional;

/**
 * How one contact's attempt ended: the changes recorded for its records (also when a later record
 * failed, so a caller sees what was written), and the first failure if any.
 *
 * @param job the contact
 * @param changes the decided (and, unless a dry run, recorded) changes, in order
 * @param failure the first record that failed, if any
 */
record ContactOutcome(
    ContactJob job, List<PlannedChange> changes, Optional<RecordFailure> failure) {

  ContactOutcome {
    changes = List.copyOf(changes);
  }

  boolean failed() {
    return failure.isPresent();
  }
}
