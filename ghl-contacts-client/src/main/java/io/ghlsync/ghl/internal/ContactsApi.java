package io.ghlsync.ghl.internal;

import io.ghlsync.core.internal.RequestTag;
import io.ghlsync.ghl.model.BusinessUpdateResult;
import io.ghlsync.ghl.model.ContactList;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.model.UpsertContactRequest;
import io.ghlsync.ghl.model.UpsertResult;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/** Retrofit view of the contact endpoints (paths relative to the base URL). */
public interface ContactsApi {

  @GET("contacts/{contactId}")
  Call<Envelopes.ContactEnvelope> get(@Path("contactId") String contactId, @Tag RequestTag options);

  @POST("contacts/")
  Call<Envelopes.ContactEnvelope> create(@Body CreateContactRequest body, @Tag RequestTag options);

  @PUT("contacts/{contactId}")
  Call<Envelopes.UpdatedContactEnvelope> update(
      @Path("contactId") String contactId,
      @Body UpdateContactRequest body,
      @Tag RequestTag options);

  @DELETE("contacts/{contactId}")
  Call<Envelopes.SucceededEnvelope> delete(
      @Path("contactId") String contactId, @Tag RequestTag options);

  @POST("contacts/upsert")
  Call<UpsertResult> upsert(@Body UpsertContactRequest body, @Tag RequestTag options);

  @POST("contacts/search")
  Call<Envelopes.SearchEnvelope> search(@Body SearchContactsRequest body, @Tag RequestTag options);

  @GET("contacts/search/duplicate")
  Call<Envelopes.ContactEnvelope> findDuplicate(
      @Query("locationId") String locationId,
      @Query("email") @Nullable String email,
      @Query("number") @Nullable String number,
      @Tag RequestTag options);

  @GET("contacts/business/{businessId}")
  Call<ContactList> listByBusiness(
      @Path("businessId") String businessId,
      @Query("locationId") String locationId,
      @Query("limit") @Nullable Integer limit,
      @Query("skip") @Nullable Integer skip,
      @Query("query") @Nullable String query,
      @Tag RequestTag options);

  @POST("contacts/bulk/business")
  Call<BusinessUpdateResult> setBusiness(@Body Bodies.BusinessBody body, @Tag RequestTag options);

  @GET("contacts/")
  Call<ContactList> list(
      @Query("locationId") String locationId,
      @Query("startAfterId") @Nullable String startAfterId,
      @Query("startAfter") @Nullable Long startAfter,
      @Query("query") @Nullable String query,
      @Query("limit") @Nullable Integer limit,
      @Tag RequestTag options);
}
