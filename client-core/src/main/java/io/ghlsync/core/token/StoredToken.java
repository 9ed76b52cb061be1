package io.ghlsync.core.token;

import io.ghlsync.core.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable OAuth token as stored: access token, optional refresh token, expiry, granted scopes,
 * the kind of principal ({@code userType}) and the location/company it acts for, plus other
 * non-secret facts from the token response as {@link #attributes()}. Token values are {@link
 * Secret}s; {@code toString} never shows them.
 *
 * <p>Example: {@code StoredToken.builder(Secret.of(at, "access_token")).refreshToken(rt)
 * .expiresAt(now.plusSeconds(86399)).scopes(Set.of("contacts.readonly")).build()}
 */
public final class StoredToken {
  private final Secret accessToken;
  private final @Nullable Secret refreshToken;
  private final @Nullable Instant expiresAt;
  private final Set<String> scopes;
  private final @Nullable String userType;
  private final @Nullable String locationId;
  private final @Nullable String companyId;
  private final Map<String, String> attributes;

  private StoredToken(Builder b) {
    this.accessToken = b.accessToken;
    this.refreshToken = b.refreshToken;
    this.expiresAt = b.expiresAt;
    this.scopes = Set.copyOf(b.scopes);
    this.userType = b.userType;
    this.locationId = b.locationId;
    this.companyId = b.companyId;
    this.attributes = Map.copyOf(b.attributes);
  }

  /**
   * Starts a token with its access token.
   *
   * @param accessToken the bearer token sent with requests
   * @return a builder
   */
  public static Builder builder(Secret accessToken) {
    return new Builder(accessToken);
  }

  /**
   * Returns a builder pre-filled with this token, e.g. to keep facts across a refresh.
   *
   * @return a new builder; changing it does not affect this token
   */
  public Builder toBuilder() {
    Builder b = new Builder(accessToken);
    b.refreshToken = refreshToken;
    b.expiresAt = expiresAt;
    b.scopes.addAll(scopes);
    b.userType = userType;
    b.locationId = locationId;
    b.companyId = companyId;
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * The bearer token sent with requests.
   *
   * @return the access token
   */
  public Secret accessToken() {
    return accessToken;
  }

  /**
   * The refresh token, when the grant issued one (single-use where the service rotates).
   *
   * @return the refresh token, or empty if none was issued
   */
  public Optional<Secret> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /**
   * When the access token expires, when known.
   *
   * @return the expiry instant, or empty if unknown
   */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /**
   * The scopes granted to this token.
   *
   * @return the scopes (unmodifiable); empty when the service did not say
   */
  public Set<String> scopes() {
    return scopes;
  }

  /**
   * The principal kind, e.g. GHL {@code "Location"} or {@code "Company"}, when known.
   *
   * @return the user type, or empty if unknown
   */
  public Optional<String> userType() {
    return Optional.ofNullable(userType);
  }

  /**
   * The location the token acts for, when it is a location (sub-account) token.
   *
   * @return the location id, or empty if not known or not a location token
   */
  public Optional<String> locationId() {
    return Optional.ofNullable(locationId);
  }

  /**
   * The company (agency) the token belongs to, when known.
   *
   * @return the company id, or empty if unknown
   */
  public Optional<String> companyId() {
    return Optional.ofNullable(companyId);
  }

  /**
   * Other non-secret facts from the token response, e.g. {@code userId}, {@code planId}.
   *
   * @return the attributes by name (unmodifiable); empty if none
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * Whether the access token expires within {@code skew} of {@code now} (or already has). A token
   * without a known expiry never counts as expiring.
   *
   * @param now the current time
   * @param skew how early to treat the token as expired
   * @return true if it should be refreshed now
   */
  public boolean expiresWithin(Instant now, Duration skew) {
    return expiresAt != null && !now.plus(skew).isBefore(expiresAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StoredToken t
        && accessToken.equals(t.accessToken)
        && Objects.equals(refreshToken, t.refreshToken)
        && Objects.equals(expiresAt, t.expiresAt)
        && scopes.equals(t.scopes)
        && Objects.equals(userType, t.userType)
        && Objects.equals(locationId, t.locationId)
        && Objects.equals(companyId, t.companyId)
        && attributes.equals(t.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessToken, expiresAt, scopes, userType, locationId, companyId);
  }

  @Override
  public String toString() {
    return "StoredToken[accessToken=redacted, refreshToken="
        + (refreshToken == null ? "none" : "redacted")
        + ", expiresAt="
        + expiresAt
        + ", scopes="
        + scopes
        + ", userType="
        + userType
        + ", locationId="
        + locationId
        + ", companyId="
        + companyId
        + "]";
  }

  /** Builder of {@link StoredToken}; setters are named like the fields they set. */
  public static final class Builder {
    private Secret accessToken;
    private @Nullable Secret refreshToken;
    private @Nullable Instant expiresAt;
    private final Set<String> scopes = new LinkedHashSet<>();
    private @Nullable String userType;
    private @Nullable String locationId;
    private @Nullable String companyId;
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder(Secret accessToken) {
      this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
    }

    /**
     * Sets the access token.
     *
     * @param value the bearer token
     * @return this builder
     */
    public Builder accessToken(Secret value) {
      this.accessToken = Objects.requireNonNull(value, "accessToken");
      return this;
    }

    /**
     * Sets the refresh token.
     *
     * @param value the refresh token
     * @return this builder
     */
    public Builder refreshToken(Secret value) {
      this.refreshToken = Objects.requireNonNull(value, "refreshToken");
      return this;
    }

    /**
     * Removes the refresh token (for grants that issue none).
     *
     * @return this builder
     */
    public Builder noRefreshToken() {
      this.refreshToken = null;
      return this;
    }

    /**
     * Sets when the access token expires.
     *
     * @param value the expiry instant
     * @return this builder
     */
    public Builder expiresAt(Instant value) {
      this.expiresAt = Objects.requireNonNull(value, "expiresAt");
      return this;
    }

    /**
     * Replaces the granted scopes.
     *
     * @param values the scopes; blank entries are rejected
     * @return this builder
     */
    public Builder scopes(Collection<String> values) {
      scopes.clear();
      for (String s : values) {
        scopes.add(nonBlank(s, "scopes[]"));
      }
      return this;
    }

    /**
     * Sets the principal kind, e.g. {@code "Location"}.
     *
     * @param value non-blank value
     * @return this builder
     */
    public Builder userType(String value) {
      this.userType = nonBlank(value, "userType");
      return this;
    }

    /**
     * Sets the location the token acts for.
     *
     * @param value non-blank location id
     * @return this builder
     */
    public Builder locationId(String value) {
      this.locationId = nonBlank(value, "locationId");
      return this;
    }

    /**
     * Sets the company the token belongs to.
     *
     * @param value non-blank company id
     * @return this builder
     */
    public Builder companyId(String value) {
      this.companyId = nonBlank(value, "companyId");
      return this;
    }

    /**
     * Adds a non-secret fact, e.g. {@code userId}. Never put credentials here.
     *
     * @param name non-blank name
     * @param value the value
     * @return this builder
     */
    public Builder attribute(String name, String value) {
      attributes.put(nonBlank(name, "attribute name"), Objects.requireNonNull(value, name));
      return this;
    }

    /**
     * Builds the token.
     *
     * @return the immutable token
     */
    public StoredToken build() {
      return new StoredToken(this);
    }

    private static String nonBlank(String value, String field) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(field + " must not be blank");
      }
      return value;
    }
  }
}
