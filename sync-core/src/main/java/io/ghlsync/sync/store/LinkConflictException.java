package io.ghlsync.sync.store;

/**
 * A link would make one target record stand for two GHL records. Carries the ids, never personal
 * data.
 */
public final class LinkConflictException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param wanted the link that was refused
   * @param existing the link that holds the target record
   */
  public LinkConflictException(LinkKey wanted, LinkKey existing) {
    super(
        wanted.target()
            + " "
            + wanted.kind()
            + " record is already linked to GHL "
            + existing.ghlId()
            + " (location "
            + existing.locationId()
            + "), so it cannot be linked to GHL "
            + wanted.ghlId()
            + "; remove the old link first or merge the GHL records");
  }
}
