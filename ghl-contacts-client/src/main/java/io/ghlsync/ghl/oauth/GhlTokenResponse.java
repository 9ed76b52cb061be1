package io.ghlsync.ghl.oauth;

import io.ghlsync.core.Secret;
import io.ghlsync.core.token.StoredToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A token issued by GHL: the answer of {@code POST /oauth/token} ({@code
 * GetAccessCodeSuccessfulResponseDto}) or of {@code POST /oauth/locationToken} (which has no
 * refresh token but names {@code appId} and {@code versionId}). Tokens are {@link Secret}s and
 * {@code toString} shows none of them.
 */
public final class GhlTokenResponse {
  private final Secret accessToken;
  private final String tokenType;
  private final @Nullable Duration expiresIn;
  private final @Nullable Secret refreshToken;
  private final Set<String> scopes;
  private final @Nullable UserType userType;
  private final @Nullable String locationId;
  private final @Nullable String companyId;
  private final List<String> approvedLocations;
  private final @Nullable String userId;
  private final @Nullable String planId;
  private final @Nullable String appId;
  private final @Nullable String versionId;
  private final boolean isBulkInstallation;
  private final boolean installToFutureLocations;
  private final boolean approveAllLocations;

  GhlTokenResponse(Fields f) {
    this.accessToken = f.accessToken;
    this.tokenType = f.tokenType == null ? "Bearer" : f.tokenType;
    this.expiresIn = f.expiresInSeconds == null ? null : Duration.ofSeconds(f.expiresInSeconds);
    this.refreshToken = f.refreshToken;
    this.scopes = parseScopes(f.scope);
    this.userType = f.userType == null ? null : UserType.fromWire(f.userType).orElse(null);
    this.locationId = blankToNull(f.locationId);
    this.companyId = blankToNull(f.companyId);
    this.approvedLocations =
        f.approvedLocations == null ? List.of() : List.copyOf(f.approvedLocations);
    this.userId = blankToNull(f.userId);
    this.planId = blankToNull(f.planId);
    this.appId = blankToNull(f.appId);
    this.versionId = blankToNull(f.versionId);
    this.isBulkInstallation = Boolean.TRUE.equals(f.isBulkInstallation);
    this.installToFutureLocations = Boolean.TRUE.equals(f.installToFutureLocations);
    this.approveAllLocations = Boolean.TRUE.equals(f.approveAllLocations);
  }

  /**
   * {@code access_token}: the bearer token.
   *
   * @return the access token
   */
  public Secret accessToken() {
    return accessToken;
  }

  /**
   * {@code token_type}, normally {@code Bearer}.
   *
   * @return the token type; {@code Bearer} when GHL sent none
   */
  public String tokenType() {
    return tokenType;
  }

  /**
   * {@code expires_in}: the access token's lifetime (about a day), when given.
   *
   * @return the lifetime, empty if GHL sent none
   */
  public Optional<Duration> expiresIn() {
    return Optional.ofNullable(expiresIn);
  }

  /**
   * {@code refresh_token}: single-use; absent for location tokens derived from agency tokens.
   *
   * @return the refresh token, empty if GHL sent none
   */
  public Optional<Secret> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /**
   * {@code scope}, split on spaces: the scopes actually granted.
   *
   * @return the granted scopes, empty if GHL sent none
   */
  public Set<String> scopes() {
    return scopes;
  }

  /**
   * {@code userType}: location or company token, when given.
   *
   * @return the token type, empty if GHL sent none or an unknown value
   */
  public Optional<UserType> userType() {
    return Optional.ofNullable(userType);
  }

  /**
   * {@code locationId}: present for sub-account tokens.
   *
   * @return the location id, empty if GHL sent none
   */
  public Optional<String> locationId() {
    return Optional.ofNullable(locationId);
  }

  /**
   * {@code companyId}.
   *
   * @return the company (agency) id, empty if GHL sent none
   */
  public Optional<String> companyId() {
    return Optional.ofNullable(companyId);
  }

