package io.ghlsync.ghl;

import io.ghlsync.core.RequestOptions;
import io.ghlsync.ghl.internal.Bodies;
import io.ghlsync.ghl.internal.ContactLinksApi;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.PathSegments;
import io.ghlsync.ghl.model.FollowersResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Users following a contact ({@code /contacts/{contactId}/followers}). */
public final class FollowersService {
  private final GhlTransport transport;
  private final ContactLinksApi api;

  FollowersService(GhlTransport transport, ContactLinksApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Adds followers (scope contacts.write). Safe to repeat.
   *
   * @param contactId the contact id
   * @param userIds the users
   * @return the followers afterwards and those added
   */
  public FollowersResult add(String contactId, List<String> userIds) {
    return add(contactId, userIds, RequestOptions.defaults());
  }

  /**
   * {@link #add(String, List)} without blocking the caller (see "Async twins" in {@link GhlClient}:
   * every failure completes the future exceptionally; cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @param userIds the users
   * @return the future result
   */
  public CompletableFuture<FollowersResult> addAsync(String contactId, List<String> userIds) {
    return transport.async(() -> add(contactId, userIds));
  }

  /**
   * Adds followers (scope contacts.write). Safe to repeat.
   *
   * @param contactId the contact id
   * @param userIds the users
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the followers afterwards and those added
   */
  public FollowersResult add(String contactId, List<String> userIds, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    Bodies.FollowersBody body =
        new Bodies.FollowersBody(PathSegments.ids(userIds, "userIds", Integer.MAX_VALUE));
    return transport.execute(
        GhlOperation.FOLLOWERS_ADD, null, options, o -> api.addFollowers(c, body, o));
  }

  /**
   * {@link #add(String, List, RequestOptions)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param userIds the users
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<FollowersResult> addAsync(
      String contactId, List<String> userIds, RequestOptions options) {
    return transport.async(() -> add(contactId, userIds, options));
  }

  /**
   * Removes followers (scope contacts.write).
   *
   * @param contactId the contact id
   * @param userIds the users
   * @return the followers afterwards and those removed
   */
  public FollowersResult remove(String contactId, List<String> userIds) {
    return remove(contactId, userIds, RequestOptions.defaults());
  }

  /**
   * {@link #remove(String, List)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param userIds the users
   * @return the future result
   */
  public CompletableFuture<FollowersResult> removeAsync(String contactId, List<String> userIds) {
    return transport.async(() -> remove(contactId, userIds));
  }

  /**
   * Removes followers (scope contacts.write).
   *
   * @param contactId the contact id
   * @param userIds the users
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the followers afterwards and those removed
   */
  public FollowersResult remove(String contactId, List<String> userIds, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    Bodies.FollowersBody body =
        new Bodies.FollowersBody(PathSegments.ids(userIds, "userIds", Integer.MAX_VALUE));
    return transport.execute(
        GhlOperation.FOLLOWERS_REMOVE, null, options, o -> api.removeFollowers(c, body, o));
  }

  /**
   * {@link #remove(String, List, RequestOptions)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param userIds the users
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<FollowersResult> removeAsync(
      String contactId, List<String> userIds, RequestOptions options) {
    return transport.async(() -> remove(contactId, userIds, options));
  }
}
