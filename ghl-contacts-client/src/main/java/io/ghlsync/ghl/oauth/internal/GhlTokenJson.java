package io.ghlsync.ghl.oauth.internal;

import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.util.Key;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of a successful {@code POST /oauth/token} ({@code GetAccessCodeSuccessfulResponseDto}):
 * the standard OAuth fields of {@link TokenResponse} plus GHL's own. google-oauth-client fills it
 * by reflection, so it must be public and mutable; it is turned into {@code GhlTokenResponse} at
 * once and never logged ({@code toString} shows tokens).
 */
public final class GhlTokenJson extends TokenResponse {
  @Key public @Nullable String userType;
  @Key public @Nullable String locationId;
  @Key public @Nullable String companyId;
  @Key public @Nullable List<String> approvedLocations;
  @Key public @Nullable String userId;
  @Key public @Nullable String planId;
  @Key public @Nullable Boolean isBulkInstallation;
  @Key public @Nullable Boolean installToFutureLocations;
  @Key public @Nullable Boolean approveAllLocations;

  /** Creates an empty instance for the JSON parser. */
  public GhlTokenJson() {}
}
