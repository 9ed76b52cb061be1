package io.ghlsync.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The fault switches of one fake server. Scripted faults apply to the next matching requests in
 * order, one fault per request; rate faults apply to a random share of matching requests, drawn
 * from a seeded generator so that runs repeat. Scripted faults win over rate faults. Thread-safe.
 *
 * <p>Example: {@code fake.faults().script(RequestMatcher.operation("get-contact"),
 * Fault.tooManyRequests(), Fault.status(503));}
 */
public final class Faults {
  private final List<Scripted> scripts = new ArrayList<>();
  private final List<Rated> rates = new ArrayList<>();
  private final Random random;

  /**
   * Creates switches with nothing switched on.
   *
   * @param seed the seed of the generator that decides rate faults
   */
  public Faults(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Queues faults for the next requests, whatever they are, one per request in the given order.
   *
   * @param faults the faults, in order
   * @return these switches
   */
  public Faults script(Fault... faults) {
    return script(RequestMatcher.any(), faults);
  }

  /**
   * Queues faults for the next requests that match, one per request in the given order.
   *
   * @param matcher which requests the faults apply to
   * @param faults the faults, in order
   * @return these switches
   */
  public synchronized Faults script(RequestMatcher matcher, Fault... faults) {
    if (faults.length == 0) {
      throw new IllegalArgumentException("faults must contain at least one fault");
    }
    scripts.add(new Scripted(matcher, new ArrayDeque<>(List.of(faults))));
    return this;
  }

  /**
   * Applies a fault to a share of all requests until {@link #clear()}.
   *
   * @param probability the share of requests, from 0.0 to 1.0
   * @param fault the fault
   * @return these switches
   */
  public Faults atRate(double probability, Fault fault) {
    return atRate(RequestMatcher.any(), probability, fault);
  }

  /**
   * Applies a fault to a share of the matching requests until {@link #clear()}.
   *
   * @param matcher which requests the fault may apply to
   * @param probability the share of matching requests, from 0.0 to 1.0
   * @param fault the fault
   * @return these switches
   */
  public synchronized Faults atRate(RequestMatcher matcher, double probability, Fault fault) {
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException("probability must be within 0.0 and 1.0: " + probability);
    }
    rates.add(new Rated(matcher, probability, fault));
    return this;
  }

  /** Switches every fault off, scripted and rated. */
  public synchronized void clear() {
    scripts.clear();
    rates.clear();
  }

  /**
   * Counts the scripted faults not yet used.
   *
   * @return the number of queued faults
   */
  public synchronized int pending() {
    return scripts.stream().mapToInt(s -> s.queue().size()).sum();
  }

  /**
   * Picks the fault for one request, consuming a scripted fault if one matches. Fake servers call
   * this once per request.
   *
   * @param method the HTTP method
   * @param path the request path
   * @param operation the fake's operation name
   * @return the fault to inject, if any
   */
  public synchronized Optional<Fault> next(String method, String path, String operation) {
    for (Iterator<Scripted> it = scripts.iterator(); it.hasNext(); ) {
      Scripted scripted = it.next();
      if (scripted.matcher().matches(method, path, operation)) {
        Fault fault = scripted.queue().removeFirst();
        if (scripted.queue().isEmpty()) {
          it.remove();
        }
        return Optional.of(fault);
      }
    }
    for (Rated rated : rates) {
      if (rated.matcher().matches(method, path, operation)
          && random.nextDouble() < rated.probability()) {
        return Optional.of(rated.fault());
      }
    }
    return Optional.empty();
  }

  private record Scripted(RequestMatcher matcher, Deque<Fault> queue) {}

  private record Rated(RequestMatcher matcher, double probability, Fault fault) {}
}
