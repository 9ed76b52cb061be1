package io.ghlsync.onoffice.internal;

import io.ghlsync.core.ApiCalls;
import io.ghlsync.core.ApiException;
import io.ghlsync.core.CredentialProvider;
import io.ghlsync.core.ErrorDetails;
import io.ghlsync.core.NetworkException;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.core.UnexpectedResponseException;
import io.ghlsync.core.internal.RequestTag;
import io.ghlsync.onoffice.ActionOutcome;
import io.ghlsync.onoffice.ActionType;
import io.ghlsync.onoffice.OnOfficeAction;
import io.ghlsync.onoffice.OnOfficeCredentials;
import io.ghlsync.onoffice.model.ActionResult;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;

/**
 * Sends actions in requests of at most {@code maxActionsPerRequest}, judges the top-level and every
 * per-action status (an action's own status wins over a top-level error), matches results to
 * actions by position, and re-sends the actions that failed with a timestamp error (136) once,
 * freshly signed (after adopting the server's clock when its {@code Date} header is present). Never
 * throws for a failed action or request: every position gets an {@link ActionOutcome}.
 */
public final class ActionSender {
  private static final Logger LOG = LoggerFactory.getLogger(ActionSender.class);
  private static final RequestBody PLACEHOLDER =
      RequestBody.create(new byte[0], SigningInterceptor.JSON);

  private final OnOfficeApi api;
  private final HttpUrl endpoint;
  private final ApiCalls calls;
  private final CredentialProvider<OnOfficeCredentials> credentials;
  private final TimeSource time;
  private final int maxActionsPerRequest;

  /**
   * Creates a sender.
   *
   * @param api the Retrofit endpoint
   * @param endpoint the full API URL
   * @param calls executes calls and maps HTTP failures
   * @param credentials used for error hints (signing happens in {@link SigningInterceptor})
   * @param time the timestamp source, re-aligned after a 136
   * @param maxActionsPerRequest the most actions sent in one HTTP request
   */
  public ActionSender(
      OnOfficeApi api,
      HttpUrl endpoint,
      ApiCalls calls,
      CredentialProvider<OnOfficeCredentials> credentials,
      TimeSource time,
      int maxActionsPerRequest) {
    this.api = api;
    this.endpoint = endpoint;
    this.calls = calls;
    this.credentials = credentials;
    this.time = time;
    this.maxActionsPerRequest = maxActionsPerRequest;
  }

  /**
   * Sends actions and returns one outcome per action, in order.
   *
   * @param actions the actions
   * @return the outcomes, by position
   */
  public List<ActionOutcome<ActionResult>> send(List<OnOfficeAction> actions) {
    return send(actions, RequestOptions.defaults());
  }

  /**
   * Sends actions with the caller's per-request options and returns one outcome per action.
   *
   * @param actions the actions
   * @param options timeout and retries for each HTTP request; an idempotency key is refused
   * @return the outcomes, by position
   * @throws IllegalArgumentException if the options carry an idempotency key
   */
  public List<ActionOutcome<ActionResult>> send(
      List<OnOfficeAction> actions, RequestOptions options) {
    options.requireNoIdempotencyKey("onOffice");
    List<ActionOutcome<ActionResult>> out = new ArrayList<>(actions.size());
    for (int from = 0; from < actions.size(); from += maxActionsPerRequest) {
      List<OnOfficeAction> chunk =
          actions.subList(from, Math.min(actions.size(), from + maxActionsPerRequest));
      out.addAll(sendWithTimestampRetry(chunk, options));
    }
    return out;
  }

  private List<ActionOutcome<ActionResult>> sendWithTimestampRetry(
      List<OnOfficeAction> chunk, RequestOptions options) {
    Attempt first = attempt(chunk, options);
    List<Integer> stale = new ArrayList<>();
    for (int i = 0; i < first.outcomes.size(); i++) {
      if (first.outcomes.get(i) instanceof ActionOutcome.Failed<ActionResult> f
          && f.error()
              .serviceError()
              .filter(code -> code.code() == ErrorCodes.TIMESTAMP_OUTSIDE_WINDOW)
              .isPresent()) {
        stale.add(i);
      }
    }
    if (stale.isEmpty()) {
      return first.outcomes;
    }
    if (first.serverTime != null) {
      time.alignTo(first.serverTime);
    }
    LOG.debug(
        "onOffice rejected the timestamp of {} action(s); re-signing once (clock offset {} s)",
        stale.size(),
        time.offsetSeconds());
    List<OnOfficeAction> again = new ArrayList<>();
    stale.forEach(i -> again.add(chunk.get(i)));
    Attempt second = attempt(again, options);
    List<ActionOutcome<ActionResult>> merged = new ArrayList<>(first.outcomes);
    for (int k = 0; k < stale.size(); k++) {
      merged.set(stale.get(k), second.outcomes.get(k));
    }
    return merged;
  }

