package io.ghlsync.testkit.onoffice.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code read}, {@code create} and {@code modify} on {@code address}, with contact-data entries,
 * the duplicate check on create, filters and paging.
 */
public final class AddressHandler {
  private static final Set<String> CONTACT_KEYS =
      Set.of(
          "phone",
          "phone_private",
          "phone_business",
          "mobile",
          "fax",
          "fax_private",
          "fax_business",
          "email",
          "email_private",
          "email_business");
  private static final Set<String> READ_KINDS = Set.of("email", "phone", "mobile", "fax");

  private final OnOfficeState state;

  /** Per filtered field (built on its first equality filter): its index. */
  private final Map<String, FieldIndex> indexes = new HashMap<>();

  /** Addresses written since the indexes were last brought up to date. */
  private final Set<AddressRow> written = new LinkedHashSet<>();

  /**
   * Creates the handler.
   *
   * @param state the fake's state
   */
  public AddressHandler(OnOfficeState state) {
    this.state = state;
  }

  /**
   * {@code read address}.
   *
   * @param p the parameters
   * @return the page of records with the total
   */
  public ActionData read(Map<String, Object> p) {
    List<String> data = fields(p.get("data"));
    FilterMatcher filter = FilterMatcher.parse(p.get("filter"), Set.of());
    List<AddressRow> rows = new ArrayList<>();
    if (p.containsKey("recordids")) {
      List<Long> ids = Values.longs(p.get("recordids"), "recordids");
      if (ids.size() > Listing.MAX_LIMIT) {
        throw new ActionError(302, "This action supports only up to 500 Ids");
      }
      ids.stream().map(state.addresses()::get).filter(r -> r != null).forEach(rows::add);
    } else {
      rows.addAll(candidates(filter));
    }
    rows.removeIf(r -> !filter.matches(r::filterValues));
    String sortby = p.get("sortby") instanceof String s && !s.isBlank() ? s : null;
    boolean desc = "DESC".equalsIgnoreCase(String.valueOf(p.get("sortorder")));
    Listing.sort(rows, sortby, desc, (r, f) -> r.filterValues(f).stream().findFirst().orElse(null));
    boolean formatted = Values.flag(p.get("formatoutput"));
    List<Map<String, Object>> records = new ArrayList<>();
    for (AddressRow row : Listing.window(rows, Listing.offset(p), Listing.limit(p))) {
      records.add(ActionData.record(row.id(), "address", elements(row, data, formatted)));
    }
    return new ActionData(records, (long) rows.size(), true);
  }

