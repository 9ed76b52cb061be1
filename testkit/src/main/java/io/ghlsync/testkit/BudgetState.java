package io.ghlsync.testkit;

import java.time.Duration;

/**
 * The state of one key's request budget after a request was counted (or refused).
 *
 * @param allowed whether the request fit into both budgets and was counted
 * @param max the most requests allowed per window
 * @param remaining the requests left in the current window
 * @param interval the window length
 * @param dailyLimit the most requests allowed per UTC day
 * @param dailyRemaining the requests left today
 * @param resetIn how long until the current window ends
 */
public record BudgetState(
    boolean allowed,
    int max,
    int remaining,
    Duration interval,
    long dailyLimit,
    long dailyRemaining,
    Duration resetIn) {}
