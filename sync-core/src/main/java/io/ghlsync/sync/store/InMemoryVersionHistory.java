package io.ghlsync.sync.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The version history of {@link InMemorySyncStore}: thread safe, gone when the JVM stops. */
final class InMemoryVersionHistory implements VersionHistory {
  private final List<RecordedVersion> versions = new ArrayList<>();

  @Override
  public synchronized RecordedVersion recordIfAbsent(RecordedVersion candidate) {
    Optional<RecordedVersion> known =
        get(candidate.target(), candidate.kind(), candidate.version());
    if (known.isPresent()) {
      return known.get();
    }
    versions.add(candidate);
    return candidate;
  }

  @Override
  public synchronized Optional<RecordedVersion> get(
      String target, VersionKind kind, String version) {
    return versions.stream()
        .filter(v -> v.target().equals(target) && v.kind() == kind && v.version().equals(version))
        .findFirst();
  }

  @Override
  public synchronized List<RecordedVersion> list(String target, VersionKind kind) {
    return versions.stream().filter(v -> v.target().equals(target) && v.kind() == kind).toList();
  }

  @Override
  public synchronized List<RecordedVersion> list() {
    return List.copyOf(versions);
  }
}
