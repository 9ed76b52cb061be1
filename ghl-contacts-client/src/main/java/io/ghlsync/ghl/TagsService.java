package io.ghlsync.ghl;

import io.ghlsync.ghl.internal.Arguments;
import io.ghlsync.ghl.internal.Bodies;
import io.ghlsync.ghl.internal.ContactLinksApi;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.PathSegments;
import io.ghlsync.ghl.model.BulkTagsRequest;
import io.ghlsync.ghl.model.BulkTagsResult;
import java.util.List;

/** Tags of contacts: add or remove on one contact, or in bulk. */
public final class TagsService {
  private final GhlTransport transport;
  private final ContactLinksApi api;

  TagsService(GhlTransport transport, ContactLinksApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Adds tags to a contact, keeping the others (scope contacts.write). Safe to repeat.
   *
   * @param contactId the contact id
   * @param tags the tags to add
   * @return the contact's tags afterwards, as GHL reports them
   */
  public List<String> add(String contactId, List<String> tags) {
    String c = PathSegments.id(contactId, "contactId");
    Bodies.TagsBody body = new Bodies.TagsBody(nonEmpty(tags));
    return transport.execute(GhlOperation.TAGS_ADD, null, o -> api.addTags(c, body, o)).tags();
  }

  /**
   * Removes tags from a contact (scope contacts.write).
   *
   * @param contactId the contact id
   * @param tags the tags to remove
   * @return the contact's tags afterwards, as GHL reports them
   */
  public List<String> remove(String contactId, List<String> tags) {
    String c = PathSegments.id(contactId, "contactId");
    Bodies.TagsBody body = new Bodies.TagsBody(nonEmpty(tags));
    return transport
        .execute(GhlOperation.TAGS_REMOVE, null, o -> api.removeTags(c, body, o))
        .tags();
  }

  /**
   * Adds or removes tags on many contacts ({@code POST /contacts/bulk/tags/update/{type}}, scope
   * contacts.write). Safe to repeat.
   *
   * @param request the contacts, tags and type; locationId defaults to the client's
   * @return the result per contact
   */
  public BulkTagsResult bulkUpdate(BulkTagsRequest request) {
    String location = transport.locationId(request.locationId());
    Bodies.BulkTagsBody body =
        new Bodies.BulkTagsBody(
            request.contacts(), request.tags(), location, request.removeAllTags());
    return transport.execute(
        GhlOperation.TAGS_BULK_UPDATE,
        location,
        o -> api.bulkTags(request.type().pathValue(), body, o));
  }

  private static List<String> nonEmpty(List<String> tags) {
    List<String> copy = Arguments.strings(tags, "tags");
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("tags must hold at least one tag");
    }
    return copy;
  }
}
