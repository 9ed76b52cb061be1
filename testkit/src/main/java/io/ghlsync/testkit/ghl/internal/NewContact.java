package io.ghlsync.testkit.ghl.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Creates a stored contact with the server-set defaults of a GHL create. */
public final class NewContact {
  private static final Set<String> SEED_ONLY =
      Set.of("dateAdded", "dateUpdated", "additionalEmails", "businessId", "followers", "type");

  private NewContact() {}

  /**
   * Creates a contact for a test's seeding: {@code CreateContactDto} fields plus the seeding-only
   * fields {@code dateAdded}, {@code dateUpdated}, {@code additionalEmails}, {@code businessId},
   * {@code followers} and {@code type}.
   *
   * @param location the location, locked by the caller
   * @param fields the fields
   * @param now the default {@code dateAdded}
   * @return the new contact's id
   * @throws IllegalArgumentException naming every invalid field
   */
  public static String seed(LocationState location, Map<String, ?> fields, Instant now) {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    Map<String, Object> seedOnly = new LinkedHashMap<>();
    for (String key : SEED_ONLY) {
      if (body.containsKey(key)) {
        seedOnly.put(key, body.remove(key));
      }
    }
    body.putIfAbsent("locationId", location.id());
    ContactFields.check(body, ContactFields.CREATE)
        .failure()
        .ifPresent(
            r -> {
              throw new IllegalArgumentException("invalid contact fields: " + r.body());
            });
    for (Map.Entry<String, Object> entry : seedOnly.entrySet()) {
      if (entry.getKey().startsWith("date")) {
        entry.setValue(Dates.format(instant(entry.getKey(), entry.getValue())));
      }
    }
    Instant added =
        seedOnly.containsKey("dateAdded") ? instant("dateAdded", seedOnly.get("dateAdded")) : now;
    String id = JsonTree.requireText(create(location, body, added), "id");
    location.contacts().update(id, c -> c.putAll(seedOnly));
    return id;
  }

  private static Instant instant(String field, @Nullable Object value) {
    return Dates.parseInstant(String.valueOf(value))
        .orElseThrow(() -> new IllegalArgumentException(field + " must be ISO-8601: " + value));
  }

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
