package io.ghlsync.testkit.optmyzr.internal;

import io.ghlsync.testkit.BudgetState;
import io.ghlsync.testkit.FakeDispatcher;
import io.ghlsync.testkit.FakeResponse;
import io.ghlsync.testkit.FakeService;
import io.ghlsync.testkit.RequestBudget;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The fake Optmyzr behind the {@link FakeDispatcher}. Contract requests pass, in order: the
 * credential check (401), the request budget of that credential (429 with {@code Retry-After}), the
 * scope check of bearer tokens (403), the {@code Idempotency-Key} ledger for writes (replay or 409)
 * and then the route; every contract response carries {@code X-Request-Id} and {@code
 * RateLimit-Limit/Remaining/Reset}. User Data API requests need the {@code token} query parameter.
 * Contract state changes one request at a time.
 */
public final class OptmyzrService implements FakeService {
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final Credentials credentials;
  private final RequestBudget budget;
  private final IdempotencyLedger ledger;
  private final ContractErrors errors = new ContractErrors();
  private final ContactRoutes contacts;
  private final TaskRoutes tasks;
  private final NoteRoutes notes;
  private final UserDataRoutes userData;
  private final List<String> historyPath;
  private final boolean requireIdempotencyKey;
  private final Object lock = new Object();

  /**
   * Creates the service.
   *
   * @param state the tables and their routes
   * @param credentials the accepted credentials
   * @param budget the request budget per credential
   * @param ledger the idempotency ledger
   * @param historyPath the Optimization History path, e.g. {@code /UserData/V1/OptimizationHistory}
   * @param requireIdempotencyKey whether writes without the header are refused with 400
   */
  public OptmyzrService(
      OptmyzrState state,
      Credentials credentials,
      RequestBudget budget,
      IdempotencyLedger ledger,
      String historyPath,
      boolean requireIdempotencyKey) {
    this.credentials = credentials;
    this.budget = budget;
    this.ledger = ledger;
    this.contacts = state.contactRoutes();
    this.tasks = state.taskRoutes();
    this.notes = state.noteRoutes();
    this.userData = state.userData();
    this.historyPath = HttpUrl.get("http://h" + historyPath).pathSegments();
    this.requireIdempotencyKey = requireIdempotencyKey;
  }

  /** The lock under which contract state changes; hold it to read state consistently. */
  public Object lock() {
    return lock;
  }

  @Override
  public String operationOf(RecordedRequest request) {
    OptmyzrOperation.Route route = route(request);
    return route == null ? "unknown" : route.operation().journalName();
  }

  @Override
  public FakeResponse handle(RecordedRequest request) {
    OptmyzrOperation.Route route = route(request);
    if (route != null && route.operation().isUserData()) {
      return userData(route, request.getUrl());
    }
    if (route == null && request.getUrl().encodedPath().startsWith("/UserData/")) {
      return UserDataRoutes.error(404);
    }
    String requestId = errors.newRequestId();
    BudgetState state = null;
    FakeResponse response;
    try {
      Headers h = request.getHeaders();
      String credential = h.get("X-API-Key") != null ? h.get("X-API-Key") : h.get("Authorization");
      Set<String> scopes = credentials.authenticate(h.get("X-API-Key"), h.get("Authorization"));
      state = budget.acquire(credential == null ? "anonymous" : credential);
      if (!state.allowed()) {
        response = tooManyRequests(requestId, state);
      } else if (route == null) {
        throw new Rejection(404, "not_found", "unknown_route", "no such endpoint", null);
      } else {
        String scope = route.operation().scope();
        if (scope != null && !scopes.contains("*") && !scopes.contains(scope)) {
          throw new Rejection(
              403,
              "permission_error",
              "insufficient_scope",
              "the token lacks scope " + scope,
              null);
        }
        response =
            route.operation().isWrite() ? write(route, request, requestId) : run(route, request);
      }
    } catch (Rejection r) {
      response = errors.render(r, requestId);
    }
    if (response.headers().get(ContractErrors.REQUEST_ID) == null) {
      response = response.withHeader(ContractErrors.REQUEST_ID, requestId);
    }
    return state == null ? response : response.withHeaders(rateLimitHeaders(state));
  }

