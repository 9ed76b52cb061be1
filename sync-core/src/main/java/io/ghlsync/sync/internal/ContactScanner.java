package io.ghlsync.sync.internal;

import com.squareup.moshi.JsonReader;
import io.ghlsync.core.Page;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.Filter;
import io.ghlsync.ghl.model.Range;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.ghl.model.Sort;
import io.ghlsync.sync.ScanResult;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.CursorStore;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import okio.Buffer;

/**
 * Finds contacts to queue by searching GHL: incremental polling by {@code dateUpdated} with a
 * stored cursor per location, and a full backfill by {@code dateAdded} that stores its {@code
 * searchAfter} position after every page, so an interrupted backfill resumes where it stopped.
 */
public final class ContactScanner {
  private final EngineConfig config;
  private final GhlReader reader;
  private final CursorStore cursors;
  private final BiConsumer<Contact, Trigger> enqueue;

  /**
   * Creates the scanner.
   *
   * @param config the engine configuration
   * @param reader the engine's GHL reads (search pages are kept for the items they queue)
   * @param enqueue queues one contact of the scanned location
   */
  public ContactScanner(
      EngineConfig config, GhlReader reader, BiConsumer<Contact, Trigger> enqueue) {
    this.config = config;
    this.reader = reader;
    this.cursors = config.engineStore().cursors();
    this.enqueue = enqueue;
  }

  /**
   * Queues every contact updated since the stored cursor (all contacts on the first poll) and
   * advances the cursor to the newest {@code dateUpdated} seen. Contacts updated exactly at the
   * cursor are queued again; that is harmless because unchanged records are skipped.
   *
   * <p>GHL does not document the operand format of a {@code range} filter on dates; the bound is
   * sent as ISO-8601 text (e.g. {@code 2024-05-01T10:00:00Z}), which the testkit fake accepts.
   * Verify it against the live API before relying on polling.
   *
   * @param locationId the GHL location
   * @return what was queued
   */
  public ScanResult poll(String locationId) {
    String name = "poll:" + locationId;
    Optional<Instant> since = cursors.get(name).map(Instant::parse);
    SearchContactsRequest.Builder request =
        SearchContactsRequest.builder()
            .locationId(locationId)
            .pageLimit(config.searchPageSize())
            .sort(Sort.asc("dateUpdated"));
    since.ifPresent(s -> request.filters(Filter.range("dateUpdated", Range.gte(s.toString()))));
    Instant newest = since.orElse(Instant.EPOCH);
    int queued = 0;
    SearchContactsRequest next = request.build();
    while (true) {
      Page<Contact> page = search(locationId, Trigger.POLL, next);
      boolean last = lastPage(page, queued + page.items().size());
      for (Contact contact : page.items()) {
        enqueue.accept(contact, Trigger.POLL);
        queued++;
        Instant updated = contact.dateUpdatedInstant().orElse(newest);
        if (updated.isAfter(newest)) {
          newest = updated;
        }
      }
      if (!newest.equals(Instant.EPOCH)) {
        cursors.put(name, newest.toString());
      }
      Optional<List<Object>> after = lastSearchAfter(page);
      if (last || after.isEmpty()) {
        return new ScanResult(queued, true, cursors.get(name).orElse(""));
      }
      next = request.build().toBuilder().searchAfter(after.get()).build();
    }
  }

  /**
   * Queues every contact of a location, oldest first, resuming after the stored position when an
   * earlier backfill stopped part-way. On completion the position is removed, so the next call
   * starts a new full backfill.
   *
   * @param locationId the GHL location
   * @param maxPages the most search pages read by this call (use {@link Integer#MAX_VALUE} for all)
   * @return what was queued
   */
  public ScanResult backfill(String locationId, int maxPages) {
    return scanAll(locationId, maxPages, Trigger.BACKFILL, "backfill:" + locationId);
  }

  /**
   * The reconciliation sweep of tasks and notes: like a backfill (same pages, resumable from its
   * own stored position), but the queued items re-read only the contacts' tasks and notes, since
   * the search page already holds the contacts.
   *
   * @param locationId the GHL location
   * @param maxPages the most search pages read by this call (use {@link Integer#MAX_VALUE} for all)
   * @return what was queued
   */
  public ScanResult sweep(String locationId, int maxPages) {
    return scanAll(locationId, maxPages, Trigger.SWEEP, "sweep:" + locationId);
  }

  private ScanResult scanAll(String locationId, int maxPages, Trigger kind, String name) {
    SearchContactsRequest first =
        SearchContactsRequest.builder()
            .locationId(locationId)
            .pageLimit(config.searchPageSize())
            .sort(Sort.asc("dateAdded"))
            .build();
    Optional<String> stored = cursors.get(name);
    SearchContactsRequest next =
        stored.isPresent() ? first.toBuilder().searchAfter(parse(stored.get())).build() : first;
    int queued = 0;
    // A resumed backfill cannot compare GHL's total (of the whole location) with what it read.
    boolean countable = stored.isEmpty();
    for (int pages = 0; pages < maxPages; pages++) {
      Page<Contact> page = search(locationId, kind, next);
      page.items().forEach(c -> enqueue.accept(c, kind));
      queued += page.items().size();
      Optional<List<Object>> after = lastSearchAfter(page);
      if (!page.hasMore() || (countable && lastPage(page, queued)) || after.isEmpty()) {
        cursors.remove(name);
        return new ScanResult(queued, true, "");
      }
      String position = Canonical.render(Canonical.normalize(after.get(), "searchAfter"));
      cursors.put(name, position);
      next = first.toBuilder().searchAfter(after.get()).build();
    }
    return new ScanResult(queued, false, cursors.get(name).orElse(""));
  }

  /** One search page; its contacts (and their tasks) are kept for the items they queue. */
  private Page<Contact> search(String locationId, Trigger kind, SearchContactsRequest request) {
    Page<Contact> page = reader.calls().call(locationId, kind, c -> c.contacts().search(request));
    reader.pageRead(locationId, page.items(), kind);
    return page;
  }

  /**
   * Whether a page was the last: short, or (GHL fills pages to the limit) the reported total is
   * reached, so no request is spent on an empty page after it.
   *
   * @param page the page
   * @param read contacts read by this scan so far, this page included
   * @return true if no page follows
   */
  private static boolean lastPage(Page<Contact> page, long read) {
    return !page.hasMore() || (page.total().isPresent() && read >= page.total().getAsLong());
  }

  private static Optional<List<Object>> lastSearchAfter(Page<Contact> page) {
    List<Contact> items = page.items();
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<Object> after = items.get(items.size() - 1).searchAfter();
    return after.isEmpty() ? Optional.empty() : Optional.of(after);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> parse(String json) {
    try {
      Object value = JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
      if (value instanceof List<?> list && !list.isEmpty()) {
        return new ArrayList<>((List<Object>) Canonical.normalize(list, "backfill cursor"));
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("stored backfill cursor is not a JSON array: " + json, e);
    }
    throw new IllegalStateException("stored backfill cursor is not a JSON array: " + json);
  }
}
