package io.ghlsync.ghl;

import io.ghlsync.core.RequestOptions;
import io.ghlsync.ghl.internal.Bodies;
import io.ghlsync.ghl.internal.ContactLinksApi;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.PathSegments;
import java.util.concurrent.CompletableFuture;

/** Campaign membership of a contact ({@code /contacts/{contactId}/campaigns}). */
public final class CampaignsService {
  private final GhlTransport transport;
  private final ContactLinksApi api;

  CampaignsService(GhlTransport transport, ContactLinksApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Adds the contact to a campaign (scope contacts.write). Not retried after an I/O error or 5xx.
   *
   * @param contactId the contact id
   * @param campaignId the campaign id
   * @return whether GHL reported success
   */
  public boolean add(String contactId, String campaignId) {
    return add(contactId, campaignId, RequestOptions.defaults());
  }

  /**
   * {@link #add(String, String)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param campaignId the campaign id
   * @return the future result
   */
  public CompletableFuture<Boolean> addAsync(String contactId, String campaignId) {
    return transport.async(() -> add(contactId, campaignId));
  }

  /**
   * Adds the contact to a campaign (scope contacts.write). Not retried after an I/O error or 5xx.
   *
   * @param contactId the contact id
   * @param campaignId the campaign id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return whether GHL reported success
   */
  public boolean add(String contactId, String campaignId, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    String k = PathSegments.id(campaignId, "campaignId");
    return transport
        .execute(
            GhlOperation.CAMPAIGNS_ADD,
            null,
            options,
            o -> api.addToCampaign(c, k, new Bodies.EmptyBody(), o))
        .succeeded();
  }

  /**
   * {@link #add(String, String, RequestOptions)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param campaignId the campaign id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Boolean> addAsync(
      String contactId, String campaignId, RequestOptions options) {
    return transport.async(() -> add(contactId, campaignId, options));
  }

  /**
   * Removes the contact from a campaign (scope contacts.write).
   *
   * @param contactId the contact id
   * @param campaignId the campaign id
   * @return whether GHL reported success
   */
  public boolean remove(String contactId, String campaignId) {
    return remove(contactId, campaignId, RequestOptions.defaults());
  }

  /**
   * {@link #remove(String, String)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param campaignId the campaign id
   * @return the future result
   */
  public CompletableFuture<Boolean> removeAsync(String contactId, String campaignId) {
    return transport.async(() -> remove(contactId, campaignId));
  }

  /**
   * Removes the contact from a campaign (scope contacts.write).
   *
   * @param contactId the contact id
   * @param campaignId the campaign id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return whether GHL reported success
   */
  public boolean remove(String contactId, String campaignId, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    String k = PathSegments.id(campaignId, "campaignId");
    return transport
        .execute(GhlOperation.CAMPAIGNS_REMOVE, null, options, o -> api.removeFromCampaign(c, k, o))
        .succeeded();
  }

  /**
   * {@link #remove(String, String, RequestOptions)} without blocking the caller (see "Async twins"
   * in {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels
   * the request).
   *
   * @param contactId the contact id
   * @param campaignId the campaign id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Boolean> removeAsync(
      String contactId, String campaignId, RequestOptions options) {
    return transport.async(() -> remove(contactId, campaignId, options));
  }

  /**
   * Removes the contact from every campaign (scope contacts.write); the path is {@code
   * campaigns/removeAll} with API version 2021-07-28 and {@code campaigns/remove-all} with v3.
   *
   * @param contactId the contact id
   * @return whether GHL reported success
   */
  public boolean removeAll(String contactId) {
    return removeAll(contactId, RequestOptions.defaults());
  }

  /**
   * {@link #removeAll(String)} without blocking the caller (see "Async twins" in {@link GhlClient}:
   * every failure completes the future exceptionally; cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @return the future result
   */
  public CompletableFuture<Boolean> removeAllAsync(String contactId) {
    return transport.async(() -> removeAll(contactId));
  }

  /**
   * Removes the contact from every campaign (scope contacts.write); the path is {@code
   * campaigns/removeAll} with API version 2021-07-28 and {@code campaigns/remove-all} with v3.
   *
   * @param contactId the contact id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return whether GHL reported success
   */
  public boolean removeAll(String contactId, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    boolean v3 = transport.version() == GhlApiVersion.V3;
    return transport
        .execute(
            GhlOperation.CAMPAIGNS_REMOVE_ALL,
            null,
            options,
            o -> v3 ? api.removeFromAllCampaignsV3(c, o) : api.removeFromAllCampaigns(c, o))
        .succeeded();
  }

  /**
   * {@link #removeAll(String, RequestOptions)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Boolean> removeAllAsync(String contactId, RequestOptions options) {
    return transport.async(() -> removeAll(contactId, options));
  }
}
