/**
 * Activity rules: declarative triggers over a contact's change that create tasks.
 *
 * <p>An {@link io.ghlsync.sync.rules.ActivityRules} file lists rules; each has a {@link
 * io.ghlsync.sync.rules.Trigger} (tag added, score crossed a threshold, appointment booked or
 * cancelled, task overdue, no activity for N days, note text matching, status changed), an optional
 * condition, and a {@link io.ghlsync.sync.rules.TaskAction} (title and body templates, due date
 * offset, assignee, priority, target or GHL).
 *
 * <p>Each trigger names the change that fired it with a stable key (the appointment id, the task id
 * and due date, the contact version at which a tag appeared ...). {@link
 * io.ghlsync.sync.rules.RuleRunner} claims {@code (rule, contact, change)} in a {@link
 * io.ghlsync.sync.rules.RuleMemory} before a task is created, so duplicate or out-of-order events
 * and re-syncs never create a second task, and compares with the facts remembered after the last
 * successful run to see what changed.
 */
@NullMarked
package io.ghlsync.sync.rules;

import org.jspecify.annotations.NullMarked;
