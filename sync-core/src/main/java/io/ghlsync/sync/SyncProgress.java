package io.ghlsync.sync;

import java.time.Duration;

/**
 * Counts collected by {@link SyncCounters}.
 *
 * @param queued queue events (a contact queued twice while waiting counts twice)
 * @param done contacts synced completely
 * @param failed failed attempts (each is retried or dead-lettered)
 * @param deadLettered items moved to the dead-letter list
 * @param writes target writes (creates, updates, archives, deletes)
 * @param rateLimitWaits how often a rate limit made the engine wait
 * @param rateLimitWaitTotal the total of those waits
 */
public record SyncProgress(
    long queued,
    long done,
    long failed,
    long deadLettered,
    long writes,
    long rateLimitWaits,
    Duration rateLimitWaitTotal) {}
