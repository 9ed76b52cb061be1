/**
 * The GHL OAuth 2.0 example: authorization URL, loopback redirect listener, code exchange, tokens
 * stored encrypted, and a first API call. Run {@link io.ghlsync.examples.oauth.OAuthExample}.
 */
@NullMarked
package io.ghlsync.examples.oauth;

import org.jspecify.annotations.NullMarked;
