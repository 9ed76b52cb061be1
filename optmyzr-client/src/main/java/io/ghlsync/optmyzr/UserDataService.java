package io.ghlsync.optmyzr;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.ghlsync.core.ApiException;
import io.ghlsync.core.NetworkException;
import io.ghlsync.optmyzr.internal.OptmyzrCalls;
import io.ghlsync.optmyzr.internal.SuggestionsWire;
import io.ghlsync.optmyzr.internal.UserDataApi;
import io.ghlsync.optmyzr.internal.WireMapping;
import io.ghlsync.optmyzr.model.HistoryFilter;
import io.ghlsync.optmyzr.model.OptimizationHistory;
import io.ghlsync.optmyzr.model.OptimizationSuggestion;
import io.ghlsync.optmyzr.model.SuggestionFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Optmyzr's own read-only User Data API v1 (base URL {@code https://dataaccess.optmyzr.com}),
 * exactly as documented. The token goes in the {@code token} query parameter, as the API requires;
 * it is masked in every log line and never part of an exception message. The API has no write
 * operations.
 */
public final class UserDataService {
  private static final String API_LIST = "GET /UserData/V1/GetAPIList";
  private static final String SUGGESTIONS = "GET /UserData/V1/OptimizationSuggestions";
  private static final JsonAdapter<Object> ANY = new Moshi.Builder().build().adapter(Object.class);

  private final UserDataApi api;
  private final OptmyzrCalls calls;
  private final String historyPath;

  UserDataService(UserDataApi api, OptmyzrCalls calls, String historyPath) {
    this.api = api;
    this.calls = calls;
    this.historyPath = historyPath;
  }

  /**
   * {@code GET /UserData/V1/GetAPIList}: the names of the operations the token may use.
   *
   * @return the operation names
   */
  public List<String> apiList() {
    return List.copyOf(calls.execute(api.apiList(calls.read(API_LIST)), API_LIST));
  }

  /**
   * {@code GET /UserData/V1/OptimizationSuggestions}: suggested changes per account and tool.
   *
   * @param filter optional accountId, accountType, toolName, emailId
   * @return the entries
   */
  public List<OptimizationSuggestion> optimizationSuggestions(SuggestionFilter filter) {
    SuggestionsWire wire =
        calls.execute(
            api.optimizationSuggestions(filter.parameters(), calls.read(SUGGESTIONS)), SUGGESTIONS);
    List<OptimizationSuggestion> out = new ArrayList<>();
    if (wire.entries() != null) {
      for (SuggestionsWire.SuggestionWire each : wire.entries()) {
        if (each != null) {
          out.add(WireMapping.suggestion(each));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Optimization History: "the optimizations applied for the accounts associated with your API
   * token". Its path is configurable ({@code OptmyzrClient.Builder#optimizationHistoryPath})
   * because the stored documentation does not show it; its response shape is not documented either,
   * so entries come back as JSON maps.
   *
   * @param filter optional accountId and further parameters
   * @return the history
   */
  public OptimizationHistory optimizationHistory(HistoryFilter filter) {
    String operation = "GET /" + historyPath;
    String text;
    try (ResponseBody body =
        calls.execute(
            api.optimizationHistory(historyPath, filter.parameters(), calls.read(operation)),
            operation)) {
      text = body.string();
    } catch (IOException e) {
      throw new NetworkException(operation, e);
    }
    return new OptimizationHistory(entries(parse(text, operation)), text);
  }

  private static @Nullable Object parse(String text, String operation) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return ANY.fromJson(text);
    } catch (IOException | RuntimeException e) {
      String message = operation + " returned a body that is not JSON";
      throw new ApiException(message, 200, null, List.of(message), null, false, null);
    }
  }

  private static List<Map<String, Object>> entries(@Nullable Object json) {
    Object list = json;
    if (json instanceof Map<?, ?> map) {
      list = map.get("entries");
    }
    List<Map<String, Object>> out = new ArrayList<>();
    if (list instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> entry) {
          @SuppressWarnings("unchecked")
          Map<String, Object> typed = (Map<String, Object>) entry;
          out.add(typed);
        }
      }
    }
    return out;
  }
}
