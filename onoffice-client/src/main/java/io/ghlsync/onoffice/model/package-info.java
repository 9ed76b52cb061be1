/**
 * Values sent to and read from onOffice: addresses with their e-mail and phone entries, tasks,
 * agents-log entries, filters, queries and relation types. Field names are onOffice's own
 * (case-sensitive German database names such as {@code Vorname}); read values that onOffice sends
 * as strings are converted by the typed accessors.
 */
@NullMarked
package io.ghlsync.onoffice.model;

import org.jspecify.annotations.NullMarked;
