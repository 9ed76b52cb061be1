package io.ghlsync.sync.store;

import io.ghlsync.sync.model.EntityKind;
import java.util.List;
import java.util.Optional;

/**
 * One target's links between GHL records and target records; see {@link Link}. Obtained with {@link
 * TargetStore#links()}; every key and link passed in must name this view's target. Thread safe.
 *
 * <p>Links are unique both ways within a target and kind: a GHL record has at most one link, and a
 * target record is linked to at most one GHL record ({@link #put} refuses a second one).
 */
public interface LinkStore {
  /**
   * Finds the link of a GHL record.
   *
   * @param key the GHL side
   * @return the link, empty when the record was never written to the target
   */
  Optional<Link> get(LinkKey key);

  /**
   * Finds the link that holds a target record.
   *
   * @param kind the record kind
   * @param targetId the target record id
   * @return the link, empty when no GHL record is linked to it
   */
  Optional<Link> findByTargetId(EntityKind kind, String targetId);

  /**
   * Inserts or replaces the link of a GHL record.
   *
   * @param link the link
   * @throws LinkConflictException when the target record is linked to another GHL record of the
   *     same kind
   * @throws IllegalArgumentException when the link names another target
   */
  void put(Link link);

  /**
   * Removes a link; nothing happens when there is none.
   *
   * @param key the GHL side
   */
  void remove(LinkKey key);

  /**
   * Every link that belongs to a contact (the contact's own and those of its tasks and notes).
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @return the links, in no particular order
   */
  List<Link> forContact(String locationId, String contactId);

  /**
   * Counts the target's links (tombstones included).
   *
   * @return the number of links
   */
  long count();
}
