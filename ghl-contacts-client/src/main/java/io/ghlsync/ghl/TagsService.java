package io.ghlsync.ghl;

import io.ghlsync.core.RequestOptions;
import io.ghlsync.ghl.internal.Arguments;
import io.ghlsync.ghl.internal.Bodies;
import io.ghlsync.ghl.internal.ContactLinksApi;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.PathSegments;
import io.ghlsync.ghl.model.BulkTagsRequest;
import io.ghlsync.ghl.model.BulkTagsResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
    return add(contactId, tags, RequestOptions.defaults());
  }

  /**
   * {@link #add(String, List)} without blocking the caller (see "Async twins" in {@link GhlClient}:
   * every failure completes the future exceptionally; cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @param tags the tags to add
   * @return the future result
   */
  public CompletableFuture<List<String>> addAsync(String contactId, List<String> tags) {
    return transport.async(() -> add(contactId, tags));
  }

  /**
   * Adds tags to a contact, keeping the others (scope contacts.write). Safe to repeat.
   *
   * @param contactId the contact id
   * @param tags the tags to add
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the contact's tags afterwards, as GHL reports them
   */
  public List<String> add(String contactId, List<String> tags, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    Bodies.TagsBody body = new Bodies.TagsBody(nonEmpty(tags));
    return transport
        .execute(GhlOperation.TAGS_ADD, null, options, o -> api.addTags(c, body, o))
        .tags();
  }

  /**
   * {@link #add(String, List, RequestOptions)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param tags the tags to add
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<List<String>> addAsync(
      String contactId, List<String> tags, RequestOptions options) {
    return transport.async(() -> add(contactId, tags, options));
  }

  /**
   * Removes tags from a contact (scope contacts.write).
   *
   * @param contactId the contact id
   * @param tags the tags to remove
   * @return the contact's tags afterwards, as GHL reports them
   */
  public List<String> remove(String contactId, List<String> tags) {
    return remove(contactId, tags, RequestOptions.defaults());
  }

  /**
   * {@link #remove(String, List)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param tags the tags to remove
   * @return the future result
   */
  public CompletableFuture<List<String>> removeAsync(String contactId, List<String> tags) {
    return transport.async(() -> remove(contactId, tags));
  }

  /**
   * Removes tags from a contact (scope contacts.write).
   *
   * @param contactId the contact id
   * @param tags the tags to remove
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the contact's tags afterwards, as GHL reports them
   */
  public List<String> remove(String contactId, List<String> tags, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    Bodies.TagsBody body = new Bodies.TagsBody(nonEmpty(tags));
    return transport
        .execute(GhlOperation.TAGS_REMOVE, null, options, o -> api.removeTags(c, body, o))
        .tags();
  }

  /**
   * {@link #remove(String, List, RequestOptions)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param tags the tags to remove
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<List<String>> removeAsync(
      String contactId, List<String> tags, RequestOptions options) {
    return transport.async(() -> remove(contactId, tags, options));
  }

  /**
   * Adds or removes tags on many contacts ({@code POST /contacts/bulk/tags/update/{type}}, scope
   * contacts.write). Safe to repeat.
   *
   * @param request the contacts, tags and type; locationId defaults to the client's
   * @return the result per contact
   */
  public BulkTagsResult bulkUpdate(BulkTagsRequest request) {
    return bulkUpdate(request, RequestOptions.defaults());
  }

  /**
   * {@link #bulkUpdate(BulkTagsRequest)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param request the contacts, tags and type; locationId defaults to the client's
   * @return the future result
   */
  public CompletableFuture<BulkTagsResult> bulkUpdateAsync(BulkTagsRequest request) {
    return transport.async(() -> bulkUpdate(request));
  }

  /**
   * Adds or removes tags on many contacts ({@code POST /contacts/bulk/tags/update/{type}}, scope
   * contacts.write). Safe to repeat.
   *
   * @param request the contacts, tags and type; locationId defaults to the client's
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the result per contact
   */
  public BulkTagsResult bulkUpdate(BulkTagsRequest request, RequestOptions options) {
    String location = transport.locationId(request.locationId());
    Bodies.BulkTagsBody body =
        new Bodies.BulkTagsBody(
            request.contacts(), request.tags(), location, request.removeAllTags());
    return transport.execute(
        GhlOperation.TAGS_BULK_UPDATE,
        location,
        options,
        o -> api.bulkTags(request.type().pathValue(), body, o));
  }

  /**
   * {@link #bulkUpdate(BulkTagsRequest, RequestOptions)} without blocking the caller (see "Async
   * twins" in {@link GhlClient}: every failure completes the future exceptionally; cancelling it
   * cancels the request).
   *
   * @param request the contacts, tags and type; locationId defaults to the client's
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<BulkTagsResult> bulkUpdateAsync(
      BulkTagsRequest request, RequestOptions options) {
    return transport.async(() -> bulkUpdate(request, options));
  }

  private static List<String> nonEmpty(List<String> tags) {
    List<String> copy = Arguments.strings(tags, "tags");
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("tags must hold at least one tag");
    }
    return copy;
  }
}
