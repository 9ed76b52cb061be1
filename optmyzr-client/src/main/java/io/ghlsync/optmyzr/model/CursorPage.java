package io.ghlsync.optmyzr.model;

import io.ghlsync.core.Page;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One page of a cursor-paged list of the contacts contract ({@code {"data":[...], "has_more":true,
 * "next_cursor":"..."}}). Pass {@link #nextCursor()} to the next query to get the following page,
 * or use the services' {@code stream} methods, which do that lazily.
 *
 * @param <T> item type
 */
public final class CursorPage<T> {
  private final List<T> items;
  private final @Nullable String nextCursor;

  private CursorPage(List<T> items, @Nullable String nextCursor) {
    this.items = List.copyOf(items);
    this.nextCursor = nextCursor;
  }

  /**
   * A page followed by more.
   *
   * @param items the items
   * @param nextCursor the opaque cursor of the next page; not blank
   * @param <T> item type
   * @return the page
   */
  public static <T> CursorPage<T> of(List<T> items, String nextCursor) {
    if (nextCursor == null || nextCursor.isBlank()) {
      throw new IllegalArgumentException("nextCursor must not be blank");
    }
    return new CursorPage<>(items, nextCursor);
  }

  /**
   * The last page.
   *
   * @param items the items
   * @param <T> item type
   * @return the page
   */
  public static <T> CursorPage<T> last(List<T> items) {
    return new CursorPage<>(items, null);
  }

  /**
   * The items of this page, in server order.
   *
   * @return the items (unmodifiable)
   */
  public List<T> items() {
    return items;
  }

  /**
   * Whether another page follows.
   *
   * @return {@code true} if there is a next cursor
   */
  public boolean hasMore() {
    return nextCursor != null;
  }

  /**
   * The cursor of the next page, empty on the last page.
   *
   * @return the opaque cursor, or empty on the last page
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * This page as a core {@link Page} (the contract reports no total).
   *
   * @return a page with these items, no total, and {@link #hasMore()}
   */
  public Page<T> toPage() {
    return new Page<>(items, OptionalLong.empty(), hasMore());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CursorPage<?> p
        && items.equals(p.items)
        && Objects.equals(nextCursor, p.nextCursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, nextCursor);
  }

  @Override
  public String toString() {
    return "CursorPage[items=" + items.size() + ", hasMore=" + hasMore() + "]";
  }
}
