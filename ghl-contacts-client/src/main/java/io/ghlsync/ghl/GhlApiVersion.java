package io.ghlsync.ghl;

/** The GHL API version sent in the {@code Version} header of every request. */
public enum GhlApiVersion {
  /** {@code 2021-07-28}: the v2 Contacts API, the default. */
  V2021_07_28("2021-07-28"),
  /**
   * {@code v3}: same paths except {@code campaigns/remove-all}; DND keys in lower camel case and
   * custom-field values as {@code fieldValue}. Private-integration tokens are documented for v2
   * only.
   */
  V3("v3");

  private final String headerValue;

  GhlApiVersion(String headerValue) {
    this.headerValue = headerValue;
  }

  /**
   * The value of the {@code Version} header.
   *
   * @return the header value, e.g. {@code 2021-07-28}
   */
  public String headerValue() {
    return headerValue;
  }
}
