package io.ghlsync.ghl.internal;

import io.ghlsync.ghl.GhlScope;
import org.jspecify.annotations.Nullable;

/**
 * Every operation of the Contacts API (the 32 of {@code contacts.json}) plus the location task
 * search of the Locations API, with the scope it needs and whether it may be repeated after an I/O
 * error or 5xx. {@code null} safety means "by HTTP method" (GET, PUT, DELETE are safe). POSTs that
 * only add to a set (tags, followers, bulk updates), searches and upserts are marked safe; creating
 * a contact, task or note, and adding to a campaign or workflow are not, because a repeat would
 * create a second one.
 */
public enum GhlOperation {
  CONTACTS_SEARCH("POST /contacts/search", GhlScope.CONTACTS_READONLY, true),
  CONTACTS_FIND_DUPLICATE("GET /contacts/search/duplicate", GhlScope.CONTACTS_READONLY, null),
  TASKS_LIST("GET /contacts/{contactId}/tasks", GhlScope.CONTACTS_READONLY, null),
  TASKS_CREATE("POST /contacts/{contactId}/tasks", GhlScope.CONTACTS_WRITE, false),
  TASKS_GET("GET /contacts/{contactId}/tasks/{taskId}", GhlScope.CONTACTS_READONLY, null),
  TASKS_UPDATE("PUT /contacts/{contactId}/tasks/{taskId}", GhlScope.CONTACTS_WRITE, null),
  TASKS_DELETE("DELETE /contacts/{contactId}/tasks/{taskId}", GhlScope.CONTACTS_WRITE, null),
  TASKS_SET_COMPLETED(
      "PUT /contacts/{contactId}/tasks/{taskId}/completed", GhlScope.CONTACTS_WRITE, null),
  APPOINTMENTS_LIST("GET /contacts/{contactId}/appointments", GhlScope.CONTACTS_READONLY, null),
  TAGS_ADD("POST /contacts/{contactId}/tags", GhlScope.CONTACTS_WRITE, true),
  TAGS_REMOVE("DELETE /contacts/{contactId}/tags", GhlScope.CONTACTS_WRITE, null),
  NOTES_LIST("GET /contacts/{contactId}/notes", GhlScope.CONTACTS_READONLY, null),
  NOTES_CREATE("POST /contacts/{contactId}/notes", GhlScope.CONTACTS_WRITE, false),
  NOTES_GET("GET /contacts/{contactId}/notes/{id}", GhlScope.CONTACTS_READONLY, null),
  NOTES_UPDATE("PUT /contacts/{contactId}/notes/{id}", GhlScope.CONTACTS_WRITE, null),
  NOTES_DELETE("DELETE /contacts/{contactId}/notes/{id}", GhlScope.CONTACTS_WRITE, null),
  TAGS_BULK_UPDATE("POST /contacts/bulk/tags/update/{type}", GhlScope.CONTACTS_WRITE, true),
  CONTACTS_SET_BUSINESS("POST /contacts/bulk/business", GhlScope.CONTACTS_WRITE, true),
  CONTACTS_GET("GET /contacts/{contactId}", GhlScope.CONTACTS_READONLY, null),
  CONTACTS_UPDATE("PUT /contacts/{contactId}", GhlScope.CONTACTS_WRITE, null),
  CONTACTS_DELETE("DELETE /contacts/{contactId}", GhlScope.CONTACTS_WRITE, null),
  CONTACTS_UPSERT("POST /contacts/upsert", GhlScope.CONTACTS_WRITE, true),
  CONTACTS_LIST_BY_BUSINESS(
      "GET /contacts/business/{businessId}", GhlScope.CONTACTS_READONLY, null),
  FOLLOWERS_ADD("POST /contacts/{contactId}/followers", GhlScope.CONTACTS_WRITE, true),
  FOLLOWERS_REMOVE("DELETE /contacts/{contactId}/followers", GhlScope.CONTACTS_WRITE, null),
  CAMPAIGNS_ADD(
      "POST /contacts/{contactId}/campaigns/{campaignId}", GhlScope.CONTACTS_WRITE, false),
  CAMPAIGNS_REMOVE(
      "DELETE /contacts/{contactId}/campaigns/{campaignId}", GhlScope.CONTACTS_WRITE, null),
  CAMPAIGNS_REMOVE_ALL(
      "DELETE /contacts/{contactId}/campaigns/removeAll", GhlScope.CONTACTS_WRITE, null),
  WORKFLOWS_ADD("POST /contacts/{contactId}/workflow/{workflowId}", GhlScope.CONTACTS_WRITE, false),
  WORKFLOWS_REMOVE(
      "DELETE /contacts/{contactId}/workflow/{workflowId}", GhlScope.CONTACTS_WRITE, null),
  CONTACTS_CREATE("POST /contacts/", GhlScope.CONTACTS_WRITE, false),
  CONTACTS_LIST("GET /contacts/", GhlScope.CONTACTS_READONLY, null),
  TASKS_SEARCH(
      "POST /locations/{locationId}/tasks/search", GhlScope.LOCATIONS_TASKS_READONLY, true);

  private final String label;
  private final GhlScope scope;
  private final @Nullable Boolean retrySafe;

  GhlOperation(String label, GhlScope scope, @Nullable Boolean retrySafe) {
    this.label = label;
    this.scope = scope;
    this.retrySafe = retrySafe;
  }

  /** Method and path template, used in error messages, e.g. {@code POST /contacts/}. */
  public String label() {
    return label;
  }

  /** The scope the operation needs. */
  public GhlScope scope() {
    return scope;
  }

  /** Whether a repeat is safe; null means "decide by HTTP method". */
  public @Nullable Boolean retrySafe() {
    return retrySafe;
  }
}
