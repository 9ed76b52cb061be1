package io.ghlsync.testkit.optmyzr.internal;

import io.ghlsync.testkit.FakeResponse;
import io.ghlsync.testkit.JsonText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Contacts of the contract: create (201), upsert by external id (201 created / 200 updated),
 * partial update (JSON {@code null} clears a field), get and list with {@code limit}, {@code
 * cursor}, {@code updated_after} (strictly after) and {@code email} (case-insensitive). An {@code
 * external_id} is unique: taking one that another contact has is a 409.
 */
public final class ContactRoutes {
  /** The contact fields in response order, after {@code id}. */
  public static final List<String> FIELDS =
      List.of(
          "external_id",
          "email",
          "phone",
          "first_name",
          "last_name",
          "company",
          "lifecycle_stage",
          "lead_score",
          "source",
          "gclid",
          "tags",
          "custom_fields");

  private static final Set<String> WRITABLE = Set.copyOf(FIELDS);

  private final Table contacts;
  private final Clock clock;

  /**
   * Creates the routes.
   *
   * @param contacts the contacts table
   * @param clock stamps created_at and updated_at
   */
  public ContactRoutes(Table contacts, Clock clock) {
    this.contacts = contacts;
    this.clock = clock;
  }

  /**
   * {@code POST /v1/contacts}.
   *
   * @param body the request body
   * @return 201 and the contact
   */
  public FakeResponse create(String body) {
    Map<String, Object> changes = read(body);
    return FakeResponse.json(201, JsonText.write(insert(changes).json()));
  }

  /**
   * {@code PUT /v1/contacts/by-external-id/{external_id}}.
   *
   * @param externalId the external id from the path
   * @param body the request body
   * @return 201 when created, 200 when updated
   */
  public FakeResponse upsert(String externalId, String body) {
    Map<String, Object> changes = read(body);
    Object given = changes.get("external_id");
    if (given != null && !given.equals(externalId)) {
      throw Rejection.invalid("external_id", "external_id must match the path or be omitted");
    }
    changes.put("external_id", externalId);
    Optional<Table.Row> existing = contacts.findBy("external_id", externalId);
    if (existing.isPresent()) {
      apply(existing.get(), changes);
      return FakeResponse.json(200, JsonText.write(existing.get().json()));
    }
    return FakeResponse.json(201, JsonText.write(insert(changes).json()));
  }

  /**
   * {@code PATCH /v1/contacts/{id}}.
   *
   * @param id the contact id
   * @param body the fields to change
   * @return 200 and the contact
   */
  public FakeResponse update(String id, String body) {
    Table.Row row = find(id);
    apply(row, read(body));
    return FakeResponse.json(200, JsonText.write(row.json()));
  }

  /**
   * {@code GET /v1/contacts/{id}}.
   *
   * @param id the contact id
   * @return 200 and the contact
   */
  public FakeResponse get(String id) {
    return FakeResponse.json(200, JsonText.write(find(id).json()));
  }

  /**
   * {@code GET /v1/contacts}.
   *
   * @param url the request URL with the query
   * @return 200 and a page
   */
  public FakeResponse list(HttpUrl url) {
    int limit = BodyRules.limit(url.queryParameter("limit"));
    long after = Cursors.decode("contacts", url.queryParameter("cursor"));
    List<Predicate<Map<String, Object>>> filters = new ArrayList<>();
    String updatedAfter = url.queryParameter("updated_after");
    if (updatedAfter != null) {
      Instant since = BodyRules.instant(updatedAfter, "updated_after");
      filters.add(c -> Instant.parse((String) c.get("updated_at")).isAfter(since));
    }
    String email = url.queryParameter("email");
    if (email != null) {
      String wanted = email.toLowerCase(Locale.ROOT);
      filters.add(
          c -> c.get("email") instanceof String e && e.toLowerCase(Locale.ROOT).equals(wanted));
    }
    Predicate<Map<String, Object>> all = c -> filters.stream().allMatch(f -> f.test(c));
    return FakeResponse.json(
        200,
        JsonText.write(Cursors.page("contacts", contacts.page(all, false, after, limit), limit)));
  }

  /**
   * Inserts a contact from checked fields (also used for seeding).
   *
   * @param changes the checked fields
   * @return the new row
   */
  public Table.Row insert(Map<String, Object> changes) {
    Object externalId = changes.get("external_id");
    if (externalId != null && contacts.findBy("external_id", externalId).isPresent()) {
      throw externalIdTaken();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    for (String field : FIELDS) {
      json.put(field, null);
    }
    String now = clock.instant().toString();
    json.put("created_at", now);
    json.put("updated_at", now);
    json.putAll(changes);
    if (json.get("tags") == null) {
      json.put("tags", List.of());
    }
    if (json.get("custom_fields") == null) {
      json.put("custom_fields", Map.of());
    }
    return contacts.insert(json);
  }

  /**
   * Checks a contact body.
   *
   * @param body the body text
   * @return the checked fields, with JSON {@code null} for fields to clear
   */
  public static Map<String, Object> read(String body) {
    Map<String, Object> json = BodyRules.object(body, WRITABLE);
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : FIELDS) {
      if (json.containsKey(field)) {
        out.put(field, check(json, field));
      }
    }
    return out;
  }

  private static @Nullable Object check(Map<String, Object> json, String field) {
    return switch (field) {
      case "email" -> BodyRules.email(json, field);
      case "phone" -> BodyRules.phone(json, field);
      case "lead_score" -> BodyRules.integer(json, field);
      case "tags" -> BodyRules.strings(json, field);
      case "custom_fields" -> customFields(json.get(field));
      default -> BodyRules.text(json, field);
    };
  }

  private static @Nullable Object customFields(@Nullable Object value) {
    if (value == null || value instanceof Map<?, ?>) {
      return value;
    }
    throw Rejection.invalid("custom_fields", "custom_fields must be an object");
  }

  private void apply(Table.Row row, Map<String, Object> changes) {
    Object externalId = changes.get("external_id");
    if (externalId != null) {
      Optional<Table.Row> other = contacts.findBy("external_id", externalId);
      if (other.isPresent() && other.get().seq() != row.seq()) {
        throw externalIdTaken();
      }
    }
    changes.forEach(
        (field, value) -> {
          if (value == null && field.equals("tags")) {
            row.json().put(field, List.of());
          } else if (value == null && field.equals("custom_fields")) {
            row.json().put(field, Map.of());
          } else {
            row.json().put(field, value);
          }
        });
    row.json().put("updated_at", clock.instant().toString());
  }

  private Table.Row find(String id) {
    return contacts.get(id).orElseThrow(() -> Rejection.notFound("contact", "id"));
  }

  private static Rejection externalIdTaken() {
    return new Rejection(
        409,
        "conflict",
        "external_id_taken",
        "another contact has this external_id",
        "external_id");
  }
}
