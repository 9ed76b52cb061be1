package io.ghlsync.core;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Lazy auto-paging: pages are fetched one at a time as the stream or iterator is consumed, so
 * memory stays at one page however many records there are.
 *
 * <p>Example: {@code Paging.stream(0, offset -> fetchPage(offset))}
 */
public final class Paging {
  private Paging() {}

  /**
   * One fetched chunk and the cursor of the next one.
   *
   * @param items the items
   * @param next the cursor of the next chunk, empty when this is the last
   * @param <T> item type
   * @param <C> cursor type
   */
  public record Chunk<T, C>(List<T> items, Optional<C> next) {
    /**
     * Canonical constructor: copies the items.
     *
     * @param items the items
     * @param next the cursor of the next chunk, empty when this is the last
     */
    public Chunk {
      items = List.copyOf(items);
    }
  }

  /**
   * Fetches one chunk for a cursor.
   *
   * @param <T> item type
   * @param <C> cursor type
   */
  @FunctionalInterface
  public interface Fetcher<T, C> {
    /**
     * Fetches the chunk at a cursor.
     *
     * @param cursor where to start
     * @return the chunk
     */
    Chunk<T, C> fetch(C cursor);
  }

  /**
   * A lazy stream over every item, starting at {@code first}.
   *
   * @param first the first cursor
   * @param fetcher fetches a chunk per cursor
   * @param <T> item type
   * @param <C> cursor type
   * @return the stream (sequential, ordered)
   */
  public static <T, C> Stream<T> stream(C first, Fetcher<T, C> fetcher) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator(first, fetcher), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * A lazy iterator over every item, starting at {@code first}.
   *
   * @param first the first cursor
   * @param fetcher fetches a chunk per cursor
   * @param <T> item type
   * @param <C> cursor type
   * @return the iterator
   */
  public static <T, C> Iterator<T> iterator(C first, Fetcher<T, C> fetcher) {
    return new Iterator<>() {
      private @Nullable C cursor = first;
      private Iterator<T> current = List.<T>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          C c = cursor;
          if (c == null) {
            return false;
          }
          Chunk<T, C> chunk = fetcher.fetch(c);
          cursor = chunk.next().orElse(null);
          current = chunk.items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