  /**
   * {@code create address}.
   *
   * @param p the parameters
   * @return the new (or, with {@code checkDuplicate}, the updated) id with {@code elements: []}
   */
  public ActionData create(Map<String, Object> p) {
    Map<String, String> contacts = new LinkedHashMap<>();
    Map<String, Object> fields = new LinkedHashMap<>();
    Map<String, String> defaults = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : p.entrySet()) {
      String key = e.getKey();
      if (CONTACT_KEYS.contains(key)) {
        contacts.put(key, Values.render(e.getValue()));
      } else if (key.startsWith("default_")) {
        defaults.put(key.substring("default_".length()), Values.render(e.getValue()));
      } else if (!key.equals("checkDuplicate") && !key.equals("noOverrideByDuplicate")) {
        fields.put(key, e.getValue());
      }
    }
    defaults.forEach(
        (channel, value) -> {
          boolean given =
              contacts.entrySet().stream()
                  .anyMatch(
                      c -> channelOf(c.getKey()).equals(channel) && c.getValue().equals(value));
          if (!given) {
            throw new ActionError(
                channel.equals("email") ? 258 : 260,
                "Default " + channel + " must also be passed as a normal entry");
          }
        });
    if (Values.flag(p.get("checkDuplicate"))) {
      Optional<AddressRow> duplicate = duplicateOf(contacts);
      if (duplicate.isPresent()) {
        AddressRow row = duplicate.get();
        if (!Values.flag(p.get("noOverrideByDuplicate"))) {
          row.fields().putAll(fields);
          contacts.forEach((k, v) -> addContact(row, k, v, v.equals(defaults.get(channelOf(k)))));
          touch(row);
        }
        return ActionData.written(row.id(), "address", List.of());
      }
    }
    AddressRow row = state.newAddress();
    row.fields().put("Status", 1L);
    row.fields().putAll(fields);
    row.fields()
        .put(
            "uuid",
            UUID.nameUUIDFromBytes(
                    ("address-" + row.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
    contacts.forEach((k, v) -> addContact(row, k, v, v.equals(defaults.get(channelOf(k)))));
    touch(row);
    return ActionData.written(row.id(), "address", List.of());
  }

  /**
   * {@code modify address}.
   *
   * @param resourceId the address id
   * @param p the parameters
   * @return {@code elements: {"success":"success"}}
   */
  public ActionData modify(String resourceId, Map<String, Object> p) {
    OptionalLong id = Values.longOf(resourceId);
    AddressRow row = id.isPresent() ? state.addresses().get(id.getAsLong()) : null;
    if (row == null) {
      throw new ActionError(292, "Unknown address id: " + resourceId);
    }
    List<ContactRow> before = List.copyOf(row.contacts());
    try {
      for (Map.Entry<String, Object> e : p.entrySet()) {
        if (CONTACT_KEYS.contains(e.getKey())) {
          ContactEdits.apply(row, e.getKey(), e.getValue(), state);
        }
      }
    } catch (ActionError e) {
      row.contacts().clear();
      row.contacts().addAll(before);
      throw e;
    }
    for (Map.Entry<String, Object> e : p.entrySet()) {
      if (!CONTACT_KEYS.contains(e.getKey())) {
        row.fields().put(e.getKey(), e.getValue());
      }
    }
    touch(row);
    return ActionData.written(row.id(), "address", Map.of("success", "success"));
  }

  /**
   * Stores an address directly (seeding), with the same rules as create.
   *
   * @param p create parameters
   * @return the id
   */
  public long seed(Map<String, Object> p) {
    return Values.longOf(create(p).records().get(0).get("id")).orElseThrow();
  }

  /**
   * The addresses a filter can match, in id order: through an index on its first equality condition
   * (built on first use, then kept up to date with the addresses written since), else all of them.
   * The filter still decides on each candidate.
   */
  private Collection<AddressRow> candidates(FilterMatcher filter) {
    Optional<Map.Entry<String, Object>> equality = filter.equality();
    if (equality.isEmpty()) {
      return state.addresses().values();
    }
    for (AddressRow row : written) {
      indexes.values().forEach(index -> index.put(row));
    }
    written.clear();
    FieldIndex index =
        indexes.computeIfAbsent(
            equality.get().getKey(),
            field -> {
              FieldIndex built = new FieldIndex(field);
              state.addresses().values().forEach(built::put);
              return built;
            });
    return index.rows(FilterMatcher.indexKey(equality.get().getValue()));
  }

  /** One field's values ({@link FilterMatcher#indexKey}) -> the addresses showing them. */
  private static final class FieldIndex {
    private final String field;
    private final Map<String, SortedMap<Long, AddressRow>> byKey = new HashMap<>();
    private final Map<Long, Set<String>> keysOf = new HashMap<>();

    FieldIndex(String field) {
      this.field = field;
    }

    void put(AddressRow row) {
      Set<String> old = keysOf.remove(row.id());
      if (old != null) {
        for (String key : old) {
          SortedMap<Long, AddressRow> rows = byKey.get(key);
          if (rows != null) {
            rows.remove(row.id());
          }
        }
      }
      Set<String> keys = new HashSet<>();
      for (Object value : row.filterValues(field)) {
        String key = FilterMatcher.indexKey(value);
        keys.add(key);
        byKey.computeIfAbsent(key, k -> new TreeMap<>()).put(row.id(), row);
      }
      keysOf.put(row.id(), keys);
    }

    Collection<AddressRow> rows(String key) {
      SortedMap<Long, AddressRow> rows = byKey.get(key);
      return rows == null ? List.of() : rows.values();
    }
  }

  private Optional<AddressRow> duplicateOf(Map<String, String> contacts) {
    List<String> emails =
        contacts.entrySet().stream()
            .filter(e -> e.getKey().startsWith("email"))
            .map(e -> e.getValue().toLowerCase(Locale.ROOT))
            .toList();
    return state.addresses().values().stream()
        .filter(
            r ->
                r.contacts().stream()
                    .anyMatch(
                        c ->
                            c.channel().equals("email")
                                && emails.contains(c.value().toLowerCase(Locale.ROOT))))
        .findFirst();
  }

  private void addContact(AddressRow row, String key, String value, boolean makeDefault) {
    if (row.contacts().stream().anyMatch(c -> c.key().equals(key) && c.value().equals(value))) {
      return;
    }
    boolean first = row.contacts().stream().noneMatch(c -> c.channel().equals(channelOf(key)));
    ContactEdits.add(row, key, value, makeDefault || first, state);
  }

  private void touch(AddressRow row) {
    written.add(row);
    row.fields().put("Aenderung", Values.format(state.now()));
  }

  private static Map<String, Object> elements(
      AddressRow row, List<String> data, boolean formatted) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : data) {
      if (READ_KINDS.contains(field)) {
        for (ContactRow c : row.contacts()) {
          if (c.readKind().equals(field)) {
            out.put(field + "__" + c.entryId(), c.value());
          }
        }
      } else if (field.equals("Email") || field.equals("defaultemail")) {
        out.put(field, row.main("email").orElse(""));
      } else if (field.equals("Telefon1") || field.equals("defaultphone")) {
        out.put(field, row.main("phone").orElse(""));
      } else {
        Object value = row.fields().get(field);
        out.put(
            field,
            formatted && value instanceof List<?> l
                ? String.join(", ", l.stream().map(Values::render).toList())
                : Values.render(value));
      }
    }
    return out;
  }

  static String channelOf(String key) {
    if (key.startsWith("email")) {
      return "email";
    }
    return key.startsWith("fax") ? "fax" : "phone";
  }

  static List<String> fields(@Nullable Object raw) {
    if (raw == null) {
      return List.of();
    }
    if (!(raw instanceof List<?> list)) {
      throw new ActionError(255, "Invalid value for parameter data");
    }
    return list.stream().map(String::valueOf).toList();
  }
}
