package io.ghlsync.ghl.model;

import java.util.List;
import java.util.Optional;

/**
 * One page of the deprecated contact list ({@code GET /contacts/}).
 *
 * @param contacts the contacts of this page
 * @param count the count GHL reported, if any
 * @param meta paging cursors, if any
 */
public record ContactList(
    List<Contact> contacts, Optional<Long> count, Optional<ContactsMeta> meta) {}
