/**
 * Binds the hooks of the ghlsync modules to Micrometer: {@link io.ghlsync.micrometer.HttpMetrics}
 * (an {@link io.ghlsync.core.HttpObserver} for every client), {@link
 * io.ghlsync.micrometer.WebhookMetrics} (a webhook observer), {@link
 * io.ghlsync.micrometer.SyncMetrics} (a sync listener plus queue gauges) and {@link
 * io.ghlsync.micrometer.MetricsSummary} (a few lines of text, e.g. at the end of a run). The
 * README's "Metrics" section lists every meter with its tags; no tag carries a contact id or other
 * personal data.
 */
@NullMarked
package io.ghlsync.micrometer;

import org.jspecify.annotations.NullMarked;
