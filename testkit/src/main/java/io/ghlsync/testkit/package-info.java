/**
 * Shared plumbing of the ghlsync fake servers: an in-process HTTP server on loopback ({@link
 * io.ghlsync.testkit.FakeHttpServer}), switches that inject faults by script or by rate ({@link
 * io.ghlsync.testkit.Faults}), a journal of the calls a fake received ({@link
 * io.ghlsync.testkit.RequestJournal}), per-key request budgets ({@link
 * io.ghlsync.testkit.RequestBudget}) and a clock that tests move by hand ({@link
 * io.ghlsync.testkit.TestClock}). Each fake implements {@link io.ghlsync.testkit.FakeService} and
 * is served by a {@link io.ghlsync.testkit.FakeDispatcher}.
 */
@NullMarked
package io.ghlsync.testkit;

import org.jspecify.annotations.NullMarked;
