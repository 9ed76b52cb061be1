package io.ghlsync.sync.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The primary e-mail's validity and domain class.
 *
 * <ul>
 *   <li>{@code emailValid}: the address is syntactically valid (one {@code @}, a dotted domain with
 *       a top-level domain of letters); no mailbox is contacted.
 *   <li>{@code emailDomain}: the domain, lower case (valid addresses only).
 *   <li>{@code emailDomainClass}: {@code disposable} (throw-away services, including their
 *       subdomains), {@code free} (free mail providers) or {@code business} (any other domain).
 * </ul>
 *
 * The lists ship as resources ({@code free-mail-domains.txt}, {@code disposable-domains.txt} in
 * this package); {@link #EmailEnricher(Set, Set)} takes your own.
 */
public final class EmailEnricher implements Enricher {
  /** {@code emailDomainClass} of a throw-away address. */
  public static final String DISPOSABLE = "disposable";

  /** {@code emailDomainClass} of a free mail provider. */
  public static final String FREE = "free";

  /** {@code emailDomainClass} of any other domain. */
  public static final String BUSINESS = "business";

  private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
  private static final Pattern DOMAIN =
      Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

  private final Set<String> free;
  private final Set<String> disposable;

  /**
   * An enricher with your own domain lists.
   *
   * @param free free mail domains, lower case
   * @param disposable disposable domains, lower case; their subdomains count too
   */
  public EmailEnricher(Set<String> free, Set<String> disposable) {
    this.free = Set.copyOf(free);
    this.disposable = Set.copyOf(disposable);
  }

  /**
   * An enricher with the shipped domain lists.
   *
   * @return the enricher
   */
  public static EmailEnricher withShippedLists() {
    return new EmailEnricher(readList("free-mail-domains.txt"), readList("disposable-domains.txt"));
  }

  private static Set<String> readList(String name) {
    Set<String> out = new HashSet<>();
    try (InputStream in = EmailEnricher.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/ghlsync/sync/enrich/" + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String d = line.strip().toLowerCase(Locale.ROOT);
        if (!d.isEmpty() && !d.startsWith("#")) {
          out.add(d);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/ghlsync/sync/enrich/" + name, e);
    }
    return out;
  }

  @Override
  public Set<String> fields() {
    return Set.of("emailValid", "emailDomain", "emailDomainClass");
  }

  @Override
  public Map<String, Object> enrich(ContactActivity activity) {
    Map<String, Object> out = new LinkedHashMap<>();
    Optional<String> email = SourceValues.text(activity.contact(), "email");
    if (email.isEmpty()) {
      return out;
    }
    Optional<String> domain = domainOf(email.get());
    out.put("emailValid", domain.isPresent());
    domain.ifPresent(
        d -> {
          out.put("emailDomain", d);
          out.put("emailDomainClass", classify(d));
        });
    return out;
  }

  /**
   * Classifies a domain.
   *
   * @param domain lower-case domain, e.g. {@code gmail.com}
   * @return {@link #DISPOSABLE}, {@link #FREE} or {@link #BUSINESS}
   */
  public String classify(String domain) {
    for (String d = domain; d.contains("."); d = d.substring(d.indexOf('.') + 1)) {
      if (disposable.contains(d)) {
        return DISPOSABLE;
      }
    }
    return free.contains(domain) ? FREE : BUSINESS;
  }

  private static Optional<String> domainOf(String email) {
    int at = email.lastIndexOf('@');
    if (at <= 0 || at != email.indexOf('@')) {
      return Optional.empty();
    }
    String local = email.substring(0, at);
    String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
    boolean valid =
        LOCAL.matcher(local).matches()
            && !local.startsWith(".")
            && !local.endsWith(".")
            && !local.contains("..")
            && domain.length() <= 253
            && DOMAIN.matcher(domain).matches();
    return valid ? Optional.of(domain) : Optional.empty();
  }
}
