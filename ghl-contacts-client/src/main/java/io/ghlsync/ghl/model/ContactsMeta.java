package io.ghlsync.ghl.model;

import java.util.Optional;

/**
 * Paging information of the deprecated contact list ({@code GET /contacts/}).
 *
 * @param total total number of contacts
 * @param nextPageUrl URL of the next page
 * @param startAfterId id cursor of the next page
 * @param startAfter time cursor of the next page (epoch milliseconds)
 * @param currentPage current page number
 * @param nextPage next page number
 * @param prevPage previous page number
 */
public record ContactsMeta(
    Optional<Long> total,
    Optional<String> nextPageUrl,
    Optional<String> startAfterId,
    Optional<Long> startAfter,
    Optional<Integer> currentPage,
    Optional<Integer> nextPage,
    Optional<Integer> prevPage) {}
