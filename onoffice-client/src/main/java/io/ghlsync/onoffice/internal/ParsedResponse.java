package io.ghlsync.onoffice.internal;

import io.ghlsync.onoffice.model.ActionResult;
import java.util.List;

/**
 * A parsed response envelope before its errors are judged.
 *
 * @param code top-level {@code status.code} (200 ok, 400 not authenticated, 500 server error)
 * @param errorCode top-level {@code status.errorcode} (0 ok, 97 error in action, ...)
 * @param message top-level {@code status.message}
 * @param results {@code response.results} in order (empty when absent)
 */
public record ParsedResponse(int code, int errorCode, String message, List<Result> results) {
  /** Copies the results. */
  public ParsedResponse {
    results = List.copyOf(results);
  }

  /** Whether the top-level status says OK. */
  public boolean topLevelOk() {
    return code == 200 && errorCode == 0;
  }

  /**
   * One result with its own status.
   *
   * @param result the result's fields (records empty for a failed action)
   * @param errorCode the result's {@code status.errorcode}
   * @param message the result's {@code status.message}
   */
  public record Result(ActionResult result, int errorCode, String message) {}
}
