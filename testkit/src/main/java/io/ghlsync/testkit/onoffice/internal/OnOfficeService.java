package io.ghlsync.testkit.onoffice.internal;

import io.ghlsync.testkit.FakeDispatcher;
import io.ghlsync.testkit.FakeResponse;
import io.ghlsync.testkit.FakeService;
import io.ghlsync.testkit.JsonText;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The fake onOffice behind the {@link FakeDispatcher}: one POST endpoint ({@code
 * /api/stable/api.php} and {@code /api/latest/api.php}) taking an envelope of actions. The envelope
 * is checked first (JSON 4, token 13/22, request 14, actions 15); each action then gets its own
 * result and status. When an action fails, the top-level status reports it (by default {@code code
 * 500} with the action's code, or 97 when several actions failed), or stays {@code 200/0} when so
 * configured; onOffice's own fixtures show both. Every response has a {@code Date} header from the
 * fake's clock.
 */
public final class OnOfficeService implements FakeService {
  /** The stable endpoint path. */
  public static final String STABLE_PATH = "/api/stable/api.php";

  /** The latest endpoint path. */
  public static final String LATEST_PATH = "/api/latest/api.php";

  private static final Set<String> PATHS = Set.of(STABLE_PATH, LATEST_PATH);

  private final ActionProcessor processor;
  private final Credentials credentials;
  private final Clock clock;
  private final boolean topLevelOnActionError;
  private final Object lock = new Object();

  /**
   * The body {@link #operationOf} parsed, for {@link #handle} of the same request (the dispatcher
   * calls both on one thread), so a batch of 100 actions is parsed once.
   */
  private final ThreadLocal<@Nullable ParsedBody> parsed = new ThreadLocal<>();

  private record ParsedBody(RecordedRequest request, Map<String, Object> body) {}

  /**
   * Creates the service.
   *
   * @param processor checks and runs actions
   * @param credentials the accepted credentials
   * @param clock the clock of the {@code Date} header
   * @param topLevelOnActionError whether failed actions also show in the top-level status
   */
  public OnOfficeService(
      ActionProcessor processor,
      Credentials credentials,
      Clock clock,
      boolean topLevelOnActionError) {
    this.processor = processor;
    this.credentials = credentials;
    this.clock = clock;
    this.topLevelOnActionError = topLevelOnActionError;
  }

  /** The lock under which state changes; hold it to read state consistently. */
  public Object lock() {
    return lock;
  }

  @Override
  public String operationOf(RecordedRequest request) {
    if (!PATHS.contains(request.getUrl().encodedPath())) {
      return "unknown";
    }
    try {
      Map<String, Object> body = JsonText.parseObject(FakeDispatcher.bodyText(request));
      parsed.set(new ParsedBody(request, body));
      if (body.get("request") instanceof Map<?, ?> r && r.get("actions") instanceof List<?> list) {
        if (list.size() == 1 && list.get(0) instanceof Map<?, ?> a) {
          String id = String.valueOf(a.get("actionid"));
          String name =
              id.startsWith(ActionProcessor.URN_PREFIX)
                  ? id.substring(ActionProcessor.URN_PREFIX.length())
                  : id;
          return name + "-" + a.get("resourcetype");
        }
        return "batch";
      }
    } catch (IllegalArgumentException e) {
      return "unknown";
    }
    return "unknown";
  }

  @Override
  public FakeResponse handle(RecordedRequest request) {
    if (!"POST".equals(request.getMethod()) || !PATHS.contains(request.getUrl().encodedPath())) {
      return new FakeResponse(
          404, dated(Headers.of("Content-Type", "text/html")), "<html>Not Found</html>");
    }
    ParsedBody earlier = parsed.get();
    parsed.remove();
    Map<String, Object> body;
    try {
      body =
          earlier != null && earlier.request() == request
              ? earlier.body()
              : JsonText.parseObject(FakeDispatcher.bodyText(request));
    } catch (IllegalArgumentException e) {
      return envelope(400, 4, "Invalid or malformed JSON", List.of());
    }
    if (!(body.get("token") instanceof String token) || token.isBlank()) {
      return envelope(400, 13, "Missing or invalid element token", List.of());
    }
    if (!token.equals(credentials.token())) {
      return envelope(400, 22, "Not authenticated", List.of());
    }
    if (!(body.get("request") instanceof Map<?, ?> req)) {
      return envelope(400, 14, "Missing or invalid element request", List.of());
    }
    if (!(req.get("actions") instanceof List<?> actions) || actions.isEmpty()) {
      return envelope(400, 15, "Missing or invalid element actions", List.of());
    }
    List<Map<String, Object>> results = new ArrayList<>();
    synchronized (lock) {
      for (Object action : actions) {
        results.add(processor.process(action, credentials));
      }
    }
    List<Map<?, ?>> failed =
        results.stream()
            .<Map<?, ?>>map(r -> (Map<?, ?>) r.get("status"))
            .filter(s -> !Integer.valueOf(0).equals(s.get("errorcode")))
            .toList();
    if (failed.isEmpty() || !topLevelOnActionError) {
      return envelope(200, 0, "OK", results);
    }
    if (failed.size() == 1 && results.size() == 1) {
      Map<?, ?> only = failed.get(0);
      int code = only.get("errorcode") instanceof Integer c ? c : 1;
      return envelope(500, code, String.valueOf(only.get("message")), results);
    }
    return envelope(500, 97, "Error in action", results);
  }

  @Override
  public FakeResponse errorResponse(int code, RecordedRequest request) {
    return new FakeResponse(
        code,
        dated(Headers.of("Content-Type", "text/html")),
        "<html><body><h1>"
            + code
            + "</h1>The server is temporarily unable to answer.</body></html>");
  }

  @Override
  public FakeResponse expiredTokenResponse(RecordedRequest request) {
    return envelope(400, 22, "Not authenticated", List.of());
  }

  private FakeResponse envelope(
      int code, int errorCode, String message, List<Map<String, Object>> results) {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("code", code);
    status.put("errorcode", errorCode);
    status.put("message", message);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", status);
    if (results.isEmpty()) {
      out.put("response", List.of());
    } else {
      out.put("response", Map.of("results", results));
    }
    return new FakeResponse(
        200,
        dated(Headers.of("Content-Type", "application/json; charset=utf-8")),
        JsonText.write(out));
  }

  private Headers dated(Headers headers) {
    return headers
        .newBuilder()
        .add(
            "Date",
            DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC)))
        .build();
  }
}
