package io.ghlsync.ghl.webhook;

/** The two ways GHL signs webhook bodies: the header carrying the signature and its algorithm. */
public enum SignatureScheme {
  /** Current: Ed25519 over the raw body, base64 in {@code X-GHL-Signature}. */
  ED25519("X-GHL-Signature", "Ed25519"),
  /**
   * Legacy: RSA PKCS#1 v1.5 with SHA-256 over the raw body, base64 in {@code X-WH-Signature}. GHL
   * stops sending it on 2026-07-01.
   */
  RSA_SHA256("X-WH-Signature", "SHA256withRSA");

  private final String headerName;
  private final String jcaAlgorithm;

  SignatureScheme(String headerName, String jcaAlgorithm) {
    this.headerName = headerName;
    this.jcaAlgorithm = jcaAlgorithm;
  }

  /**
   * The request header that carries this kind of signature.
   *
   * @return e.g. {@code X-GHL-Signature}
   */
  public String headerName() {
    return headerName;
  }

  /**
   * The JDK {@link java.security.Signature} algorithm name.
   *
   * @return e.g. {@code Ed25519}
   */
  public String jcaAlgorithm() {
    return jcaAlgorithm;
  }
}
