package io.ghlsync.ghl;

import io.ghlsync.core.RequestOptions;
import io.ghlsync.ghl.internal.Arguments;
import io.ghlsync.ghl.internal.Bodies;
import io.ghlsync.ghl.internal.ContactLinksApi;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.PathSegments;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Workflow enrolment of a contact ({@code /contacts/{contactId}/workflow/{workflowId}}). */
public final class WorkflowsService {
  private static final DateTimeFormatter EVENT_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private final GhlTransport transport;
  private final ContactLinksApi api;

  WorkflowsService(GhlTransport transport, ContactLinksApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Enrols the contact in a workflow now (scope contacts.write). Not retried after an I/O error or
   * 5xx, because a repeat could enrol twice.
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @return whether GHL reported success
   */
  public boolean add(String contactId, String workflowId) {
    return add(contactId, workflowId, RequestOptions.defaults());
  }

  /**
   * {@link #add(String, String)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @return the future result
   */
  public CompletableFuture<Boolean> addAsync(String contactId, String workflowId) {
    return transport.async(() -> add(contactId, workflowId));
  }

  /**
   * Enrols the contact in a workflow now (scope contacts.write). Not retried after an I/O error or
   * 5xx, because a repeat could enrol twice.
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return whether GHL reported success
   */
  public boolean add(String contactId, String workflowId, RequestOptions options) {
    return add(contactId, workflowId, Optional.empty(), options);
  }

  /**
   * {@link #add(String, String, RequestOptions)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Boolean> addAsync(
      String contactId, String workflowId, RequestOptions options) {
    return transport.async(() -> add(contactId, workflowId, options));
  }

  /**
   * Enrols the contact in a workflow with an event start time (scope contacts.write).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @param eventStartTime the event start, sent as e.g. {@code 2021-06-23T03:30:00+01:00}
   * @return whether GHL reported success
   */
  public boolean add(String contactId, String workflowId, OffsetDateTime eventStartTime) {
    return add(contactId, workflowId, eventStartTime, RequestOptions.defaults());
  }

  /**
   * {@link #add(String, String, OffsetDateTime)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @param eventStartTime the event start, sent as e.g. {@code 2021-06-23T03:30:00+01:00}
   * @return the future result
   */
  public CompletableFuture<Boolean> addAsync(
      String contactId, String workflowId, OffsetDateTime eventStartTime) {
    return transport.async(() -> add(contactId, workflowId, eventStartTime));
  }

  /**
   * Enrols the contact in a workflow with an event start time (scope contacts.write).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @param eventStartTime the event start, sent as e.g. {@code 2021-06-23T03:30:00+01:00}
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return whether GHL reported success
   */
  public boolean add(
      String contactId, String workflowId, OffsetDateTime eventStartTime, RequestOptions options) {
    return add(contactId, workflowId, Optional.of(format(eventStartTime)), options);
  }

  /**
   * {@link #add(String, String, OffsetDateTime, RequestOptions)} without blocking the caller (see
   * "Async twins" in {@link GhlClient}: every failure completes the future exceptionally;
   * cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @param eventStartTime the event start, sent as e.g. {@code 2021-06-23T03:30:00+01:00}
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Boolean> addAsync(
      String contactId, String workflowId, OffsetDateTime eventStartTime, RequestOptions options) {
    return transport.async(() -> add(contactId, workflowId, eventStartTime, options));
  }

  /**
   * Removes the contact from a workflow (scope contacts.write).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @return whether GHL reported success
   */
  public boolean remove(String contactId, String workflowId) {
    return remove(contactId, workflowId, RequestOptions.defaults());
  }

  /**
   * {@link #remove(String, String)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @return the future result
   */
  public CompletableFuture<Boolean> removeAsync(String contactId, String workflowId) {
    return transport.async(() -> remove(contactId, workflowId));
  }

  /**
   * Removes the contact from a workflow (scope contacts.write).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return whether GHL reported success
   */
  public boolean remove(String contactId, String workflowId, RequestOptions options) {
    return remove(contactId, workflowId, Optional.empty(), options);
  }

  /**
   * {@link #remove(String, String, RequestOptions)} without blocking the caller (see "Async twins"
   * in {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels
   * the request).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Boolean> removeAsync(
      String contactId, String workflowId, RequestOptions options) {
    return transport.async(() -> remove(contactId, workflowId, options));
  }

  /**
   * Removes the contact from a workflow, naming the event start time (scope contacts.write).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @param eventStartTime the event start
   * @return whether GHL reported success
   */
  public boolean remove(String contactId, String workflowId, OffsetDateTime eventStartTime) {
    return remove(contactId, workflowId, eventStartTime, RequestOptions.defaults());
  }

  /**
   * {@link #remove(String, String, OffsetDateTime)} without blocking the caller (see "Async twins"
   * in {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels
   * the request).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @param eventStartTime the event start
   * @return the future result
   */
  public CompletableFuture<Boolean> removeAsync(
      String contactId, String workflowId, OffsetDateTime eventStartTime) {
    return transport.async(() -> remove(contactId, workflowId, eventStartTime));
  }

  /**
   * Removes the contact from a workflow, naming the event start time (scope contacts.write).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @param eventStartTime the event start
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return whether GHL reported success
   */
  public boolean remove(
      String contactId, String workflowId, OffsetDateTime eventStartTime, RequestOptions options) {
    return remove(contactId, workflowId, Optional.of(format(eventStartTime)), options);
  }

  /**
   * {@link #remove(String, String, OffsetDateTime, RequestOptions)} without blocking the caller
   * (see "Async twins" in {@link GhlClient}: every failure completes the future exceptionally;
   * cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @param eventStartTime the event start
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Boolean> removeAsync(
      String contactId, String workflowId, OffsetDateTime eventStartTime, RequestOptions options) {
    return transport.async(() -> remove(contactId, workflowId, eventStartTime, options));
  }

  private boolean add(
      String contactId, String workflowId, Optional<String> start, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    String w = PathSegments.id(workflowId, "workflowId");
    Bodies.WorkflowBody body = new Bodies.WorkflowBody(start);
    return transport
        .execute(GhlOperation.WORKFLOWS_ADD, null, options, o -> api.addToWorkflow(c, w, body, o))
        .succeeded();
  }

  private boolean remove(
      String contactId, String workflowId, Optional<String> start, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    String w = PathSegments.id(workflowId, "workflowId");
    Bodies.WorkflowBody body = new Bodies.WorkflowBody(start);
    return transport
        .execute(
            GhlOperation.WORKFLOWS_REMOVE,
            null,
            options,
            o -> api.removeFromWorkflow(c, w, body, o))
        .succeeded();
  }

  private static String format(OffsetDateTime time) {
    return EVENT_TIME.format(Arguments.notNull(time, "eventStartTime"));
  }
}
