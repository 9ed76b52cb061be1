/**
 * A stateful fake of the onOffice enterprise API on loopback ({@link
 * io.ghlsync.testkit.onoffice.FakeOnOffice}): it checks token, HMAC v2 and the timestamp window,
 * keeps addresses with their e-mail and phone entries, tasks, agents-log entries and relations,
 * answers batches action by action with onOffice's error codes, and injects faults.
 */
@NullMarked
package io.ghlsync.testkit.onoffice;

import org.jspecify.annotations.NullMarked;
