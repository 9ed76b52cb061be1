package io.ghlsync.core.token;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TokenProvider} for one {@link TokenKey} that keeps an OAuth token fresh, safe for
 * services whose refresh tokens rotate (are single-use):
 *
 * <ul>
 *   <li>Single flight: one refresh at a time; callers that were waiting for it share its result, so
 *       any number of threads finding the token expired cause one call to the service.
 *   <li>A refresh happens only if the expiring or rejected token is still the stored one; if
 *       someone else already replaced it, that token is used instead.
 *   <li>The new token is saved to the {@link TokenStore} before anyone uses it. If saving fails,
 *       the call fails, and the token is kept in memory and saved again on the next call.
 *   <li>Proactive refresh {@linkplain Builder#refreshSkew a configurable skew} before expiry, and
 *       one reactive refresh when the service answers 401 ({@link #refreshAfterRejection}).
 *   <li>A rejected grant ({@link TokenRefreshException}, or any non-retryable {@link ApiException})
 *       is remembered: until a different token is stored, calls fail at once with it instead of
 *       asking the service again. The stored token is left as it was.
 * </ul>
 *
 * <p>Within a process, coordination is per provider instance: share one provider per key. Across
 * processes (and across providers), each renewal runs inside {@link TokenStore#renewExclusively}: a
 * store that coordinates processes, such as the JDBC token store of {@code sync-store-jdbc}, makes
 * two JVMs that find one expired token spend exactly one refresh; with other stores, processes are
 * tolerated (a rejection is re-checked against the store) but not coordinated.
 *
 * <p>Example: {@code RefreshingTokenProvider.builder(store, key, refresher)
 * .refreshSkew(Duration.ofMinutes(2)).build()}
 */
public final class RefreshingTokenProvider implements TokenProvider {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.oauth");

  private final TokenStore store;
  private final TokenKey key;
  private final TokenRefresher refresher;
  private final Duration skew;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();

  private volatile @Nullable StoredToken cached;
  private final AtomicLong flights = new AtomicLong();
  // Guarded by lock.
  private @Nullable RuntimeException lastFailure;
  private @Nullable StoredToken rejectedToken;
  private @Nullable RuntimeException rejection;
  private @Nullable StoredToken unsaved;

  private RefreshingTokenProvider(Builder b) {
    this.store = b.store;
    this.key = b.key;
    this.refresher = b.refresher;
    this.skew = b.skew;
    this.clock = b.clock;
  }

  /**
   * Starts a provider.
   *
   * @param store where the token is read and saved
   * @param key the key of the token
   * @param refresher how to obtain a new token from the service
   * @return a builder
   */
  public static Builder builder(TokenStore store, TokenKey key, TokenRefresher refresher) {
    return new Builder(store, key, refresher);
  }

  /**
   * The key this provider serves.
   *
   * @return the token key
   */
  public TokenKey key() {
    return key;
  }

  /**
   * The current token, refreshed first if it expires within the skew.
   *
   * @return the token
   * @throws TokenRefreshException if no token is stored or the service refused to renew it
   */
  public StoredToken token() {
    StoredToken t = cached;
    if (t == null || t.expiresWithin(clock.instant(), skew)) {
      t = obtain(t == null ? null : t.accessToken());
    }
    return t;
  }

  @Override
  public Secret accessToken() {
    return token().accessToken();
  }

  @Override
  public Optional<Secret> refreshAfterRejection(Secret rejected) {
    return Optional.of(obtain(rejected).accessToken());
  }

  @Override
  public Optional<Set<String>> grantedScopes() {
    Set<String> scopes = token().scopes();
    return scopes.isEmpty() ? Optional.empty() : Optional.of(scopes);
  }

  @Override
  public String toString() {
    return "RefreshingTokenProvider[key=" + key + ", refreshSkew=" + skew + "]";
  }

  /**
   * Returns a usable token, refreshing it if {@code stale} (the token a caller found expiring or
   * rejected, or null if it had none) is still the stored one or the stored one is expiring.
   */
  private StoredToken obtain(@Nullable Secret stale) {
    long joined = flights.get();
    lock.lock();
    try {
      RuntimeException failure = lastFailure;
      if (flights.get() != joined && failure != null) {
        throw again(failure); // the flight this caller waited for failed: share its outcome
      }
      return store.renewExclusively(key, view -> obtainFrom(view, stale));
    } finally {
      lock.unlock();
    }
  }

  /** The renewal proper, reading and saving through {@code store} (the exclusive view). */
  private StoredToken obtainFrom(TokenStore store, @Nullable Secret stale) {
    saveUnsaved(store);
    StoredToken latest = store.load(key).orElse(null);
    if (latest == null) {
      return renew(store, null);
    }
    boolean superseded = stale != null && !latest.accessToken().equals(stale);
    if ((stale == null || superseded) && !latest.expiresWithin(clock.instant(), skew)) {
      cached = latest;
      return latest;
    }
    RuntimeException known = rejection;
    if (known != null && latest.equals(rejectedToken)) {
      throw again(known);
    }
    return renew(store, latest);
  }

  private StoredToken renew(TokenStore store, @Nullable StoredToken current) {
    try {
      StoredToken fresh;
      if (current == null) {
        fresh = refresher.acquire(key).orElseThrow(() -> TokenRefreshException.notAuthorised(key));
      } else {
        fresh = refresher.refresh(key, current);
      }
      saveBeforeUse(store, fresh);
      lastFailure = null;
      rejectedToken = null;
      rejection = null;
      LOG.info(
          "renewed the OAuth token for {}; it expires at {}",
          key,
          fresh.expiresAt().map(Object::toString).orElse("an unknown time"));
      return fresh;
    } catch (RuntimeException e) {
      lastFailure = e;
      if (current != null && isRejection(e)) {
        // Another process may have refreshed first and consumed the refresh token we sent.
        StoredToken now = reloadQuietly(store);
        if (now != null && !now.equals(current)) {
          lastFailure = null;
          cached = now;
          return now;
        }
        rejectedToken = current;
        rejection = e;
        LOG.warn("renewing the OAuth token for {} was refused: {}", key, describe(e));
      }
      throw e;
    } finally {
      flights.incrementAndGet();
    }
  }

  private @Nullable StoredToken reloadQuietly(TokenStore store) {
    try {
      return store.load(key).orElse(null);
    } catch (RuntimeException e) {
      return null; // the refusal being reported matters more than this second look
    }
  }

  private void saveBeforeUse(TokenStore store, StoredToken fresh) {
    try {
      store.save(key, fresh);
    } catch (RuntimeException e) {
      unsaved = fresh;
      cached = null;
      throw new TokenStoreException(
          "renewed the token for "
              + key
              + " but could not save it, so it was not used; it is kept in memory and saved on"
              + " the next call. Fix the token store",
          e);
    }
    unsaved = null;
    cached = fresh;
  }

  private void saveUnsaved(TokenStore store) {
    StoredToken pending = unsaved;
    if (pending != null) {
      store.save(key, pending);
      unsaved = null;
      LOG.info("saved the previously unsaved token for {}", key);
    }
  }

  private static RuntimeException again(RuntimeException e) {
    return e instanceof TokenRefreshException t ? t.again() : e;
  }

  /** A refusal of the grant itself (4xx other than 408/429), as opposed to trouble on the way. */
  private static boolean isRejection(RuntimeException e) {
    if (e instanceof TokenRefreshException) {
      return true;
    }
    if (!(e instanceof ApiException api) || api.isRetryable()) {
      return false;
    }
    int status = api.statusCode();
    return status >= 400 && status < 500 && status != 408 && status != 429;
  }

  private static String describe(RuntimeException e) {
    return e instanceof TokenRefreshException t
        ? t.reason() + " (HTTP " + t.statusCode() + ")"
        : e.getClass().getSimpleName();
  }

  /** Builder of {@link RefreshingTokenProvider}. */
  public static final class Builder {
    private final TokenStore store;
    private final TokenKey key;
    private final TokenRefresher refresher;
    private Duration skew = Duration.ofSeconds(60);
    private Clock clock = Clock.systemUTC();

    private Builder(TokenStore store, TokenKey key, TokenRefresher refresher) {
      this.store = Objects.requireNonNull(store, "store");
      this.key = Objects.requireNonNull(key, "key");
      this.refresher = Objects.requireNonNull(refresher, "refresher");
    }

    /**
     * How long before expiry a token is refreshed (default 60 seconds).
     *
     * @param value zero or positive duration
     * @return this builder
     */
    public Builder refreshSkew(Duration value) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException("refreshSkew must be zero or positive");
      }
      this.skew = value;
      return this;
    }

    /**
     * The clock used to judge expiry (default: system UTC).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the provider.
     *
     * @return the provider
     */
    public RefreshingTokenProvider build() {
      return new RefreshingTokenProvider(this);
    }
  }
}
