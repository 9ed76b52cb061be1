package io.ghlsync.testkit.ghl.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The contact write DTOs of the v2 spec ({@code CreateContactDto}, {@code UpdateContactDto}, {@code
 * UpsertContactDto}): their property whitelists, their checks and how a valid body changes a stored
 * contact (phones to E.164, tags lower-cased and replaced, custom fields merged by id, dates of
 * birth normalised, {@code null} clears a field).
 */
public final class ContactFields {
  private static final List<String> COMMON =
      List.of(
          "firstName",
          "lastName",
          "name",
          "email",
          "phone",
          "address1",
          "city",
          "state",
          "postalCode",
          "website",
          "timezone",
          "dnd",
          "dndSettings",
          "inboundDndSettings",
          "tags",
          "customFields",
          "source",
          "dateOfBirth",
          "country",
          "assignedTo");
  private static final List<String> STRINGS =
      List.of(
          "firstName",
          "lastName",
          "name",
          "phone",
          "address1",
          "city",
          "state",
          "postalCode",
          "website",
          "timezone",
          "source",
          "country",
          "assignedTo",
          "companyName",
          "locationId");

  /** {@code CreateContactDto}. */
  public static final Set<String> CREATE = with("locationId", "gender", "companyName");

  /** {@code UpdateContactDto}: no locationId, gender or companyName. */
  public static final Set<String> UPDATE = with();

  /** {@code UpsertContactDto}. */
  public static final Set<String> UPSERT =
      with("locationId", "gender", "companyName", "createNewIfDuplicateAllowed");

  private static final Set<String> DND_CHANNELS =
      Set.of("Call", "Email", "SMS", "WhatsApp", "GMB", "FB");
  private static final Set<String> DND_STATUSES = Set.of("active", "inactive", "permanent");
  private static final Set<String> NOT_STORED =
      Set.of("locationId", "gender", "createNewIfDuplicateAllowed");

  private ContactFields() {}

  private static Set<String> with(String... extra) {
    Set<String> keys = new LinkedHashSet<>(COMMON);
    keys.addAll(List.of(extra));
    return Set.copyOf(keys);
  }

