package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.BudgetState;
import io.ghlsync.testkit.FakeResponse;
import io.ghlsync.testkit.FakeService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * The request pipeline of the fake GHL: route, {@code Version} header, bearer token (unknown,
 * revoked or expired), per-location rate limit with the {@code X-RateLimit-*} headers, scope, then
 * the operation's handler under the location's lock.
 */
public final class GhlService implements FakeService {
  /** The only {@code Version} header value the v2 contacts API accepts. */
  public static final String VERSION = "2021-07-28";

  private final GhlWorld world;
  private final OAuthEndpoints oauth;
  private final GhlHandlers handlers;

  /**
   * Creates the pipeline.
   *
   * @param world the fake's state
   */
  public GhlService(GhlWorld world) {
    this.world = world;
    this.oauth = new OAuthEndpoints(world);
    this.handlers = new GhlHandlers();
  }

  @Override
  public String operationOf(RecordedRequest request) {
    return route(request).map(r -> r.operation().operationId()).orElse("unknown");
  }

  @Override
  public FakeResponse handle(RecordedRequest request) {
    Optional<GhlOperation.Route> found = route(request);
    if (found.isEmpty()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("message", "Cannot " + request.getMethod() + " " + request.getUrl().encodedPath());
      body.put("error", "Not Found");
      body.put("statusCode", 404);
      return Call.json(404, body);
    }
    GhlOperation.Route route = found.get();
    if (route.operation() == GhlOperation.TOKEN) {
      return oauth.token(request);
    }
    if (!VERSION.equals(request.getHeaders().get("Version"))) {
      return GhlErrors.badRequest("Version header is missing or not supported; send " + VERSION);
    }
    Optional<Grant> grant = bearer(request).flatMap(world.tokens()::lookup);
    if (grant.isEmpty()) {
      return GhlErrors.unauthorized(GhlErrors.INVALID_TOKEN);
    }
    if (grant.get().expiredAt(world.now())) {
      return GhlErrors.unauthorized(GhlErrors.EXPIRED_TOKEN);
    }
    BudgetState budget = world.budget().acquire(grant.get().resourceId());
    Headers limits = rateLimitHeaders(budget);
    if (!budget.allowed()) {
      return GhlErrors.forStatus(429).withHeaders(limits);
    }
    return authorised(route, request, grant.get()).withHeaders(limits);
  }

  private FakeResponse authorised(GhlOperation.Route route, RecordedRequest request, Grant grant) {
    GhlOperation op = route.operation();
    if (!grant.scopes().contains(op.scope().scopeName())) {
      return GhlErrors.forbidden("The token is not authorized for this scope.");
    }
    if (op == GhlOperation.LOCATION_TOKEN) {
      return oauth.locationToken(request, grant);
    }
    if (!grant.forLocation()) {
      return GhlErrors.forbidden("The token does not have access to this location.");
    }
    LocationState location = world.location(grant.resourceId());
    Call call = new Call(route, request, grant, location, world);
    try {
      List<String> problems = schemaProblems(op, call);
      if (!problems.isEmpty()) {
        return GhlErrors.unprocessable(problems);
      }
      synchronized (location) {
        return handlers.handle(call);
      }
    } catch (GhlProblem problem) {
      return problem.response();
    }
  }

  /**
   * What GHL's OpenAPI schema refuses in this request (query parameters, then the body), before any
   * handler runs: GHL validates the DTO before touching data.
   */
  private static List<String> schemaProblems(GhlOperation op, Call call) {
    OpenApiRequests spec = OpenApiRequests.ghl();
    List<String> problems = new ArrayList<>(spec.queryProblems(op.operationId(), call::query));
    if (spec.hasBody(op.operationId())) {
      Map<String, Object> body = call.body();
      problems.addAll(spec.bodyProblems(op.operationId(), body));
      if (!problems.isEmpty()) {
        problems.addAll(spec.companionProblems(op.operationId(), body));
      }
    }
    return problems;
  }

  @Override
  public FakeResponse errorResponse(int code, RecordedRequest request) {
    return GhlErrors.forStatus(code);
  }

  @Override
  public FakeResponse expiredTokenResponse(RecordedRequest request) {
    return GhlErrors.unauthorized(GhlErrors.EXPIRED_TOKEN);
  }

  /**
   * Renders the five documented rate-limit headers.
   *
   * @param budget the location's budget after this request
   * @return the headers
   */
  public static Headers rateLimitHeaders(BudgetState budget) {
    return new Headers.Builder()
        .add("X-RateLimit-Max", String.valueOf(budget.max()))
        .add("X-RateLimit-Remaining", String.valueOf(budget.remaining()))
        .add("X-RateLimit-Interval-Milliseconds", String.valueOf(budget.interval().toMillis()))
        .add("X-RateLimit-Limit-Daily", String.valueOf(budget.dailyLimit()))
        .add("X-RateLimit-Daily-Remaining", String.valueOf(budget.dailyRemaining()))
        .build();
  }

  private static Optional<GhlOperation.Route> route(RecordedRequest request) {
    String path = "/" + String.join("/", request.getUrl().pathSegments());
    return GhlOperation.route(request.getMethod(), path);
  }

  private static Optional<String> bearer(RecordedRequest request) {
    String header = request.getHeaders().get("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(7).trim());
  }
}
