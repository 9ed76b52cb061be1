/**
 * Wire-level pieces of the GHL OAuth support: the google-oauth-client response class of {@code POST
 * /oauth/token} and the Retrofit interface of the agency endpoints. Not part of the API.
 */
@NullMarked
package io.ghlsync.ghl.oauth.internal;

import org.jspecify.annotations.NullMarked;
