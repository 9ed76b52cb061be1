package io.ghlsync.testkit.ghl.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The operations the fake serves: the 32 operations of {@code apps/contacts.json}, the location
 * task search of {@code apps/locations.json} and the two OAuth token operations, each with its
 * method, path template, spec operationId and scope.
 */
@SuppressWarnings("ImmutableEnumChecker") // segments is an unmodifiable List.of(...)
public enum GhlOperation {
  SEARCH_CONTACTS("POST", "/contacts/search", "search-contacts-advanced", Scope.READ),
  GET_DUPLICATE("GET", "/contacts/search/duplicate", "get-duplicate-contact", Scope.READ),
  LIST_TASKS("GET", "/contacts/{contactId}/tasks", "get-all-tasks", Scope.READ),
  CREATE_TASK("POST", "/contacts/{contactId}/tasks", "create-task", Scope.WRITE),
  GET_TASK("GET", "/contacts/{contactId}/tasks/{taskId}", "get-task", Scope.READ),
  UPDATE_TASK("PUT", "/contacts/{contactId}/tasks/{taskId}", "update-task", Scope.WRITE),
  DELETE_TASK("DELETE", "/contacts/{contactId}/tasks/{taskId}", "delete-task", Scope.WRITE),
  COMPLETE_TASK(
      "PUT",
      "/contacts/{contactId}/tasks/{taskId}/completed",
      "update-task-completed",
      Scope.WRITE),
  LIST_APPOINTMENTS(
      "GET", "/contacts/{contactId}/appointments", "get-appointments-for-contact", Scope.READ),
  ADD_TAGS("POST", "/contacts/{contactId}/tags", "add-tags", Scope.WRITE),
  REMOVE_TAGS("DELETE", "/contacts/{contactId}/tags", "remove-tags", Scope.WRITE),
  LIST_NOTES("GET", "/contacts/{contactId}/notes", "get-all-notes", Scope.READ),
  CREATE_NOTE("POST", "/contacts/{contactId}/notes", "create-note", Scope.WRITE),
  GET_NOTE("GET", "/contacts/{contactId}/notes/{id}", "get-note", Scope.READ),
  UPDATE_NOTE("PUT", "/contacts/{contactId}/notes/{id}", "update-note", Scope.WRITE),
  DELETE_NOTE("DELETE", "/contacts/{contactId}/notes/{id}", "delete-note", Scope.WRITE),
  BULK_TAGS("POST", "/contacts/bulk/tags/update/{type}", "create-association", Scope.WRITE),
  BULK_BUSINESS("POST", "/contacts/bulk/business", "add-remove-contact-from-business", Scope.WRITE),
  GET_CONTACT("GET", "/contacts/{contactId}", "get-contact", Scope.READ),
  UPDATE_CONTACT("PUT", "/contacts/{contactId}", "update-contact", Scope.WRITE),
  DELETE_CONTACT("DELETE", "/contacts/{contactId}", "delete-contact", Scope.WRITE),
  UPSERT_CONTACT("POST", "/contacts/upsert", "upsert-contact", Scope.WRITE),
  LIST_BY_BUSINESS(
      "GET", "/contacts/business/{businessId}", "get-contacts-by-businessId", Scope.READ),
  ADD_FOLLOWERS("POST", "/contacts/{contactId}/followers", "add-followers-contact", Scope.WRITE),
  REMOVE_FOLLOWERS(
      "DELETE", "/contacts/{contactId}/followers", "remove-followers-contact", Scope.WRITE),
  ADD_TO_CAMPAIGN(
      "POST",
      "/contacts/{contactId}/campaigns/{campaignId}",
      "add-contact-to-campaign",
      Scope.WRITE),
  REMOVE_FROM_CAMPAIGN(
      "DELETE",
      "/contacts/{contactId}/campaigns/{campaignId}",
      "remove-contact-from-campaign",
      Scope.WRITE),
  REMOVE_FROM_ALL_CAMPAIGNS(
      "DELETE",
      "/contacts/{contactId}/campaigns/removeAll",
      "remove-contact-from-every-campaign",
      Scope.WRITE),
  ADD_TO_WORKFLOW(
      "POST",
      "/contacts/{contactId}/workflow/{workflowId}",
      "add-contact-to-workflow",
      Scope.WRITE),
  REMOVE_FROM_WORKFLOW(
      "DELETE",
      "/contacts/{contactId}/workflow/{workflowId}",
      "delete-contact-from-workflow",
      Scope.WRITE),
  CREATE_CONTACT("POST", "/contacts/", "create-contact", Scope.WRITE),
  LIST_CONTACTS("GET", "/contacts/", "get-contacts", Scope.READ),
  SEARCH_TASKS("POST", "/locations/{locationId}/tasks/search", "task-search", Scope.TASKS_READ),
  TOKEN("POST", "/oauth/token", "get-access-token", Scope.NONE),
  LOCATION_TOKEN("POST", "/oauth/locationToken", "get-location-access-token", Scope.OAUTH_WRITE);

