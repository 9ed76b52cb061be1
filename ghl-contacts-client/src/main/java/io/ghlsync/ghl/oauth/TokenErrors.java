package io.ghlsync.ghl.oauth;

import com.google.api.client.auth.oauth2.TokenErrorResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import io.ghlsync.core.ApiException;
import io.ghlsync.core.ErrorBodies;
import io.ghlsync.core.ErrorDetails;
import io.ghlsync.core.ErrorMapper;
import io.ghlsync.core.RateLimitHeaders;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenRefreshException;
import io.ghlsync.core.token.TokenRefreshException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Turns a refused {@code /oauth/token} call into a typed exception. A refresh that GHL refuses with
 * a 4xx (other than 408/429) is final for that refresh token, so it becomes a {@link
 * TokenRefreshException} saying what the user must do; 429, 5xx and the code exchange map by
 * status. GHL's refresh errors are not enumerated (issue #249): {@code invalid_grant} and "Location
 * is not active" are recognised, anything else is treated as a refusal too. Secrets sent in the
 * request are cut out of anything the service echoes, and the raw body is not kept.
 */
final class TokenErrors {
  private static final String MASK = "[redacted]";

  private TokenErrors() {}

  static ApiException from(
      TokenResponseException e, String operation, @Nullable TokenKey key, List<String> secrets) {
    int status = e.getStatusCode();
    Headers headers = headers(e);
    ErrorDetails parsed = ErrorBodies.parse(status, headers, e.getContent(), operation);
    TokenErrorResponse oauth = e.getDetails();
    String rawError = oauth != null && oauth.getError() != null ? oauth.getError() : parsed.error();
    String error = rawError == null ? null : scrub(rawError, secrets);
    List<String> messages = new ArrayList<>();
    if (oauth != null && oauth.getErrorDescription() != null) {
      messages.add(scrub(oauth.getErrorDescription(), secrets));
    }
    for (String m : parsed.messages()) {
      messages.add(scrub(m, secrets));
    }
    boolean finalRefusal = status >= 400 && status < 500 && status != 408 && status != 429;
    if (key != null && finalRefusal) {
      return new TokenRefreshException(
          key, reason(error, messages), status, parsed.requestId(), error, messages);
    }
    List<String> withError = new ArrayList<>();
    if (error != null) {
      withError.add(error);
    }
    withError.addAll(messages);
    ErrorDetails details =
        new ErrorDetails(status, parsed.requestId(), withError, error, null, operation);
    Response response =
        new Response.Builder()
            .request(new Request.Builder().url("https://token.invalid/").build())
            .protocol(Protocol.HTTP_1_1)
            .code(status)
            .message("")
            .headers(headers)
            .build();
    return ErrorMapper.byStatus().map(details, RateLimitHeaders.ghl().read(response));
  }

  static Reason reason(@Nullable String error, List<String> messages) {
    String all = (error == null ? "" : error) + " " + String.join(" ", messages);
    String text = all.toLowerCase(Locale.ROOT);
    if (text.contains("invalid_client") || text.contains("unauthorized_client")) {
      return Reason.INVALID_CLIENT;
    }
    if (text.contains("not active") || text.contains("inactive")) {
      return Reason.RESOURCE_INACTIVE;
    }
    if (text.contains("invalid_grant")
        || text.contains("revoked")
        || text.contains("uninstall")
        || text.contains("expired")
        || text.contains("invalid refresh token")) {
      return Reason.INVALID_GRANT;
    }
    return Reason.REJECTED;
  }

  private static String scrub(String text, List<String> secrets) {
    String out = text;
    for (String s : secrets) {
      if (!s.isEmpty()) {
        out = out.replace(s, MASK);
      }
    }
    return out;
  }

  private static Headers headers(TokenResponseException e) {
    Headers.Builder b = new Headers.Builder();
    if (e.getHeaders() == null) {
      return b.build();
    }
    for (Map.Entry<String, Object> h : e.getHeaders().entrySet()) {
      Object value = h.getValue();
      if (value instanceof List<?> list) {
        for (Object v : list) {
          b.addUnsafeNonAscii(h.getKey(), String.valueOf(v));
        }
      } else if (value != null) {
        b.addUnsafeNonAscii(h.getKey(), String.valueOf(value));
      }
    }
    return b.build();
  }
}
