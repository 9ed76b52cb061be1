package io.ghlsync.testkit.optmyzr.internal;

import io.ghlsync.testkit.FakeResponse;
import io.ghlsync.testkit.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Optmyzr's User Data API v1 with sample data: {@code GetAPIList}, {@code OptimizationSuggestions}
 * (filters {@code accountId}, {@code accountType}, {@code toolName}, {@code emailId}) and
 * Optimization History (filter {@code accountId}). The documentation shows neither error bodies nor
 * the history shape; the fake answers errors in the shape of an ASP.NET Web API ({@code
 * {"Message":"..."}}) and history as {@code {"entries":[...]}}, both assumptions.
 */
public final class UserDataRoutes {
  private final List<Map<String, Object>> suggestions = new CopyOnWriteArrayList<>();
  private final List<Map<String, Object>> history = new CopyOnWriteArrayList<>();

  /** Creates the routes with the sample data loaded. */
  public UserDataRoutes() {
    suggestion("1234567890", "Acme Shoes", "AdWords", 12, "Bid Management", "owner@acme.test");
    suggestion("1234567890", "Acme Shoes", "AdWords", 4, "Budget Allocation", "owner@acme.test");
    suggestion("998877", "Acme Shoes EU", "Bing Ads", 7, "Negative Keywords", "eu@acme.test");
    historyEntry("1234567890", "Bid Management", "Raised bid on 'running shoes' by 10%");
    historyEntry("998877", "Negative Keywords", "Added negative keyword 'free'");
  }

  /**
   * Adds a suggestion entry.
   *
   * @param accountId the account id
   * @param accountName the account name
   * @param accountType {@code AdWords} or {@code Bing Ads}
   * @param changes the number of suggested changes
   * @param toolName the tool
   * @param userEmail the (child) user the entry belongs to, matched by {@code emailId}
   */
  public void suggestion(
      String accountId,
      String accountName,
      String accountType,
      int changes,
      String toolName,
      String userEmail) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("accountId", accountId);
    e.put("accountName", accountName);
    e.put("accountType", accountType);
    e.put("changes", changes);
    e.put("toolName", toolName);
    e.put("link", "https://app.optmyzr.test/" + accountId + "/" + toolName.replace(' ', '-'));
    e.put("_userEmail", userEmail);
    suggestions.add(e);
  }

  /**
   * Adds a history entry.
   *
   * @param accountId the account id
   * @param toolName the tool that applied it
   * @param description what was changed
   */
  public void historyEntry(String accountId, String toolName, String description) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("accountId", accountId);
    e.put("toolName", toolName);
    e.put("description", description);
    e.put("appliedAt", "2025-01-0" + (history.size() % 9 + 1) + "T10:00:00Z");
    history.add(e);
  }

  /**
   * {@code GET /UserData/V1/GetAPIList}.
   *
   * @return the operation names
   */
  public FakeResponse apiList() {
    return FakeResponse.json(
        200,
        JsonText.write(List.of("GetAPIList", "OptimizationSuggestions", "OptimizationHistory")));
  }

  /**
   * {@code GET /UserData/V1/OptimizationSuggestions}.
   *
   * @param url the request URL with the filters
   * @return {@code {"entries":[...]}}
   */
  public FakeResponse suggestions(HttpUrl url) {
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> e : suggestions) {
      if (matches(e, "accountId", url.queryParameter("accountId"))
          && matchesIgnoringCase(e, "accountType", url.queryParameter("accountType"))
          && matchesIgnoringCase(e, "toolName", url.queryParameter("toolName"))
          && matchesIgnoringCase(e, "_userEmail", url.queryParameter("emailId"))) {
        Map<String, Object> shown = new LinkedHashMap<>(e);
        shown.remove("_userEmail");
        out.add(shown);
      }
    }
    return FakeResponse.json(200, JsonText.write(Map.of("entries", out)));
  }

  /**
   * Optimization History.
   *
   * @param url the request URL with the filters
   * @return {@code {"entries":[...]}}
   */
  public FakeResponse history(HttpUrl url) {
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> e : history) {
      if (matches(e, "accountId", url.queryParameter("accountId"))) {
        out.add(e);
      }
    }
    return FakeResponse.json(200, JsonText.write(Map.of("entries", out)));
  }

  /**
   * The API's error body (assumed ASP.NET Web API shape).
   *
   * @param code the HTTP status
   * @return the response
   */
  public static FakeResponse error(int code) {
    String message =
        code == 401 ? "Authorization has been denied for this request." : "An error has occurred.";
    return FakeResponse.json(code, JsonText.write(Map.of("Message", message)));
  }

  private static boolean matches(Map<String, Object> e, String field, @Nullable String wanted) {
    return wanted == null || wanted.equals(e.get(field));
  }

  private static boolean matchesIgnoringCase(
      Map<String, Object> e, String field, @Nullable String wanted) {
    return wanted == null
        || e.get(field) instanceof String s
            && s.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT));
  }
}
