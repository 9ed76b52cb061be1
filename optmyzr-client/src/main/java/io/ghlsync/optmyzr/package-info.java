/**
 * Optmyzr client. Two honest parts: {@link io.ghlsync.optmyzr.UserDataService}, Optmyzr's own
 * read-only User Data API v1 exactly as documented, and {@link io.ghlsync.optmyzr.ContactsService},
 * {@link io.ghlsync.optmyzr.TasksService} and {@link io.ghlsync.optmyzr.NotesService}, which speak
 * the ghlsync contacts/tasks/notes contract (Optmyzr publishes no contacts API of its own) against
 * a base URL the user sets.
 *
 * <p>Start with {@link io.ghlsync.optmyzr.OptmyzrClient#builder()}.
 */
@NullMarked
package io.ghlsync.optmyzr;

import org.jspecify.annotations.NullMarked;
