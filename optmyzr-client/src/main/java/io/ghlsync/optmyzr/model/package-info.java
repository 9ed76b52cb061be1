/**
 * Values sent to and received from Optmyzr: contacts, tasks, notes and their inputs and queries
 * (the contacts contract), and the User Data API's suggestions and history. Optional fields are
 * returned as {@link java.util.Optional}; nothing returns null.
 */
@NullMarked
package io.ghlsync.optmyzr.model;

import org.jspecify.annotations.NullMarked;
