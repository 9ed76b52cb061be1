/**
 * Lead scoring: a {@link io.ghlsync.sync.score.ContactScorer} turns an enriched contact into a
 * {@link io.ghlsync.sync.score.Score} from 0 to 100 with the reasons (the rules that fired).
 *
 * <p>The default, {@link io.ghlsync.sync.score.DeclarativeScorer}, reads weighted rules from JSON:
 *
 * <pre>{@code
 * {"version": "agency-1",
 *  "groups": {"engagement": 30},
 *  "rules": [
 *    {"id": "business-email", "field": "$enriched.emailDomainClass", "equals": "business",
 *     "points": 25, "reason": "business e-mail"},
 *    {"id": "hot-tags", "field": "$enriched.tags", "containsAny": ["demo", "pricing"],
 *     "points": 10, "perMatch": true, "cap": 15, "group": "engagement"},
 *    {"id": "disposable", "field": "$enriched.emailDomainClass", "equals": "disposable",
 *     "points": -40}]}
 * }</pre>
 *
 * The engine puts the score into the source record under {@code $score} ({@code $score.value},
 * {@code $score.reasons}, {@code $score.version}), so a mapping writes it to a target field like
 * any other value, and an unchanged score writes nothing.
 */
@NullMarked
package io.ghlsync.sync.score;

import org.jspecify.annotations.NullMarked;
