/**
 * Enrichment: derived fields added to a GHL contact between fetch and map.
 *
 * <p>An {@link io.ghlsync.sync.enrich.Enrichment} runs its {@link io.ghlsync.sync.enrich.Enricher}s
 * over a {@link io.ghlsync.sync.enrich.ContactActivity} (the contact with its tasks, notes and
 * appointments, and the time of the sync) and puts what they derive under {@code $enriched} in the
 * source record, so mapping rules, scoring rules and activity rules read derived fields like any
 * other source path: {@code $enriched.emailDomainClass}, {@code $enriched.phoneRegion}, {@code
 * $enriched.daysSinceLastActivity}. Enrichers are pure: the same activity at the same time gives
 * the same fields.
 */
@NullMarked
package io.ghlsync.sync.enrich;

import org.jspecify.annotations.NullMarked;