  private Attempt attempt(List<OnOfficeAction> chunk, RequestOptions requestOptions) {
    String context =
        chunk.size() == 1
            ? chunk.get(0).describe()
            : "onOffice request of " + chunk.size() + " actions";
    boolean readOnly = chunk.stream().allMatch(a -> a.type().isReadOnly());
    RequestTag options = RequestTag.of(context).withRetrySafe(readOnly).with(requestOptions);
    Instant serverTime = null;
    try {
      Response<ResponseBody> response =
          calls.executeRaw(
              RequestTag.applyTimeout(
                  api.send(endpoint, PLACEHOLDER, new PendingActions(chunk), options),
                  requestOptions),
              context);
      Date date = response.headers().getDate("Date");
      serverTime = date == null ? null : date.toInstant();
      String text;
      try (ResponseBody body = response.body()) {
        text = body == null ? "" : body.string();
      }
      ParsedResponse parsed;
      try {
        parsed = ResponseParser.parse(text);
      } catch (IOException e) {
        // onOffice answered, but not with an envelope: no I/O failure, and not worth repeating.
        return new Attempt(
            allFailed(
                chunk.size(), new UnexpectedResponseException(context, response.code(), text, e)),
            serverTime);
      }
      return new Attempt(judge(parsed, chunk, response.code(), context), serverTime);
    } catch (IOException e) {
      return new Attempt(allFailed(chunk.size(), new NetworkException(context, e)), serverTime);
    } catch (ApiException e) {
      return new Attempt(allFailed(chunk.size(), e), serverTime);
    }
  }

  private List<ActionOutcome<ActionResult>> judge(
      ParsedResponse parsed, List<OnOfficeAction> chunk, int httpStatus, String context) {
    OnOfficeCredentials used = credentials.current();
    if (parsed.results().size() != chunk.size()) {
      ApiException error =
          parsed.topLevelOk()
              ? new ApiException(
                  new ErrorDetails(
                      httpStatus,
                      null,
                      List.of(
                          "response has "
                              + parsed.results().size()
                              + " results for "
                              + chunk.size()
                              + " actions; results cannot be matched by position"),
                      null,
                      null,
                      context),
                  false,
                  null)
              : ErrorCodes.toException(
                  parsed.errorCode(),
                  parsed.message(),
                  httpStatus,
                  parsed.code(),
                  context,
                  -1,
                  used);
      return allFailed(chunk.size(), error);
    }
    boolean topFailed =
        (parsed.errorCode() != 0 && parsed.errorCode() != ErrorCodes.ERROR_IN_ACTION)
            || (parsed.code() != 200 && parsed.errorCode() == 0);
    // Per-action statuses win: when some action reports its own error, a top-level error is
    // that action's error repeated (seen with codes other than 97), not news about the others.
    // With no action error, a top-level error names the request, except for a create whose
    // record came back: that record exists, so the create is never reported as failed.
    boolean actionErrors = parsed.results().stream().anyMatch(r -> r.errorCode() != 0);
    List<ActionOutcome<ActionResult>> out = new ArrayList<>(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      ParsedResponse.Result r = parsed.results().get(i);
      String where = chunk.get(i).describe();
      boolean applied = chunk.get(i).type() == ActionType.CREATE && !r.result().records().isEmpty();
      if (r.errorCode() != 0) {
        out.add(
            new ActionOutcome.Failed<>(
                ErrorCodes.toException(
                    r.errorCode(), r.message(), httpStatus, parsed.code(), where, i, used)));
      } else if (topFailed && !actionErrors && !applied) {
        out.add(
            new ActionOutcome.Failed<>(
                ErrorCodes.toException(
                    parsed.errorCode(),
                    parsed.message(),
                    httpStatus,
                    parsed.code(),
                    where,
                    i,
                    used)));
      } else {
        out.add(new ActionOutcome.Succeeded<>(r.result()));
      }
    }
    return out;
  }

  private static List<ActionOutcome<ActionResult>> allFailed(int n, ApiException error) {
    List<ActionOutcome<ActionResult>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ActionOutcome.Failed<>(error));
    }
    return out;
  }

  private record Attempt(
      List<ActionOutcome<ActionResult>> outcomes,
      @org.jspecify.annotations.Nullable Instant serverTime) {}
}
