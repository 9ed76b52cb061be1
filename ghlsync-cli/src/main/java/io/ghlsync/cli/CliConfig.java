package io.ghlsync.cli;

import io.ghlsync.core.RetryConfig;
import io.ghlsync.core.Secret;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded and checked configuration file: every path resolved, every secret read from its
 * reference.
 *
 * @param file the configuration file
 * @param sandboxContacts in sandbox mode, how many contacts the fake GHL is seeded with
 * @param ghl GHL access
 * @param targets the targets, in file order
 * @param defaultRegion the enrichment region, if any
 * @param store where the sync state lives
 * @param retry how failed records are retried
 * @param pollInterval how often {@code poll --watch} polls
 * @param pageSize contacts per GHL search page
 * @param workers parallel workers
 * @param batchSize contacts a worker takes at a time
 */
record CliConfig(
    Path file,
    Optional<Integer> sandboxContacts,
    Ghl ghl,
    List<Target> targets,
    Optional<String> defaultRegion,
    Store store,
    RetryConfig retry,
    Duration pollInterval,
    int pageSize,
    int workers,
    int batchSize) {

  /** The GHL location the sandbox seeds. */
  static final String SANDBOX_LOCATION = "SandboxLocation0001a";

  CliConfig {
    targets = List.copyOf(targets);
  }

  /**
   * Whether the fakes run in-process.
   *
   * @return true in sandbox mode
   */
  boolean sandbox() {
    return sandboxContacts.isPresent();
  }

  /**
   * GHL access.
   *
   * @param baseUrl the API base URL
   * @param locations the locations to sync
   * @param privateToken the private-integration token (empty in sandbox mode)
   * @param scopes the scopes the token was granted
   * @param sampleContactId the contact {@code check} reads, if set
   */
  record Ghl(
      String baseUrl,
      List<String> locations,
      Optional<Secret> privateToken,
      List<String> scopes,
      Optional<String> sampleContactId) {
    Ghl {
      locations = List.copyOf(locations);
      scopes = List.copyOf(scopes);
    }
  }

  /** The kinds of target the command line can build. */
  enum TargetType {
    /** onOffice enterprise. */
    ONOFFICE,
    /** Optmyzr, through the contacts contract. */
    OPTMYZR
  }

  /**
   * One target.
   *
   * @param key the configuration key of this entry, e.g. {@code targets[0]}
   * @param name the target's name
   * @param type its kind
   * @param url its endpoint, if set
   * @param credentials its secrets by name ({@code token}, {@code secret}, {@code apiKey})
   * @param mapping a mapping file, if set (else the built-in mapping)
   * @param scoring a scoring file, if set
   * @param rules an activity rules file, if set
   * @param onDelete delete policies by record kind
   */
  record Target(
      String key,
      String name,
      TargetType type,
      Optional<String> url,
      Map<String, Secret> credentials,
      Optional<Path> mapping,
      Optional<Path> scoring,
      Optional<Path> rules,
      Map<EntityKind, DeletePolicy> onDelete) {
    Target {
      credentials = Map.copyOf(credentials);
      onDelete = Map.copyOf(onDelete);
    }
  }

  /** Where the sync state lives. */
  sealed interface Store permits H2File, Postgres, Fresh {}

  /**
   * An embedded H2 database file.
   *
   * @param path the file, without {@code .mv.db}
   */
  record H2File(Path path) implements Store {}

  /**
   * A PostgreSQL database.
   *
   * @param url the JDBC URL
   * @param user the user, if set
   * @param password the password, if set
   */
  record Postgres(String url, Optional<String> user, Optional<Secret> password) implements Store {}

  /** A fresh in-memory database for this run (sandbox mode). */
  record Fresh() implements Store {}
}
