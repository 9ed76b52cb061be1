package io.ghlsync.sync.rules;

import io.ghlsync.sync.mapping.SourceRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Who a created task is assigned to. */
public sealed interface Assignee {

  /**
   * Picks the assignee.
   *
   * @param record the enriched contact
   * @param turn how many tasks this rule assigned before (round-robin position)
   * @return the user id or name, empty for unassigned
   */
  Optional<String> pick(SourceRecord record, long turn);

  /** Nobody. */
  record Nobody() implements Assignee {
    @Override
    public Optional<String> pick(SourceRecord record, long turn) {
      return Optional.empty();
    }
  }

  /**
   * Always the same user.
   *
   * @param user the user
   */
  record Fixed(String user) implements Assignee {
    @Override
    public Optional<String> pick(SourceRecord record, long turn) {
      return Optional.of(user);
    }
  }

  /**
   * A user looked up by a contact field in a table (e.g. postal-code area or GHL owner to target
   * user), with a fallback for values the table does not list.
   *
   * @param field the source path
   * @param table field value (compared without regard to case) to user
   * @param fallback the user for other values, or empty for unassigned
   */
  record ByField(String field, Map<String, String> table, Optional<String> fallback)
      implements Assignee {
    /**
     * Copies the table with lower-case keys.
     *
     * @param field the source path
     * @param table value to user
     * @param fallback the user for other values
     */
    public ByField {
      Map<String, String> lower = new java.util.HashMap<>();
      table.forEach((k, v) -> lower.put(k.strip().toLowerCase(Locale.ROOT), v));
      table = Map.copyOf(lower);
    }

    @Override
    public Optional<String> pick(SourceRecord record, long turn) {
      return record
          .get(field)
          .map(v -> table.get(String.valueOf(v).strip().toLowerCase(Locale.ROOT)))
          .or(() -> fallback);
    }
  }

  /**
   * Each user in turn; over n tasks every user gets n / size or one more.
   *
   * @param users the users, at least one
   */
  record RoundRobin(List<String> users) implements Assignee {
    /**
     * Validates the users.
     *
     * @param users the users
     */
    public RoundRobin {
      users = List.copyOf(users);
      if (users.isEmpty()) {
        throw new IllegalArgumentException("roundRobin needs at least one user");
      }
    }

    @Override
    public Optional<String> pick(SourceRecord record, long turn) {
      return Optional.of(users.get((int) Math.floorMod(turn, (long) users.size())));
    }
  }
}
