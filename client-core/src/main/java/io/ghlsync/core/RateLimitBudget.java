package io.ghlsync.core;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A key's rate budget as the service last reported it (for metrics): the burst window and the daily
 * budget. Absent values mean the service has not said.
 *
 * @param windowMax requests allowed per window (the service's figure, or the configured one)
 * @param windowRemaining requests left in the current window, as last reported
 * @param dailyLimit the daily budget, as last reported
 * @param dailyRemaining requests left today, as last reported
 */
public record RateLimitBudget(
    int windowMax,
    OptionalInt windowRemaining,
    OptionalLong dailyLimit,
    OptionalLong dailyRemaining) {}
