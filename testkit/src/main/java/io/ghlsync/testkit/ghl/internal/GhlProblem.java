package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeResponse;

/** Ends a request early with an error response (e.g. an unknown contact or a bad body). */
public final class GhlProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient FakeResponse response;

  /**
   * Creates the problem.
   *
   * @param response the response to answer with
   */
  public GhlProblem(FakeResponse response) {
    super("GHL error " + response.code(), null, false, false);
    this.response = response;
  }

  /**
   * Returns the response to answer with.
   *
   * @return the response
   */
  public FakeResponse response() {
    return response;
  }
}
