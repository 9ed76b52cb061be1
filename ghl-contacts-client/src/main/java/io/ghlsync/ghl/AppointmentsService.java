package io.ghlsync.ghl;

import io.ghlsync.ghl.internal.ContactLinksApi;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.PathSegments;
import io.ghlsync.ghl.model.Appointment;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Appointments of a contact ({@code GET /contacts/{contactId}/appointments}). */
public final class AppointmentsService {
  private final GhlTransport transport;
  private final ContactLinksApi api;

  AppointmentsService(GhlTransport transport, ContactLinksApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Lists a contact's appointments (scope contacts.readonly).
   *
   * @param contactId the contact id
   * @return the appointments
   */
  public List<Appointment> list(String contactId) {
    String c = PathSegments.id(contactId, "contactId");
    return transport
        .execute(GhlOperation.APPOINTMENTS_LIST, null, o -> api.appointments(c, o))
        .events();
  }

  /**
   * {@link #list(String)} without blocking the caller (see "Async twins" in {@link GhlClient}:
   * every failure completes the future exceptionally; cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @return the future result
   */
  public CompletableFuture<List<Appointment>> listAsync(String contactId) {
    return transport.async(() -> list(contactId));
  }
}
