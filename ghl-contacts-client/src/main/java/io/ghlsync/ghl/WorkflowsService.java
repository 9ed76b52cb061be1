package io.ghlsync.ghl;

import io.ghlsync.ghl.internal.Arguments;
import io.ghlsync.ghl.internal.Bodies;
import io.ghlsync.ghl.internal.ContactLinksApi;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.PathSegments;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

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
    return add(contactId, workflowId, Optional.empty());
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
    return add(contactId, workflowId, Optional.of(format(eventStartTime)));
  }

  /**
   * Removes the contact from a workflow (scope contacts.write).
   *
   * @param contactId the contact id
   * @param workflowId the workflow id
   * @return whether GHL reported success
   */
  public boolean remove(String contactId, String workflowId) {
    return remove(contactId, workflowId, Optional.empty());
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
    return remove(contactId, workflowId, Optional.of(format(eventStartTime)));
  }

  private boolean add(String contactId, String workflowId, Optional<String> start) {
    String c = PathSegments.id(contactId, "contactId");
    String w = PathSegments.id(workflowId, "workflowId");
    Bodies.WorkflowBody body = new Bodies.WorkflowBody(start);
    return transport
        .execute(GhlOperation.WORKFLOWS_ADD, null, o -> api.addToWorkflow(c, w, body, o))
        .succeeded();
  }

  private boolean remove(String contactId, String workflowId, Optional<String> start) {
    String c = PathSegments.id(contactId, "contactId");
    String w = PathSegments.id(workflowId, "workflowId");
    Bodies.WorkflowBody body = new Bodies.WorkflowBody(start);
    return transport
        .execute(GhlOperation.WORKFLOWS_REMOVE, null, o -> api.removeFromWorkflow(c, w, body, o))
        .succeeded();
  }

  private static String format(OffsetDateTime time) {
    return EVENT_TIME.format(Arguments.notNull(time, "eventStartTime"));
  }
}
