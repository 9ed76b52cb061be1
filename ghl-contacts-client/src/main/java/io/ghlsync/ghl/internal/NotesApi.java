package io.ghlsync.ghl.internal;

import io.ghlsync.core.internal.RequestTag;
import io.ghlsync.ghl.model.CreateNoteRequest;
import io.ghlsync.ghl.model.UpdateNoteRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Tag;

/** Retrofit view of the note endpoints. */
public interface NotesApi {

  @GET("contacts/{contactId}/notes")
  Call<Envelopes.NotesEnvelope> list(@Path("contactId") String contactId, @Tag RequestTag options);

  @GET("contacts/{contactId}/notes/{id}")
  Call<Envelopes.NoteEnvelope> get(
      @Path("contactId") String contactId, @Path("id") String noteId, @Tag RequestTag options);

  @POST("contacts/{contactId}/notes")
  Call<Envelopes.NoteEnvelope> create(
      @Path("contactId") String contactId, @Body CreateNoteRequest body, @Tag RequestTag options);

  @PUT("contacts/{contactId}/notes/{id}")
  Call<Envelopes.NoteEnvelope> update(
      @Path("contactId") String contactId,
      @Path("id") String noteId,
      @Body UpdateNoteRequest body,
      @Tag RequestTag options);

  @DELETE("contacts/{contactId}/notes/{id}")
  Call<Envelopes.SucceededEnvelope> delete(
      @Path("contactId") String contactId, @Path("id") String noteId, @Tag RequestTag options);
}
