package io.ghlsync.ghl;

import io.ghlsync.ghl.internal.Bodies;
import io.ghlsync.ghl.internal.ContactLinksApi;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.PathSegments;

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
    String c = PathSegments.id(contactId, "contactId");
    String k = PathSegments.id(campaignId, "campaignId");
    return transport
        .execute(
            GhlOperation.CAMPAIGNS_ADD,
            null,
            o -> api.addToCampaign(c, k, new Bodies.EmptyBody(), o))
        .succeeded();
  }

  /**
   * Removes the contact from a campaign (scope contacts.write).
   *
   * @param contactId the contact id
   * @param campaignId the campaign id
   * @return whether GHL reported success
   */
  public boolean remove(String contactId, String campaignId) {
    String c = PathSegments.id(contactId, "contactId");
    String k = PathSegments.id(campaignId, "campaignId");
    return transport
        .execute(GhlOperation.CAMPAIGNS_REMOVE, null, o -> api.removeFromCampaign(c, k, o))
        .succeeded();
  }

  /**
   * Removes the contact from every campaign (scope contacts.write); the path is {@code
   * campaigns/removeAll} with API version 2021-07-28 and {@code campaigns/remove-all} with v3.
   *
   * @param contactId the contact id
   * @return whether GHL reported success
   */
  public boolean removeAll(String contactId) {
    String c = PathSegments.id(contactId, "contactId");
    boolean v3 = transport.version() == GhlApiVersion.V3;
    return transport
        .execute(
            GhlOperation.CAMPAIGNS_REMOVE_ALL,
            null,
            o -> v3 ? api.removeFromAllCampaignsV3(c, o) : api.removeFromAllCampaigns(c, o))
        .succeeded();
  }
}
