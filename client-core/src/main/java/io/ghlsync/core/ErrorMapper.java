package io.ghlsync.core;

/**
 * Turns parsed error details into the right {@link ApiException} subclass. The default maps by HTTP
 * status; a client can supply its own for service-specific codes.
 */
@FunctionalInterface
public interface ErrorMapper {

  /**
   * Maps error details to an exception.
   *
   * @param details what the response said
   * @param feedback the response's rate-limit headers
   * @return the exception to throw
   */
  ApiException map(ErrorDetails details, RateLimitFeedback feedback);

  /**
   * Status-based mapping: 401, 403, 404, 400/422, 429, 5xx, anything else.
   *
   * @return a mapper to {@link AuthenticationException}, {@link PermissionException}, {@link
   *     NotFoundException}, {@link ValidationException}, {@link RateLimitException}, {@link
   *     ServerException} or, for any other status, a plain non-retryable {@link ApiException}
   */
  static ErrorMapper byStatus() {
    return (details, feedback) -> {
      int s = details.statusCode();
      if (s == 401) {
        return new AuthenticationException(details, null);
      } else if (s == 403) {
        return new PermissionException(details, null);
      } else if (s == 404) {
        return new NotFoundException(details, null);
      } else if (s == 400 || s == 422) {
        return new ValidationException(details, null);
      } else if (s == 429) {
        return new RateLimitException(
            details,
            feedback.dailyBudgetExhausted(),
            feedback.retryAfter().or(feedback::reset).or(feedback::window).orElse(null));
      } else if (s >= 500) {
        return new ServerException(details, null);
      }
      return new ApiException(details, false, null);
    };
  }
}
