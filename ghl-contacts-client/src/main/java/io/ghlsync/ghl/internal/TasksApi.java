package io.ghlsync.ghl.internal;

import io.ghlsync.core.internal.RequestTag;
import io.ghlsync.ghl.model.CreateTaskRequest;
import io.ghlsync.ghl.model.UpdateTaskRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Tag;

/** Retrofit view of the task endpoints. */
public interface TasksApi {

  @GET("contacts/{contactId}/tasks")
  Call<Envelopes.TasksEnvelope> list(@Path("contactId") String contactId, @Tag RequestTag options);

  @GET("contacts/{contactId}/tasks/{taskId}")
  Call<Envelopes.TaskEnvelope> get(
      @Path("contactId") String contactId, @Path("taskId") String taskId, @Tag RequestTag options);

  @POST("contacts/{contactId}/tasks")
  Call<Envelopes.TaskEnvelope> create(
      @Path("contactId") String contactId, @Body CreateTaskRequest body, @Tag RequestTag options);

  @PUT("contacts/{contactId}/tasks/{taskId}")
  Call<Envelopes.TaskEnvelope> update(
      @Path("contactId") String contactId,
      @Path("taskId") String taskId,
      @Body UpdateTaskRequest body,
      @Tag RequestTag options);

  @PUT("contacts/{contactId}/tasks/{taskId}/completed")
  Call<Envelopes.TaskEnvelope> setCompleted(
      @Path("contactId") String contactId,
      @Path("taskId") String taskId,
      @Body Bodies.CompletedBody body,
      @Tag RequestTag options);

  @POST("locations/{locationId}/tasks/search")
  Call<Envelopes.TasksEnvelope> search(
      @Path("locationId") String locationId,
      @Body Bodies.TaskSearchBody body,
      @Tag RequestTag options);

  @DELETE("contacts/{contactId}/tasks/{taskId}")
  Call<Envelopes.SucceededEnvelope> delete(
      @Path("contactId") String contactId, @Path("taskId") String taskId, @Tag RequestTag options);
}
