package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeDispatcher;
import io.ghlsync.testkit.FakeResponse;
import io.ghlsync.testkit.JsonText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;

/**
 * One authenticated request to a location, as handlers see it.
 *
 * @param route the matched operation and path parameters
 * @param request the raw request
 * @param grant what the token may do
 * @param location the token's location, locked for the duration of the request
 * @param world the whole fake
 */
public record Call(
    GhlOperation.Route route,
    RecordedRequest request,
    Grant grant,
    LocationState location,
    GhlWorld world) {

  /**
   * Returns a path parameter.
   *
   * @param name e.g. {@code contactId}
   * @return the value
   */
  public String param(String name) {
    return route.param(name);
  }

  /**
   * Returns a query parameter.
   *
   * @param name the parameter
   * @return the value, if present
   */
  public Optional<String> query(String name) {
    return Optional.ofNullable(request.getUrl().queryParameter(name));
  }

  /**
   * Parses the JSON body; an empty body counts as {@code {}}.
   *
   * @return the body
   * @throws GhlProblem with a 400 when the body is not a JSON object
   */
  public Map<String, Object> body() {
    String text = FakeDispatcher.bodyText(request);
    if (text.isBlank()) {
      return new LinkedHashMap<>();
    }
    try {
      return JsonText.parseObject(text);
    } catch (IllegalArgumentException e) {
      throw new GhlProblem(GhlErrors.badRequest("Unexpected token in JSON: " + e.getMessage()));
    }
  }

  /**
   * Finds a contact of the token's location.
   *
   * @param contactId the contact id
   * @return the contact
   * @throws GhlProblem 403 when the contact belongs to another location, else not-found
   */
  public Map<String, Object> contact(String contactId) {
    Optional<Map<String, Object>> found = location.contacts().get(contactId);
    if (found.isPresent()) {
      return found.get();
    }
    for (LocationState other : world.locations()) {
      if (other != location && other.contacts().mayHold(contactId)) {
        throw new GhlProblem(
            GhlErrors.forbidden("The token does not have access to this location."));
      }
    }
    throw notFound("Contact not found");
  }

  /**
   * Checks that a {@code locationId} from the request is the token's location.
   *
   * @param locationId the location id sent
   * @throws GhlProblem 403 when it is another location
   */
  public void requireOwnLocation(String locationId) {
    if (!locationId.equals(location.id())) {
      throw new GhlProblem(GhlErrors.forbidden("The token does not have access to this location."));
    }
  }

  /**
   * Builds a not-found problem with the configured status.
   *
   * @param message e.g. {@code Task not found}
   * @return the problem to throw
   */
  public GhlProblem notFound(String message) {
    return new GhlProblem(GhlErrors.notFound(world.notFoundStatus(), message));
  }

  /**
   * Shortcut for a JSON response.
   *
   * @param code the status
   * @param body the body tree
   * @return the response
   */
  public static FakeResponse json(int code, Object body) {
    return FakeResponse.json(code, JsonText.write(body));
  }
}
