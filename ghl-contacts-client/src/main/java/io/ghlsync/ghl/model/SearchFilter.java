package io.ghlsync.ghl.model;

/**
 * One entry of a contact search's {@code filters}: a single {@link Filter} or an AND/OR {@link
 * FilterGroup}. The top level of a search is ANDed.
 */
public sealed interface SearchFilter permits Filter, FilterGroup {}
