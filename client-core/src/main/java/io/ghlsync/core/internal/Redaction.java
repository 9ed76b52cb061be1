package io.ghlsync.core.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Removes credentials and personal data from URLs, headers and JSON/form bodies before logging. */
public final class Redaction {
  /** The replacement text. */
  public static final String MASK = "[redacted]";

  private static final Set<String> SENSITIVE_NAMES =
      Set.of(
          "authorization",
          "proxy-authorization",
          "cookie",
          "set-cookie",
          "token",
          "access_token",
          "refresh_token",
          "id_token",
          "client_secret",
          "secret",
          "apikey",
          "api_key",
          "x-api-key",
          "password",
          "code",
          "hmac",
          "email",
          "phone",
          "number",
          "firstname",
          "lastname",
          "name",
          "address1",
          "dateofbirth",
          "ssn");

  private static final Pattern JSON_STRING_FIELD =
      Pattern.compile("\"([A-Za-z0-9_\\-]+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern FORM_FIELD = Pattern.compile("(^|&)([^=&]+)=([^&]*)");

  private Redaction() {}

  /**
   * Whether a header, query parameter or field with this name holds a secret or personal data.
   *
   * @param name the name, any case
   * @return true if its value must not be logged
   */
  public static boolean isSensitive(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return SENSITIVE_NAMES.contains(n)
        || n.contains("token")
        || n.contains("secret")
        || n.contains("password")
        || n.contains("signature")
        || n.contains("email")
        || n.contains("phone");
  }

  /**
   * The URL with the values of sensitive query parameters masked.
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
      b.addQueryParameter(name, value != null && isSensitive(name) ? MASK : value);
    }
    return b.build().toString();
  }

  /**
   * A header value as it may be logged.
   *
   * @param name header name
   * @param value header value
   * @return the value, or the mask for sensitive headers
   */
  public static String header(String name, String value) {
    return isSensitive(name) ? MASK : value;
  }

  /**
   * A JSON or form body with sensitive string values masked.
   *
   * @param body the body text
   * @return a loggable body
   */
  public static String body(String body) {
    String trimmed = body.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      Matcher m = JSON_STRING_FIELD.matcher(body);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String replacement =
            isSensitive(m.group(1)) ? "\"" + m.group(1) + "\":\"" + MASK + "\"" : m.group();
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      return out.toString();
    }
    Matcher m = FORM_FIELD.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement =
          isSensitive(m.group(2)) ? m.group(1) + m.group(2) + "=" + MASK : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
