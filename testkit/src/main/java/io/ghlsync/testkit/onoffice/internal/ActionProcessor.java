package io.ghlsync.testkit.onoffice.internal;

import io.ghlsync.testkit.onoffice.ReceivedAction;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Checks one action (fields, timestamp window, HMAC v2) and routes it to its handler, producing the
 * action's result object with its own status.
 */
public final class ActionProcessor {
  /** The common prefix of action URNs. */
  public static final String URN_PREFIX = "urn:onoffice-de-ns:smart:2.5:smartml:action:";

  private static final List<String> ACTIONS =
      List.of("read", "create", "modify", "get", "do", "delete");

  private final AddressHandler addresses;
  private final TaskHandler tasks;
  private final ActivityHandler activities;
  private final RelationHandler relations;
  private final ActionFaults faults;
  private final Clock clock;
  private final Duration window;
  private final Consumer<ReceivedAction> log;

  /**
   * Creates the processor.
   *
   * @param state the fake's state
   * @param faults scripted per-action errors
   * @param clock the fake's clock for the timestamp window
   * @param window the accepted timestamp deviation (onOffice: 120 s)
   * @param log receives every action with its answer code
   */
  public ActionProcessor(
      OnOfficeState state,
      ActionFaults faults,
      Clock clock,
      Duration window,
      Consumer<ReceivedAction> log) {
    this.addresses = new AddressHandler(state);
    this.tasks = new TaskHandler(state);
    this.activities = new ActivityHandler(state);
    this.relations = new RelationHandler(state);
    this.faults = faults;
    this.clock = clock;
    this.window = window;
    this.log = log;
  }

  /** The address handler (for seeding). */
  public AddressHandler addresses() {
    return addresses;
  }

  /** The task handler (for seeding). */
  public TaskHandler tasks() {
    return tasks;
  }

  /** The agents-log handler (for seeding). */
  public ActivityHandler activities() {
    return activities;
  }

  /**
   * Processes one action.
   *
   * @param raw the action object as parsed
   * @param credentials the accepted credentials
   * @return the result object
   */
  public Map<String, Object> process(Object raw, Credentials credentials) {
    Map<?, ?> action = raw instanceof Map<?, ?> m ? m : Map.of();
    String actionId = action.get("actionid") instanceof String s ? s : "";
    String resourceType = action.get("resourcetype") instanceof String s ? s : "";
    String resourceId = Values.render(action.get("resourceid"));
    String identifier = action.get("identifier") instanceof String s ? s : "";
    OptionalLong timestamp = Values.longOf(action.get("timestamp"));
    String hmac = action.get("hmac") instanceof String s ? s : "";
    Map<String, Object> parameters = parameters(action.get("parameters"));
    String shortName =
        actionId.startsWith(URN_PREFIX) ? actionId.substring(URN_PREFIX.length()) : actionId;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("actionid", actionId);
    result.put("resourceid", resourceId);
    result.put("resourcetype", resourceType);
    result.put("cacheable", false);
    result.put("identifier", identifier);
    int code = 0;
    try {
      check(action, actionId, shortName, resourceType, timestamp, credentials);
      faults
          .next(shortName, resourceType)
          .ifPresent(
              e -> {
                throw e;
              });
      ActionData data = route(shortName, resourceType, resourceId, parameters);
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("cntabsolute", data.cntabsolute());
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("meta", meta);
      body.put("records", data.records());
      result.put("cacheable", data.cacheable());
      result.put("data", body);
      result.put("status", status(0, "OK"));
    } catch (ActionError e) {
      code = e.code();
      result.put("data", List.of());
      result.put("status", status(e.code(), String.valueOf(e.getMessage())));
    }
    log.accept(
        new ReceivedAction(
            shortName, resourceType, resourceId, timestamp.orElse(-1), hmac, parameters, code));
    return result;
  }

  private void check(
      Map<?, ?> action,
      String actionId,
      String shortName,
      String resourceType,
      OptionalLong timestamp,
      Credentials credentials) {
    if (actionId.isEmpty()) {
      throw new ActionError(16, "Missing or invalid element actionid");
    }
    if (!actionId.startsWith(URN_PREFIX) || !ACTIONS.contains(shortName)) {
      throw new ActionError(23, "No configuration found for actionid " + actionId);
    }
    if (!action.containsKey("resourceid")) {
      throw new ActionError(18, "Missing or invalid element resourceid");
    }
    if (!action.containsKey("resourcetype")) {
      throw new ActionError(19, "Missing or invalid element resourcetype");
    }
    Object params = action.get("parameters");
    if (!(params instanceof Map) && !(params instanceof List<?> l && l.isEmpty())) {
      throw new ActionError(20, "Missing or invalid element parameters");
    }
    long now = clock.instant().getEpochSecond();
    if (timestamp.isEmpty() || Math.abs(now - timestamp.getAsLong()) > window.toSeconds()) {
      throw new ActionError(136, "Your timestamp is too old or your server time is wrong");
    }
    Object hmac = action.get("hmac");
    if (!(hmac instanceof String sent)) {
      throw new ActionError(243, "The HMAC is invalid. \"hmac\" should be passed as string");
    }
    Object version = action.get("hmac_version");
    boolean v2 = "2".equals(Values.render(version));
    String expected =
        Signature.expected(
            credentials.secret(),
            timestamp.getAsLong(),
            credentials.token(),
            resourceType,
            actionId);
    if (!v2 || !Signature.matches(sent, expected)) {
      throw new ActionError(137, "The HMAC is invalid");
    }
  }

  private ActionData route(
      String action, String resourceType, String resourceId, Map<String, Object> p) {
    return switch (action + " " + resourceType) {
      case "read address" -> addresses.read(p);
      case "create address" -> addresses.create(p);
      case "modify address" -> addresses.modify(resourceId, p);
      case "read task" -> tasks.read(resourceId, p);
      case "create task" -> tasks.create(p);
      case "modify task" -> tasks.modify(resourceId, p);
      case "read agentslog" -> activities.read(p);
      case "create agentslog" -> activities.create(p);
      case "get idsfromrelation" -> relations.ids(p);
      case "create relation" -> relations.create(p);
      case "delete relation" -> relations.delete(p);
      default ->
          throw new ActionError(
              26, "Action processor not found for " + action + " on " + resourceType);
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parameters(@Nullable Object raw) {
    return Values.plain(raw) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static Map<String, Object> status(int code, String message) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("errorcode", code);
    s.put("message", message);
    return s;
  }
}
