package io.ghlsync.onoffice.internal;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.ErrorDetails;
import io.ghlsync.core.NotFoundException;
import io.ghlsync.core.PermissionException;
import io.ghlsync.core.ServerException;
import io.ghlsync.core.ServiceError;
import io.ghlsync.core.ValidationException;
import io.ghlsync.onoffice.OnOfficeCredentials;
import java.util.List;
import java.util.Set;

/**
 * Maps onOffice error codes (reference section 4) onto the {@code client-core} exceptions, one per
 * meaning; the code, message and action position travel as the exception's {@link ServiceError}.
 * Codes not listed become a plain {@link ApiException}.
 */
public final class ErrorCodes {
  /** "Your timestamp is too old or your server time is wrong": re-sign and retry once. */
  public static final int TIMESTAMP_OUTSIDE_WINDOW = 136;

  /** "The HMAC is invalid". */
  public static final int HMAC_INVALID = 137;

  /** "Error in action": the details are in the failed results' own status. */
  public static final int ERROR_IN_ACTION = 97;

  private static final Set<Integer> AUTHENTICATION =
      Set.of(13, 22, 28, 30, 40, 41, 42, 43, 45, 47, 48, 49, 136, 137, 243);
  private static final Set<Integer> PERMISSION =
      Set.of(131, 149, 156, 158, 170, 174, 183, 193, 253, 261, 262);
  private static final Set<Integer> NOT_FOUND = Set.of(80, 83, 235, 292, 293);
  private static final Set<Integer> VALIDATION =
      Set.of(
          3, 4, 5, 6, 7, 8, 9, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 75, 76, 77, 79, 81,
          82, 85, 86, 87, 98, 132, 138, 141, 142, 143, 145, 151, 179, 180, 181, 182, 185, 212, 219,
          220, 221, 222, 223, 224, 225, 226, 232, 247, 252, 254, 255, 257, 258, 260, 270, 284, 294,
          300, 302);

  private ErrorCodes() {}

  /**
   * Builds the exception for an error code.
   *
   * @param code onOffice's errorcode
   * @param message onOffice's message
   * @param httpStatus the HTTP status of the response
   * @param topLevelCode the top-level {@code status.code} (200, 400, 500)
   * @param context what was being done, e.g. {@code "onOffice read address"}
   * @param actionIndex the action's position, or -1 for a request-level error
   * @param credentials the credentials used, for length hints on HMAC errors (never printed)
   * @return the exception to throw or report
   */
  public static ApiException toException(
      int code,
      String message,
      int httpStatus,
      int topLevelCode,
      String context,
      int actionIndex,
      OnOfficeCredentials credentials) {
    String text =
        "error "
            + code
            + " "
            + (message.isBlank() ? "(no message)" : message)
            + (actionIndex >= 0 ? " (action " + actionIndex + " of the request)" : "");
    String hint = hint(code, credentials);
    List<String> messages = hint.isEmpty() ? List.of(text) : List.of(text, hint);
    // "onOffice action <kind> failed: error <code> <message>"
    String where = context.replaceFirst("^onOffice (?!action )", "onOffice action ");
    ErrorDetails details =
        new ErrorDetails(
            httpStatus,
            null,
            messages,
            "onOffice error " + code,
            null,
            where,
            new ServiceError("onOffice", code, message, actionIndex));
    if (AUTHENTICATION.contains(code) || (code == 0 && topLevelCode == 400)) {
      return new AuthenticationException(details, null);
    }
    if (PERMISSION.contains(code)) {
      return new PermissionException(details, null);
    }
    if (NOT_FOUND.contains(code)) {
      return new NotFoundException(details, null);
    }
    if (VALIDATION.contains(code)) {
      return new ValidationException(details, null);
    }
    if (code == 1 || topLevelCode >= 500) {
      return new ServerException(details, null);
    }
    return new ApiException(details, false, null);
  }

  private static String hint(int code, OnOfficeCredentials credentials) {
    if (code == HMAC_INVALID || code == 49) {
      boolean swapped =
          credentials.token().reveal().length() == OnOfficeCredentials.SECRET_LENGTH
              && credentials.secret().reveal().length() == OnOfficeCredentials.TOKEN_LENGTH;
      return swapped
          ? "the token and secret look swapped (token has 32 chars, secret 64)"
          : "check the secret (64 chars) and that it belongs to this token (32 chars)";
    }
    if (code == TIMESTAMP_OUTSIDE_WINDOW) {
      return "the local clock differs from onOffice's by more than 120 s; check time zone and NTP";
    }
    return "";
  }
}
