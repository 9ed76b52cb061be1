package io.ghlsync.testkit.ghl.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Creates a stored contact with the server-set defaults of a GHL create. */
public final class NewContact {
  private NewContact() {}

  /**
   * Creates and stores a contact.
   *
   * @param location the location
   * @param body a checked create body
   * @param now the creation time, which becomes {@code dateAdded} and {@code dateUpdated}
   * @return the stored contact
   */
  public static Map<String, Object> create(
      LocationState location, Map<String, Object> body, Instant now) {
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("id", location.newId());
    contact.put("locationId", location.id());
    contact.put("type", "lead");
    contact.put("tags", new ArrayList<>());
    contact.put("customFields", new ArrayList<>());
    contact.put("followers", new ArrayList<>());
    contact.put("dnd", false);
    contact.put("dateAdded", Dates.format(now));
    ContactFields.apply(contact, body, now);
    location.contacts().add(contact);
    return contact;
  }
}
