/**
 * Requests and models of the GHL Contacts API.
 *
 * <p>Requests are records built with {@code builder()}; builder methods are named exactly like the
 * JSON fields they set, fields an endpoint does not accept do not exist on its request, and nothing
 * unset is sent. Models are records that tolerate what GHL really sends: unknown fields are
 * ignored, absent or odd values are {@code Optional.empty()} or empty lists, dates are kept as the
 * strings GHL sent with parsed {@code Optional} views next to them. Record constructors exist for
 * the JSON layer and tests; application code uses the builders and accessors.
 */
@NullMarked
package io.ghlsync.ghl.model;

import org.jspecify.annotations.NullMarked;
