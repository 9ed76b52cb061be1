/**
 * OAuth 2.0 for HighLevel Marketplace apps: {@link io.ghlsync.ghl.oauth.GhlOAuth} builds the
 * authorization URL (with a verified {@code state}), exchanges the code and refreshes rotating
 * tokens through google-oauth-client; {@link io.ghlsync.ghl.oauth.GhlOAuthSetup} plugs stored,
 * self-refreshing tokens into {@code GhlClient}; {@link io.ghlsync.ghl.oauth.OAuthService} covers
 * the agency endpoints (location tokens, installed locations). Token storage lives in {@code
 * io.ghlsync.core.token}.
 */
@NullMarked
package io.ghlsync.ghl.oauth;

import org.jspecify.annotations.NullMarked;
