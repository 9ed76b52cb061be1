package io.ghlsync.testkit;

import mockwebserver3.RecordedRequest;

/**
 * The behaviour of one fake API, served by a {@link FakeDispatcher}: names each request's
 * operation, handles it against the fake's state and renders the error bodies that injected faults
 * need, in the real service's shapes.
 */
public interface FakeService {

  /**
   * Names the operation a request is for, e.g. {@code "create-contact"}.
   *
   * @param request the request
   * @return the operation name, or {@code "unknown"} for routes the fake does not serve
   */
  String operationOf(RecordedRequest request);

  /**
   * Handles a request against the fake's state.
   *
   * @param request the request
   * @return the response
   */
  FakeResponse handle(RecordedRequest request);

  /**
   * Renders the service's error response for a status, used by {@link Fault.Status} and {@link
   * Fault.AppliedThenStatus}.
   *
   * @param code the HTTP status code
   * @param request the request being answered
   * @return the response
   */
  FakeResponse errorResponse(int code, RecordedRequest request);

  /**
   * Renders the service's answer to an expired credential, used by {@link Fault.ExpiredToken}.
   *
   * @param request the request being answered
   * @return the response
   */
  FakeResponse expiredTokenResponse(RecordedRequest request);
}
