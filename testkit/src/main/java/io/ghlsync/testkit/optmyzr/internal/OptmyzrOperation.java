package io.ghlsync.testkit.optmyzr.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The operations the fake serves: method, path template (segments, {@code *} for a path parameter),
 * journal name and the OAuth scope the contract part needs ({@code null} for the User Data API,
 * which uses its {@code token} query parameter instead).
 */
public enum OptmyzrOperation {
  /** {@code POST /v1/contacts}. */
  CREATE_CONTACT("create-contact", "POST", "v1/contacts", "contacts.write"),
  /** {@code PUT /v1/contacts/by-external-id/{external_id}}. */
  UPSERT_CONTACT("upsert-contact", "PUT", "v1/contacts/by-external-id/*", "contacts.write"),
  /** {@code PATCH /v1/contacts/{id}}. */
  UPDATE_CONTACT("update-contact", "PATCH", "v1/contacts/*", "contacts.write"),
  /** {@code GET /v1/contacts/{id}}. */
  GET_CONTACT("get-contact", "GET", "v1/contacts/*", "contacts.read"),
  /** {@code GET /v1/contacts}. */
  LIST_CONTACTS("list-contacts", "GET", "v1/contacts", "contacts.read"),
  /** {@code POST /v1/tasks}. */
  CREATE_TASK("create-task", "POST", "v1/tasks", "tasks.write"),
  /** {@code PATCH /v1/tasks/{id}}. */
  UPDATE_TASK("update-task", "PATCH", "v1/tasks/*", "tasks.write"),
  /** {@code POST /v1/tasks/{id}/complete}. */
  COMPLETE_TASK("complete-task", "POST", "v1/tasks/*/complete", "tasks.write"),
  /** {@code GET /v1/tasks}. */
  LIST_TASKS("list-tasks", "GET", "v1/tasks", "contacts.read"),
  /** {@code POST /v1/contacts/{id}/notes}. */
  CREATE_NOTE("create-note", "POST", "v1/contacts/*/notes", "notes.write"),
  /** {@code GET /v1/contacts/{id}/notes}. */
  LIST_NOTES("list-notes", "GET", "v1/contacts/*/notes", "contacts.read"),
  /** {@code GET /UserData/V1/GetAPIList}. */
  API_LIST("get-api-list", "GET", "UserData/V1/GetAPIList", null),
  /** {@code GET /UserData/V1/OptimizationSuggestions}. */
  SUGGESTIONS("optimization-suggestions", "GET", "UserData/V1/OptimizationSuggestions", null),
  /** Optimization History, at the fake's configured path. */
  HISTORY("optimization-history", "GET", "", null);

  private final String journalName;
  private final String method;
  private final List<String> template;
  private final @Nullable String scope;

  OptmyzrOperation(String journalName, String method, String path, @Nullable String scope) {
    this.journalName = journalName;
    this.method = method;
    this.template = path.isEmpty() ? List.of() : List.of(path.split("/"));
    this.scope = scope;
  }

  /** The name used in the request journal and fault matchers, e.g. {@code create-contact}. */
  public String journalName() {
    return journalName;
  }

  /** The scope a bearer token needs, or null for the User Data API. */
  public @Nullable String scope() {
    return scope;
  }

  /** Whether this is a write of the contract (carries an {@code Idempotency-Key}). */
  public boolean isWrite() {
    return !method.equals("GET");
  }

  /** Whether this operation belongs to the User Data API. */
  public boolean isUserData() {
    return scope == null;
  }

  /**
   * Finds the operation of a request.
   *
   * @param method the HTTP method
   * @param segments the decoded path segments
   * @param historyPath the configured Optimization History path segments
   * @return the route, or null for paths the fake does not serve
   */
  public static @Nullable Route route(
      String method, List<String> segments, List<String> historyPath) {
    if (method.equals("GET") && segments.equals(historyPath)) {
      return new Route(HISTORY, List.of());
    }
    for (OptmyzrOperation op : values()) {
      if (op == HISTORY || !op.method.equals(method) || op.template.size() != segments.size()) {
        continue;
      }
      List<String> params = new ArrayList<>();
      boolean match = true;
      for (int i = 0; i < segments.size() && match; i++) {
        String t = op.template.get(i);
        if (t.equals("*")) {
          params.add(segments.get(i));
        } else {
          match = t.equals(segments.get(i));
        }
      }
      if (match && !((op == UPDATE_CONTACT || op == GET_CONTACT) && isReserved(params))) {
        return new Route(op, List.copyOf(params));
      }
    }
    return null;
  }

  private static boolean isReserved(List<String> params) {
    return params.size() == 1 && params.get(0).equals("by-external-id");
  }

  /**
   * A matched request.
   *
   * @param operation the operation
   * @param params the path parameters, in order
   */
  public record Route(OptmyzrOperation operation, List<String> params) {

    /**
     * The first path parameter.
     *
     * @return the parameter
     */
    public String param() {
      return params.get(0);
    }
  }
}
