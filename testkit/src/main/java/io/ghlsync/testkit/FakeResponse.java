package io.ghlsync.testkit;

import okhttp3.Headers;

/**
 * A response a fake service produced, before faults are applied to it.
 *
 * @param code the HTTP status code
 * @param headers the response headers (without {@code Content-Length}, which is computed)
 * @param body the body text, empty for none
 */
public record FakeResponse(int code, Headers headers, String body) {

  /**
   * A JSON response.
   *
   * @param code the HTTP status code
   * @param json the JSON body
   * @return the response
   */
  public static FakeResponse json(int code, String json) {
    return new FakeResponse(
        code, Headers.of("Content-Type", "application/json; charset=utf-8"), json);
  }

  /**
   * Returns a copy with one more header.
   *
   * @param name the header name
   * @param value the header value
   * @return the new response
   */
  public FakeResponse withHeader(String name, String value) {
    return new FakeResponse(code, headers.newBuilder().add(name, value).build(), body);
  }

  /**
   * Returns a copy with more headers.
   *
   * @param more the headers to add
   * @return the new response
   */
  public FakeResponse withHeaders(Headers more) {
    return new FakeResponse(code, headers.newBuilder().addAll(more).build(), body);
  }
}
