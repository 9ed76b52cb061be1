package io.ghlsync.testkit.ghl.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders stored contacts in the response shapes: {@code GetContectByIdSchema} (with the
 * server-derived lower-case fields), {@code CreateContactSchema} (adds {@code deleted}) and the
 * webhook payload. Also reads a field for search filters.
 */
public final class ContactView {
  private static final Set<String> WEBHOOK_FIELDS =
      Set.of(
          "id",
          "address1",
          "city",
          "state",
          "companyName",
          "country",
          "source",
          "dateAdded",
          "dateOfBirth",
          "dnd",
          "email",
          "name",
          "firstName",
          "lastName",
          "phone",
          "postalCode",
          "tags",
          "website",
          "attachments",
          "assignedTo",
          "customFields");

  private ContactView() {}

  /**
   * The read model, as get/update/upsert/search return it.
   *
   * @param contact the stored contact
   * @return a new map
   */
  public static Map<String, Object> read(Map<String, Object> contact) {
    Map<String, Object> out = new LinkedHashMap<>(contact);
    String first = JsonTree.text(contact, "firstName").orElse("");
    String last = JsonTree.text(contact, "lastName").orElse("");
    String full = (first + " " + last).trim();
    if (!out.containsKey("name") && !full.isEmpty()) {
      out.put("name", full);
    }
    if (!first.isEmpty()) {
      out.put("firstNameLowerCase", first.toLowerCase(Locale.ROOT));
    }
    if (!last.isEmpty()) {
      out.put("lastNameLowerCase", last.toLowerCase(Locale.ROOT));
    }
    if (!full.isEmpty()) {
      out.put("fullNameLowerCase", full.toLowerCase(Locale.ROOT));
    }
    JsonTree.text(contact, "email")
        .ifPresent(e -> out.put("emailLowerCase", e.toLowerCase(Locale.ROOT)));
    return out;
  }

  /**
   * The create response's {@code CreateContactSchema}.
   *
   * @param contact the stored contact
   * @return a new map
   */
  public static Map<String, Object> created(Map<String, Object> contact) {
    Map<String, Object> out = read(contact);
    out.put("deleted", false);
    return out;
  }

  /**
   * The contact part of a webhook payload.
   *
   * @param contact the stored contact
   * @return a new map with the documented webhook fields only
   */
  public static Map<String, Object> webhook(Map<String, Object> contact) {
    Map<String, Object> view = read(contact);
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : view.entrySet()) {
      if (WEBHOOK_FIELDS.contains(entry.getKey())) {
        out.put(entry.getKey(), entry.getValue());
      }
    }
    out.putIfAbsent("tags", List.of());
    out.putIfAbsent("attachments", List.of());
    out.putIfAbsent("customFields", List.of());
    return out;
  }

  /**
   * Reads a field for filtering and sorting: any read-model field, or {@code customFields.<id>}.
   *
   * @param contact the stored contact
   * @param field the field name
   * @return the value, or {@code null} when the contact has none
   */
  public static @Nullable Object field(Map<String, Object> contact, String field) {
    if (field.startsWith("customFields.") || field.startsWith("customField.")) {
      String id = field.substring(field.indexOf('.') + 1);
      if (contact.get("customFields") instanceof List<?> fields) {
        for (Object item : fields) {
          if (item instanceof Map<?, ?> f && id.equals(f.get("id"))) {
            return f.get("value");
          }
        }
      }
      return null;
    }
    Object direct = contact.get(field);
    if (direct != null) {
      return direct;
    }
    return field.endsWith("LowerCase") || field.equals("name") ? read(contact).get(field) : null;
  }
}
