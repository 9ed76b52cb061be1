package io.ghlsync.optmyzr.model;

import io.ghlsync.optmyzr.internal.FieldChecks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** Query of {@code GET /v1/contacts/{id}/notes}: {@code limit} (1..100) and {@code cursor}. */
public final class NoteQuery {
  private final @Nullable Integer limit;
  private final @Nullable String cursor;

  private NoteQuery(@Nullable Integer limit, @Nullable String cursor) {
    this.limit = limit;
    this.cursor = cursor;
  }

  /**
   * The first page with the server's default page size.
   *
   * @return the query
   */
  public static NoteQuery firstPage() {
    return new NoteQuery(null, null);
  }

  /**
   * The first page with a page size.
   *
   * @param limit page size, 1..100
   * @return the query
   * @throws IllegalArgumentException if out of range
   */
  public static NoteQuery firstPage(int limit) {
    return new NoteQuery(FieldChecks.limit(limit), null);
  }

  /**
   * The same query at another page.
   *
   * @param nextCursor the cursor of a previous page
   * @return the copy
   */
  public NoteQuery withCursor(String nextCursor) {
    return new NoteQuery(limit, FieldChecks.notBlank(nextCursor, "cursor"));
  }

  /**
   * {@code limit}.
   *
   * @return the page size, or empty for the server default
   */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * {@code cursor}.
   *
   * @return the cursor of the page to read, or empty for the first page
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NoteQuery q
        && Objects.equals(limit, q.limit)
        && Objects.equals(cursor, q.cursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, cursor);
  }

  @Override
  public String toString() {
    return "NoteQuery[limit=" + limit + ", cursor=" + (cursor != null) + "]";
  }
}
