package io.ghlsync.sync.store;

/**
 * A mapping, scoring or rules file was loaded with a version the store already knows, but its
 * content differs from what that version meant when it was first used. Past audit entries name the
 * version, so reusing it for other rules would make them lie; the engine refuses to start instead.
 * The fix: give the changed file a new version (or restore the recorded content).
 */
public final class VersionChangedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The version as first recorded. */
  private final transient RecordedVersion recorded;

  /** The version as loaded now. */
  private final transient RecordedVersion loaded;

  /**
   * Creates the exception.
   *
   * @param recorded the version as first recorded
   * @param loaded the version as loaded now (same target, kind and version, another content)
   */
  public VersionChangedException(RecordedVersion recorded, RecordedVersion loaded) {
    super(
        noun(loaded.kind())
            + (loaded.name().isBlank() ? "" : " '" + loaded.name() + "'")
            + " of target '"
            + loaded.target()
            + "' declares version '"
            + loaded.version()
            + "', but its content changed since that version was first used on "
            + recorded.recordedAt()
            + " (sha256 "
            + shortHash(recorded.hash())
            + " then, "
            + shortHash(loaded.hash())
            + " now); give the changed file a new version, or restore the content recorded for '"
            + loaded.version()
            + "'");
    this.recorded = recorded;
    this.loaded = loaded;
  }

  /**
   * The version as first recorded, with its content.
   *
   * @return the recorded version
   */
  public RecordedVersion recorded() {
    return recorded;
  }

  /**
   * The version as loaded now, with its content.
   *
   * @return the loaded version
   */
  public RecordedVersion loaded() {
    return loaded;
  }

  private static String noun(VersionKind kind) {
    return switch (kind) {
      case MAPPING -> "the mapping";
      case SCORING -> "the scoring file";
      case RULES -> "the rules file";
    };
  }

  private static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }
}
