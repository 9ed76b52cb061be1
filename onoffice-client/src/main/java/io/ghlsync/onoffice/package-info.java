/**
 * Client for the onOffice enterprise API: {@link io.ghlsync.onoffice.OnOfficeClient} signs every
 * action with HMAC v2, sends one or several actions per request, and exposes the address, task,
 * agents-log (history) and relation resources needed to sync contacts, tasks and notes.
 *
 * <p>Example: {@code OnOfficeClient.builder().token(token).secret(secret).build().addresses()
 * .findByEmail("max@example.de")}
 */
@NullMarked
package io.ghlsync.onoffice;

import org.jspecify.annotations.NullMarked;
