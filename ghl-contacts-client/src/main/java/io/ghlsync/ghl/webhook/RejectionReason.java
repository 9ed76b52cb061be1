package io.ghlsync.ghl.webhook;

/** Why a webhook request was refused, with the HTTP status a receiver should answer. */
public enum RejectionReason {
  /** The body is larger than the configured limit. */
  BODY_TOO_LARGE(413),
  /** The body could not be read from the request stream. */
  UNREADABLE_BODY(400),
  /** Neither {@code X-GHL-Signature} nor {@code X-WH-Signature} is present. */
  MISSING_SIGNATURE(401),
  /** The signature header is not one base64 value of the right length. */
  MALFORMED_SIGNATURE(401),
  /** The signature does not verify against any configured key. */
  BAD_SIGNATURE(401),
  /** The signature header present is for an algorithm this handler has no keys for. */
  UNKNOWN_ALGORITHM(401),
  /** The body is not UTF-8 JSON, or not a JSON object. */
  MALFORMED_JSON(400),
  /** The body has no non-empty {@code type} string. */
  MISSING_TYPE(400),
  /** The body has no {@code timestamp} and the handler requires one. */
  MISSING_TIMESTAMP(400),
  /** The {@code timestamp} is not a date-time this SDK can read. */
  INVALID_TIMESTAMP(400),
  /** The {@code timestamp} is outside the replay window (too old, or too far in the future). */
  STALE_TIMESTAMP(400),
  /** The body has no {@code webhookId} and the handler requires one. */
  MISSING_WEBHOOK_ID(400),
  /**
   * The seen-webhook store failed; the sender should retry later: 429, the only status after which
   * GHL delivers a webhook again (any 5xx is final).
   */
  SEEN_STORE_FAILED(429);

  private final int httpStatus;

  RejectionReason(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /**
   * The HTTP status to answer with.
   *
   * @return 401 for signature problems, 413 for oversize bodies, 429 for store failures (so GHL
   *     delivers again), 400 otherwise
   */
  public int httpStatus() {
    return httpStatus;
  }
}
