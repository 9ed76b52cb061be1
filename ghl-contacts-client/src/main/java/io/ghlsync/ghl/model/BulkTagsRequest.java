package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.Arguments;
import io.ghlsync.ghl.internal.PathSegments;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /contacts/bulk/tags/update/{type}}: add tags to, or remove tags from, many contacts
 * at once.
 *
 * <p>Example: {@code BulkTagsRequest.builder().type(BulkTagsRequest.Type.ADD).locationId("loc")
 * .contacts("c1", "c2").tags("vip").build()}
 *
 * @param type add or remove (the path's {@code type})
 * @param locationId the sub-account id; when unset, the client's {@code locationId} is used
 * @param contacts the contact ids
 * @param tags the tags
 * @param removeAllTags remove every tag of the contacts (only with {@link Type#REMOVE})
 */
public record BulkTagsRequest(
    Type type,
    Optional<String> locationId,
    List<String> contacts,
    List<String> tags,
    Optional<Boolean> removeAllTags) {

  /** Whether the tags are added or removed. */
  public enum Type {
    /** Add the tags. */
    ADD("add"),
    /** Remove the tags. */
    REMOVE("remove");

    private final String pathValue;

    Type(String pathValue) {
      this.pathValue = pathValue;
    }

    /**
     * The value in the URL path.
     *
     * @return {@code add} or {@code remove}
     */
    public String pathValue() {
      return pathValue;
    }
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with the given location id.
   *
   * @param value the location id
   * @return the copy
   */
  public BulkTagsRequest withLocationId(String value) {
    return new BulkTagsRequest(
        type, Optional.of(PathSegments.id(value, "locationId")), contacts, tags, removeAllTags);
  }

  /** Builder of {@link BulkTagsRequest}. */
  public static final class Builder {
    private Optional<Type> type = Optional.empty();
    private Optional<String> locationId = Optional.empty();
    private List<String> contacts = List.of();
    private List<String> tags = List.of();
    private Optional<Boolean> removeAllTags = Optional.empty();

    private Builder() {}

    /**
     * Sets add or remove.
     *
     * @param value the type
     * @return this builder
     */
    public Builder type(Type value) {
      this.type = Optional.of(Arguments.notNull(value, "type"));
      return this;
    }

    /**
     * Sets the sub-account id.
     *
     * @param value the location id
     * @return this builder
     */
    public Builder locationId(String value) {
      this.locationId = Optional.of(PathSegments.id(value, "locationId"));
      return this;
    }

    /**
     * Sets the contact ids.
     *
     * @param value the ids
     * @return this builder
     */
    public Builder contacts(List<String> value) {
      this.contacts = Arguments.strings(value, "contacts");
      return this;
    }

    /**
     * Sets the contact ids.
     *
     * @param value the ids
     * @return this builder
     */
    public Builder contacts(String... value) {
      return contacts(Arrays.asList(value));
    }

    /**
     * Sets the tags.
     *
     * @param value the tags
     * @return this builder
     */
    public Builder tags(List<String> value) {
      this.tags = Arguments.strings(value, "tags");
      return this;
    }

    /**
     * Sets the tags.
     *
     * @param value the tags
     * @return this builder
     */
    public Builder tags(String... value) {
      return tags(Arrays.asList(value));
    }

    /**
     * Removes every tag of the contacts (only with {@link Type#REMOVE}).
     *
     * @param value whether to remove all tags
     * @return this builder
     */
    public Builder removeAllTags(boolean value) {
      this.removeAllTags = Optional.of(value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if type or contacts are missing, or removeAllTags is used
     *     with ADD
     */
    public BulkTagsRequest build() {
      if (type.isEmpty()) {
        throw new IllegalArgumentException("type is required (ADD or REMOVE)");
      }
      if (contacts.isEmpty()) {
        throw new IllegalArgumentException("contacts must hold at least one contact id");
      }
      if (tags.isEmpty() && !removeAllTags.orElse(false)) {
        throw new IllegalArgumentException("tags must hold at least one tag");
      }
      if (type.get() == Type.ADD && removeAllTags.isPresent()) {
        throw new IllegalArgumentException("removeAllTags is only allowed with type REMOVE");
      }
      return new BulkTagsRequest(type.get(), locationId, contacts, tags, removeAllTags);
    }
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("BulkTagsRequest")
        .with("type", type)
        .with("locationId", locationId)
        .with("contacts", contacts)
        .with("removeAllTags", removeAllTags)
        .hidden("tags")
        .toString();
  }
}
