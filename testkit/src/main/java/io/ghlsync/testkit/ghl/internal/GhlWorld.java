package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.RequestBudget;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The whole state of one fake GHL: locations, credentials, budgets and the webhook outbox. */
public final class GhlWorld {
  private final Clock clock;
  private final long seed;
  private final TokenRegistry tokens;
  private final RequestBudget budget;
  private final WebhookOutbox outbox;
  private final int notFoundStatus;
  private final WebhookEvents events;
  private final Map<String, LocationState> locations = new ConcurrentHashMap<>();

  /**
   * Creates the state.
   *
   * @param clock the clock for dates, expiry and budgets
   * @param seed the seed for generated data
   * @param tokens the credentials
   * @param budget the per-location request budgets
   * @param outbox the webhook outbox
   * @param notFoundStatus the status for unknown ids (404 or 400)
   */
  public GhlWorld(
      Clock clock,
      long seed,
      TokenRegistry tokens,
      RequestBudget budget,
      WebhookOutbox outbox,
      int notFoundStatus) {
    this.clock = clock;
    this.seed = seed;
    this.tokens = tokens;
    this.budget = budget;
    this.outbox = outbox;
    this.notFoundStatus = notFoundStatus;
    this.events = new WebhookEvents(outbox);
  }

  /**
   * Returns a location, creating it on first use.
   *
   * @param id the location id
   * @return the location
   */
  public LocationState location(String id) {
    return locations.computeIfAbsent(id, k -> new LocationState(k, ContactIds.salt(seed, k)));
  }

  /**
   * Returns a location only if it exists.
   *
   * @param id the location id
   * @return the location
   */
  public Optional<LocationState> existingLocation(String id) {
    return Optional.ofNullable(locations.get(id));
  }

  /**
   * Lists the locations.
   *
   * @return a snapshot
   */
  public List<LocationState> locations() {
    return List.copyOf(locations.values());
  }

  /**
   * Returns the current time.
   *
   * @return now, by the fake's clock
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Returns the fake's clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the seed for generated data.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the credentials.
   *
   * @return the registry
   */
  public TokenRegistry tokens() {
    return tokens;
  }

  /**
   * Returns the request budgets.
   *
   * @return the budgets
   */
  public RequestBudget budget() {
    return budget;
  }

  /**
   * Returns the webhook outbox.
   *
   * @return the outbox
   */
  public WebhookOutbox outbox() {
    return outbox;
  }

  /**
   * Returns the webhook event builder.
   *
   * @return the events
   */
  public WebhookEvents events() {
    return events;
  }

  /**
   * Returns the status used for unknown ids.
   *
   * @return 404 or 400
   */
  public int notFoundStatus() {
    return notFoundStatus;
  }
}
