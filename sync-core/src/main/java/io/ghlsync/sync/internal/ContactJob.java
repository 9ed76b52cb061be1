package io.ghlsync.sync.internal;

import io.ghlsync.sync.PlannedChange;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One contact in one attempt of a batch. Mutable; used by one worker thread (its GHL fetch may run
 * on a fetch thread, which hands it back through a {@code Future}, a happens-before edge).
 */
final class ContactJob {
  final String workItemId;
  final String locationId;
  final String contactId;

  GhlContactState state;
  @Nullable RecordStep contactStep;
  final List<RecordStep> children = new ArrayList<>();
  final List<PlannedChange> changes = new ArrayList<>();
  boolean contactCreatedNow;
  @Nullable RuntimeException failure;

  ContactJob(String workItemId, String locationId, String contactId) {
    this.workItemId = workItemId;
    this.locationId = locationId;
    this.contactId = contactId;
    this.state = GhlContactState.gone(locationId, contactId);
  }

  boolean failed() {
    return failure != null;
  }

  void fail(RuntimeException error) {
    if (failure == null) {
      failure = error;
    }
  }
}