  /** The scope an operation needs. */
  public enum Scope {
    /** {@code contacts.readonly}. */
    READ("contacts.readonly"),
    /** {@code contacts.write}. */
    WRITE("contacts.write"),
    /** {@code locations/tasks.readonly}: the location task search. */
    TASKS_READ("locations/tasks.readonly"),
    /** {@code oauth.write} on an agency token. */
    OAUTH_WRITE("oauth.write"),
    /** No token at all (the token endpoint). */
    NONE("");

    private final String name;

    Scope(String name) {
      this.name = name;
    }

    /**
     * Returns the scope's name as GHL writes it.
     *
     * @return e.g. {@code contacts.write}
     */
    public String scopeName() {
      return name;
    }
  }

  private static final List<GhlOperation> BY_SPECIFICITY = bySpecificity();

  private final String method;
  private final List<String> segments;
  private final String operationId;
  private final Scope scope;

  GhlOperation(String method, String template, String operationId, Scope scope) {
    this.method = method;
    this.segments = List.of(split(template));
    this.operationId = operationId;
    this.scope = scope;
  }

  /**
   * Returns the spec's operationId, which is also the fake's operation name.
   *
   * @return e.g. {@code create-contact}
   */
  public String operationId() {
    return operationId;
  }

  /**
   * Returns the scope this operation needs.
   *
   * @return the scope
   */
  public Scope scope() {
    return scope;
  }

  /**
   * Finds the operation for a request; literal path segments win over parameters (so {@code
   * campaigns/removeAll} is not a campaign id).
   *
   * @param method the HTTP method
   * @param path the decoded path
   * @return the operation and its path parameters
   */
  public static Optional<Route> route(String method, String path) {
    String[] parts = split(path);
    for (GhlOperation op : BY_SPECIFICITY) {
      if (!op.method.equals(method) || op.segments.size() != parts.length) {
        continue;
      }
      Map<String, String> params = op.match(parts);
      if (params != null) {
        return Optional.of(new Route(op, params));
      }
    }
    return Optional.empty();
  }

  private @Nullable Map<String, String> match(String[] parts) {
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (segment.startsWith("{")) {
        if (parts[i].isEmpty()) {
          return null;
        }
        params.put(segment.substring(1, segment.length() - 1), parts[i]);
      } else if (!segment.equals(parts[i])) {
        return null;
      }
    }
    return params;
  }

  private long literalCount() {
    return segments.stream().filter(s -> !s.startsWith("{")).count();
  }

  private static String[] split(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.split("/", -1);
  }

  private static List<GhlOperation> bySpecificity() {
    List<GhlOperation> ops = new ArrayList<>(List.of(values()));
    ops.sort(Comparator.comparingLong(GhlOperation::literalCount).reversed());
    return List.copyOf(ops);
  }

  /**
   * A matched operation with its path parameters.
   *
   * @param operation the operation
   * @param params the path parameters by template name
   */
  public record Route(GhlOperation operation, Map<String, String> params) {

    /**
     * Returns a path parameter.
     *
     * @param name the template name, e.g. {@code contactId}
     * @return the value
     */
    public String param(String name) {
      String value = params.get(name);
      if (value == null) {
        throw new IllegalStateException("route has no parameter " + name);
      }
      return value;
    }
  }
}
