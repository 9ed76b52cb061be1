package io.ghlsync.core.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Makes URLs, headers and bodies safe to log by an allow-list: a value is shown only when its field
 * (JSON key, form field, query parameter) is one of the names known to be harmless (ids, dates,
 * status, counts, types); every other value is masked.
 *
 * <p>Why an allow-list: the services add fields over time ({@code firstNameLowerCase}, {@code
 * city}, onOffice's German field names), and a deny-list silently lets each new one through. Keys
 * and structure are kept, so a log still shows which fields travelled.
 */
public final class Redaction {
  /** The replacement text. */
  public static final String MASK = "[redacted]";

  private static final Set<String> HARMLESS =
      Set.of(
          "id",
          "ids",
          "type",
          "kind",
          "status",
          "statuscode",
          "errorcode",
          "count",
          "total",
          "cntabsolute",
          "limit",
          "offset",
          "page",
          "currentpage",
          "nextpage",
          "prevpage",
          "startafter",
          "version",
          "resourcetype",
          "actionid",
          "identifier",
          "timestamp",
          "hmac_version",
          "cacheable",
          "completed",
          "deleted",
          "succeded",
          "succeeded",
          "success",
          "grant_type",
          "user_type",
          "token_type",
          "expires_in",
          "scope",
          "assignedto",
          "dateadded",
          "dateupdated",
          "datecreated",
          "duedate",
          "starttime",
          "endtime",
          "sortby",
          "order",
          "event");

  private static final Pattern FORM_FIELD = Pattern.compile("(^|&)([^=&]+)=([^&]*)");

  private Redaction() {}

  /**
   * Whether a field with this name holds a value that is safe to log: an id ({@code id}, {@code
   * contactId}, {@code location_id}), a technical date, a status, a count or a type. Everything
   * else (names, contact details, free text, tokens, secrets) is not.
   *
   * @param name the field name as sent
   * @return true if its value may be logged
   */
  public static boolean isHarmless(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("token") || lower.contains("secret") || lower.contains("password")) {
      return false;
    }
    return HARMLESS.contains(lower)
        || name.endsWith("Id")
        || name.endsWith("Ids")
        || name.endsWith("ID")
        || lower.endsWith("_id")
        || lower.endsWith("_ids")
        || name.endsWith("At")
        || name.endsWith("Status")
        || name.endsWith("Type")
        || name.endsWith("Count");
  }

  /**
   * The URL with the values of query parameters masked unless harmless.
   *
   * @param url the URL
   * @return a loggable string
   */
  public static String url(HttpUrl url) {
    if (url.querySize() == 0) {
      return url.toString();
    }
    HttpUrl.Builder b = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      b.addQueryParameter(name, value == null || isHarmless(name) ? value : MASK);
    }
    return b.build().toString();
  }

  /**
   * A header value as it may be logged.
   *
   * @param name header name
   * @param value header value
   * @return the value for technical headers, the mask for credentials and cookies
   */
  public static String header(String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean secret =
        lower.contains("authorization")
            || lower.contains("cookie")
            || lower.contains("token")
            || lower.contains("secret")
            || lower.contains("key")
            || lower.contains("signature");
    return secret ? MASK : value;
  }

  /**
   * A JSON or form body with every value masked unless its field is harmless. A body that is
   * neither (or JSON that cannot be read) is replaced by its length.
   *
   * @param body the body text
   * @return a loggable body
   */
  public static String body(String body) {
    String trimmed = body.strip();
    if (trimmed.isEmpty()) {
      return "";
    }
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      String json = JsonMask.mask(trimmed);
      return json != null ? json : "(unreadable JSON, " + body.length() + " chars)";
    }
    if (trimmed.startsWith("(")) {
      return trimmed; // a description from the logger itself, e.g. "(123 bytes)"
    }
    if (!FORM_FIELD.matcher(trimmed).lookingAt() || trimmed.contains(" ")) {
      return "(" + body.length() + " chars, not JSON)";
    }
    Matcher m = FORM_FIELD.matcher(trimmed);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement =
          isHarmless(m.group(2)) ? m.group() : m.group(1) + m.group(2) + "=" + MASK;
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Shortens and masks a body for an exception message: at most {@code max} characters of the
   * {@link #body(String) masked} text.
   *
   * @param body the raw body
   * @param max the most characters kept
   * @return the safe excerpt
   */
  public static String excerpt(String body, int max) {
    String masked = body(body);
    return masked.length() <= max ? masked : masked.substring(0, max) + "...";
  }
}