  /**
   * Checks a contact write body.
   *
   * @param body the parsed body
   * @param allowed the DTO whitelist ({@link #CREATE}, {@link #UPDATE} or {@link #UPSERT})
   * @return the check, to be finished with {@link DtoCheck#failure()}
   */
  public static DtoCheck check(Map<String, Object> body, Set<String> allowed) {
    DtoCheck check = DtoCheck.of(body, allowed);
    if (allowed.contains("locationId")) {
      check.required("locationId");
    }
    for (String key : STRINGS) {
      check.string(key);
    }
    check.email("email").bool("dnd").stringArray("tags").bool("createNewIfDuplicateAllowed");
    Object customFields = body.get("customFields");
    check.check(
        customFields == null || customFields instanceof List, "customFields must be an array");
    if (customFields instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        check.check(
            items.get(i) instanceof Map<?, ?> item
                && (item.get("id") instanceof String || item.get("key") instanceof String),
            "customFields." + i + ".id must be a string");
      }
    }
    if (body.get("dndSettings") instanceof Map<?, ?> dnd) {
      for (Map.Entry<?, ?> channel : dnd.entrySet()) {
        String name = String.valueOf(channel.getKey());
        check.check(
            DND_CHANNELS.contains(name), "dndSettings.property " + name + " should not exist");
        check.check(
            channel.getValue() instanceof Map<?, ?> setting
                && DND_STATUSES.contains(String.valueOf(setting.get("status"))),
            "dndSettings."
                + name
                + ".status must be one of the following values: active, inactive, permanent");
      }
    } else {
      check.check(body.get("dndSettings") == null, "dndSettings must be an object");
    }
    Object birth = body.get("dateOfBirth");
    check.check(
        birth == null || (birth instanceof String s && Dates.birthDate(s).isPresent()),
        "dateOfBirth must be a valid date (YYYY-MM-DD, MM/DD/YYYY, ...)");
    return check;
  }

  /**
   * Applies a valid body to a contact.
   *
   * @param contact the stored contact
   * @param body the checked body
   * @param now the time of the write, which becomes {@code dateUpdated}
   */
  public static void apply(Map<String, Object> contact, Map<String, Object> body, Instant now) {
    for (Map.Entry<String, Object> entry : body.entrySet()) {
      String key = entry.getKey();
      Object value = entry.getValue();
      if (NOT_STORED.contains(key)) {
        continue;
      }
      if (value == null) {
        contact.remove(key);
        continue;
      }
      switch (key) {
        case "email" -> contact.put(key, ((String) value).trim());
        case "phone" -> contact.put(key, e164((String) value));
        case "tags" -> contact.put(key, tags(JsonTree.strings(body, key)));
        case "customFields" -> contact.put(key, mergeCustomFields(contact, (List<?>) value));
        case "dateOfBirth" -> contact.put(key, Dates.birthDate((String) value).orElseThrow());
        case "dndSettings" -> contact.put(key, mergeDnd(contact, (Map<?, ?>) value));
        default -> contact.put(key, value);
      }
    }
    contact.put("dateUpdated", Dates.format(now));
  }

  /**
   * Normalises a phone number to E.164 as GHL stores it.
   *
   * @param phone the phone as sent
   * @return e.g. {@code +15551234567}
   */
  public static String e164(String phone) {
    String digits = phone.replaceAll("[^0-9]", "");
    if (phone.trim().startsWith("+")) {
      return "+" + digits;
    }
    if (digits.startsWith("00")) {
      return "+" + digits.substring(2);
    }
    return digits.length() == 10 ? "+1" + digits : "+" + digits;
  }

  /**
   * Lower-cases, trims and de-duplicates tags, keeping their order.
   *
   * @param tags the tags as sent
   * @return the stored tags
   */
  public static List<String> tags(List<String> tags) {
    Set<String> clean = new LinkedHashSet<>();
    for (String tag : tags) {
      String t = tag.trim().toLowerCase(Locale.ROOT);
      if (!t.isEmpty()) {
        clean.add(t);
      }
    }
    return new ArrayList<>(clean);
  }

  private static List<Object> mergeCustomFields(Map<String, Object> contact, List<?> input) {
    Map<String, Object> byId = new LinkedHashMap<>();
    if (contact.get("customFields") instanceof List<?> existing) {
      for (Object item : existing) {
        if (item instanceof Map<?, ?> field && field.get("id") instanceof String id) {
          byId.put(id, field.get("value"));
        }
      }
    }
    for (Object item : input) {
      Map<?, ?> field = (Map<?, ?>) item;
      String id = field.get("id") instanceof String s ? s : String.valueOf(field.get("key"));
      Object value = firstPresent(field, "field_value", "fieldValue", "value");
      if (value == null) {
        byId.remove(id);
      } else {
        byId.put(id, value);
      }
    }
    List<Object> out = new ArrayList<>();
    byId.forEach(
        (id, value) -> {
          Map<String, Object> field = new LinkedHashMap<>();
          field.put("id", id);
          field.put("value", value);
          out.add(field);
        });
    return out;
  }

  private static @Nullable Object firstPresent(Map<?, ?> map, String... keys) {
    for (String key : keys) {
      if (map.get(key) != null) {
        return map.get(key);
      }
    }
    return null;
  }

  private static Map<String, Object> mergeDnd(Map<String, Object> contact, Map<?, ?> input) {
    Map<String, Object> merged = new LinkedHashMap<>();
    if (contact.get("dndSettings") instanceof Map<?, ?> existing) {
      existing.forEach((k, v) -> merged.put(String.valueOf(k), v));
    }
    input.forEach((k, v) -> merged.put(String.valueOf(k), v));
    return merged;
  }
}
