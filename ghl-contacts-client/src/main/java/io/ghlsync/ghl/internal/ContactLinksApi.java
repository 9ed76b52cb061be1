package io.ghlsync.ghl.internal;

import io.ghlsync.core.internal.RequestTag;
import io.ghlsync.ghl.model.BulkTagsResult;
import io.ghlsync.ghl.model.FollowersResult;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Tag;

/**
 * Retrofit view of what links to a contact: tags, appointments, followers, campaigns and workflows.
 * Several DELETEs carry a JSON body, as GHL defines them.
 */
public interface ContactLinksApi {

  @POST("contacts/{contactId}/tags")
  Call<Envelopes.TagsEnvelope> addTags(
      @Path("contactId") String contactId, @Body Bodies.TagsBody body, @Tag RequestTag options);

  @HTTP(method = "DELETE", path = "contacts/{contactId}/tags", hasBody = true)
  Call<Envelopes.TagsEnvelope> removeTags(
      @Path("contactId") String contactId, @Body Bodies.TagsBody body, @Tag RequestTag options);

  @POST("contacts/bulk/tags/update/{type}")
  Call<BulkTagsResult> bulkTags(
      @Path("type") String type, @Body Bodies.BulkTagsBody body, @Tag RequestTag options);

  @GET("contacts/{contactId}/appointments")
  Call<Envelopes.EventsEnvelope> appointments(
      @Path("contactId") String contactId, @Tag RequestTag options);

  @POST("contacts/{contactId}/followers")
  Call<FollowersResult> addFollowers(
      @Path("contactId") String contactId,
      @Body Bodies.FollowersBody body,
      @Tag RequestTag options);

  @HTTP(method = "DELETE", path = "contacts/{contactId}/followers", hasBody = true)
  Call<FollowersResult> removeFollowers(
      @Path("contactId") String contactId,
      @Body Bodies.FollowersBody body,
      @Tag RequestTag options);

  @POST("contacts/{contactId}/campaigns/{campaignId}")
  Call<Envelopes.SucceededEnvelope> addToCampaign(
      @Path("contactId") String contactId,
      @Path("campaignId") String campaignId,
      @Body Bodies.EmptyBody body,
      @Tag RequestTag options);

  @DELETE("contacts/{contactId}/campaigns/{campaignId}")
  Call<Envelopes.SucceededEnvelope> removeFromCampaign(
      @Path("contactId") String contactId,
      @Path("campaignId") String campaignId,
      @Tag RequestTag options);

  @DELETE("contacts/{contactId}/campaigns/removeAll")
  Call<Envelopes.SucceededEnvelope> removeFromAllCampaigns(
      @Path("contactId") String contactId, @Tag RequestTag options);

  @DELETE("contacts/{contactId}/campaigns/remove-all")
  Call<Envelopes.SucceededEnvelope> removeFromAllCampaignsV3(
      @Path("contactId") String contactId, @Tag RequestTag options);

  @POST("contacts/{contactId}/workflow/{workflowId}")
  Call<Envelopes.SucceededEnvelope> addToWorkflow(
      @Path("contactId") String contactId,
      @Path("workflowId") String workflowId,
      @Body Bodies.WorkflowBody body,
      @Tag RequestTag options);

  @HTTP(method = "DELETE", path = "contacts/{contactId}/workflow/{workflowId}", hasBody = true)
  Call<Envelopes.SucceededEnvelope> removeFromWorkflow(
      @Path("contactId") String contactId,
      @Path("workflowId") String workflowId,
      @Body Bodies.WorkflowBody body,
      @Tag RequestTag options);
}