  /**
   * {@code approvedLocations}: locations an agency token may get location tokens for.
   *
   * @return the location ids, empty if GHL sent none
   */
  public List<String> approvedLocations() {
    return approvedLocations;
  }

  /**
   * {@code userId}: the user who installed the app.
   *
   * @return the user id, empty if GHL sent none
   */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /**
   * {@code planId}: the subscribed plan of a paid app.
   *
   * @return the plan id, empty if GHL sent none
   */
  public Optional<String> planId() {
    return Optional.ofNullable(planId);
  }

  /**
   * {@code appId} (location tokens only).
   *
   * @return the app id, empty if GHL sent none
   */
  public Optional<String> appId() {
    return Optional.ofNullable(appId);
  }

  /**
   * {@code versionId} (location tokens only).
   *
   * @return the app version id, empty if GHL sent none
   */
  public Optional<String> versionId() {
    return Optional.ofNullable(versionId);
  }

  /**
   * {@code isBulkInstallation}: whether GHL reports a bulk installation.
   *
   * @return true if GHL said so; false when absent
   */
  public boolean isBulkInstallation() {
    return isBulkInstallation;
  }

  /**
   * {@code installToFutureLocations} (company tokens).
   *
   * @return true if GHL said so; false when absent
   */
  public boolean installToFutureLocations() {
    return installToFutureLocations;
  }

  /**
   * {@code approveAllLocations} (company tokens).
   *
   * @return true if GHL said so; false when absent
   */
  public boolean approveAllLocations() {
    return approveAllLocations;
  }

  /**
   * The id this token acts for: the location id of a location token, the company id of a company
   * token.
   *
   * @return the id, or empty if the response named neither
   */
  public Optional<String> resourceId() {
    if (userType == UserType.COMPANY) {
      return companyId().or(this::locationId);
    }
    return locationId().or(this::companyId);
  }

  /**
   * The token as it is stored, with its expiry computed from {@code obtainedAt}.
   *
   * @param obtainedAt when the response was received
   * @return the stored form
   */
  public StoredToken toStoredToken(Instant obtainedAt) {
    StoredToken.Builder b = StoredToken.builder(accessToken).scopes(scopes);
    if (refreshToken != null) {
      b.refreshToken(refreshToken);
    }
    if (expiresIn != null) {
      b.expiresAt(obtainedAt.plus(expiresIn));
    }
    if (userType != null) {
      b.userType(userType.wireValue());
    }
    if (locationId != null) {
      b.locationId(locationId);
    }
    if (companyId != null) {
      b.companyId(companyId);
    }
    putIfPresent(b, "userId", userId);
    putIfPresent(b, "planId", planId);
    putIfPresent(b, "appId", appId);
    putIfPresent(b, "versionId", versionId);
    return b.build();
  }

  @Override
  public String toString() {
    return "GhlTokenResponse[accessToken=redacted, refreshToken="
        + (refreshToken == null ? "none" : "redacted")
        + ", expiresIn="
        + expiresIn
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

  private static void putIfPresent(StoredToken.Builder b, String name, @Nullable String value) {
    if (value != null) {
      b.attribute(name, value);
    }
  }

  private static Set<String> parseScopes(@Nullable String scope) {
    if (scope == null || scope.isBlank()) {
      return Set.of();
    }
    return Set.copyOf(new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+"))));
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** The raw fields, filled by the parsers of this package. */
  static final class Fields {
    final Secret accessToken;
    @Nullable String tokenType;
    @Nullable Long expiresInSeconds;
    @Nullable Secret refreshToken;
    @Nullable String scope;
    @Nullable String userType;
    @Nullable String locationId;
    @Nullable String companyId;
    @Nullable List<String> approvedLocations;
    @Nullable String userId;
    @Nullable String planId;
    @Nullable String appId;
    @Nullable String versionId;
    @Nullable Boolean isBulkInstallation;
    @Nullable Boolean installToFutureLocations;
    @Nullable Boolean approveAllLocations;

    Fields(Secret accessToken) {
      this.accessToken = accessToken;
    }
  }
}