  @Override
  public FakeResponse errorResponse(int code, RecordedRequest request) {
    if (isUserData(request)) {
      return UserDataRoutes.error(code);
    }
    String name =
        switch (code) {
          case 429 -> "rate_limited";
          case 502 -> "bad_gateway";
          case 503 -> "service_unavailable";
          default -> code >= 500 ? "internal_error" : "request_failed";
        };
    FakeResponse r =
        errors.render(code, ContractErrors.typeOf(code), name, name, null, errors.newRequestId());
    return code == 429 ? r.withHeader("Retry-After", "1") : r;
  }

  @Override
  public FakeResponse expiredTokenResponse(RecordedRequest request) {
    return isUserData(request)
        ? UserDataRoutes.error(401)
        : errors.render(Credentials.expired(), errors.newRequestId());
  }

  private FakeResponse write(OptmyzrOperation.Route route, RecordedRequest request, String id) {
    String key = request.getHeaders().get(IDEMPOTENCY_KEY);
    if (key == null || key.isBlank()) {
      if (requireIdempotencyKey) {
        throw Rejection.badRequest(
            "missing_idempotency_key", "writes need an Idempotency-Key header", IDEMPOTENCY_KEY);
      }
      return run(route, request);
    }
    String target = request.getMethod() + " " + request.getUrl().encodedPath();
    String body = FakeDispatcher.bodyText(request);
    synchronized (lock) {
      Optional<FakeResponse> replay = ledger.replay(key, target, body);
      if (replay.isPresent()) {
        return replay.get();
      }
      FakeResponse response;
      try {
        response = run(route, request).withHeader(ContractErrors.REQUEST_ID, id);
      } catch (Rejection r) {
        response = errors.render(r, id);
      }
      if (response.code() < 500) {
        ledger.store(key, target, body, response);
      }
      return response;
    }
  }

  private FakeResponse run(OptmyzrOperation.Route route, RecordedRequest request) {
    String body = FakeDispatcher.bodyText(request);
    HttpUrl url = request.getUrl();
    synchronized (lock) {
      return switch (route.operation()) {
        case CREATE_CONTACT -> contacts.create(body);
        case UPSERT_CONTACT -> contacts.upsert(route.param(), body);
        case UPDATE_CONTACT -> contacts.update(route.param(), body);
        case GET_CONTACT -> contacts.get(route.param());
        case LIST_CONTACTS -> contacts.list(url);
        case CREATE_TASK -> tasks.create(body);
        case UPDATE_TASK -> tasks.update(route.param(), body);
        case COMPLETE_TASK -> tasks.complete(route.param());
        case LIST_TASKS -> tasks.list(url);
        case CREATE_NOTE -> notes.create(route.param(), body);
        case LIST_NOTES -> notes.list(route.param(), url);
        default -> throw new IllegalStateException("not a contract operation: " + route);
      };
    }
  }

  private FakeResponse userData(OptmyzrOperation.Route route, HttpUrl url) {
    String token = url.queryParameter("token");
    if (token == null || !token.equals(credentials.userDataToken())) {
      return UserDataRoutes.error(401);
    }
    return switch (route.operation()) {
      case API_LIST -> userData.apiList();
      case SUGGESTIONS -> userData.suggestions(url);
      default -> userData.history(url);
    };
  }

  private FakeResponse tooManyRequests(String requestId, BudgetState state) {
    long wait = Math.max(1, ceilSeconds(state));
    return errors
        .render(429, "rate_limit_error", "rate_limited", "too many requests", null, requestId)
        .withHeader("Retry-After", Long.toString(wait));
  }

  private static Headers rateLimitHeaders(BudgetState state) {
    return Headers.of(
        Map.of(
            "RateLimit-Limit", Integer.toString(state.max()),
            "RateLimit-Remaining", Integer.toString(Math.max(0, state.remaining())),
            "RateLimit-Reset", Long.toString(ceilSeconds(state))));
  }

  private static long ceilSeconds(BudgetState state) {
    long millis = state.resetIn().toMillis();
    return (millis + 999) / 1000;
  }

  private boolean isUserData(RecordedRequest request) {
    OptmyzrOperation.Route route = route(request);
    return route != null
        ? route.operation().isUserData()
        : request.getUrl().encodedPath().startsWith("/UserData/");
  }

  private OptmyzrOperation.@Nullable Route route(RecordedRequest request) {
    return OptmyzrOperation.route(
        request.getMethod(), request.getUrl().pathSegments(), historyPath);
  }
}
