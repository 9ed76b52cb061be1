package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two list operations: the deprecated {@code GET /contacts/} (limit 20 by default, at most 100,
 * {@code startAfter}/{@code startAfterId} cursor, {@code meta} as seen in practice plus the spec's
 * {@code count}) and {@code GET /contacts/business/{businessId}} (limit/skip as strings).
 */
final class ContactListEndpoints {
  private ContactListEndpoints() {}

  static FakeResponse list(Call call) {
    String locationId = requireLocation(call);
    int limit = number(call, "limit", 20);
    if (limit < 1 || limit > 100) {
      throw new GhlProblem(GhlErrors.unprocessable(List.of("limit must not be greater than 100")));
    }
    String query = call.query("query").orElse("").toLowerCase(Locale.ROOT);
    AddedKey after = cursor(call).orElse(null);
    Iterator<Map<String, Object>> walk = call.location().contacts().inAddedOrder(true, after);
    List<Object> contacts = new ArrayList<>();
    Map<String, Object> last = null;
    while (walk.hasNext() && contacts.size() < limit) {
      Map<String, Object> contact = walk.next();
      if (query.isEmpty() || text(contact).contains(query)) {
        contacts.add(ContactView.read(contact));
        last = contact;
      }
    }
    int total = call.location().contacts().size();
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("total", total);
    if (last != null && contacts.size() == limit) {
      AddedKey key = AddedKey.of(last);
      meta.put("startAfterId", key.id());
      meta.put("startAfter", key.millis());
      meta.put(
          "nextPageUrl",
          call.request()
              .getUrl()
              .newBuilder()
              .setQueryParameter("locationId", locationId)
              .setQueryParameter("startAfter", String.valueOf(key.millis()))
              .setQueryParameter("startAfterId", key.id())
              .build()
              .toString());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("contacts", contacts);
    body.put("count", total);
    body.put("meta", meta);
    return Call.json(200, body);
  }

  static FakeResponse byBusiness(Call call) {
    requireLocation(call);
    String businessId = call.param("businessId");
    int limit = number(call, "limit", 25);
    int skip = number(call, "skip", 0);
    String query = call.query("query").orElse("").toLowerCase(Locale.ROOT);
    List<Object> page = new ArrayList<>();
    int count = 0;
    for (Iterator<Map<String, Object>> it = call.location().contacts().inAddedOrder(true, null);
        it.hasNext(); ) {
      Map<String, Object> contact = it.next();
      if (businessId.equals(contact.get("businessId"))
          && (query.isEmpty() || text(contact).contains(query))) {
        if (count >= skip && page.size() < limit) {
          page.add(ContactView.read(contact));
        }
        count++;
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("contacts", page);
    body.put("count", count);
    return Call.json(200, body);
  }

  private static String requireLocation(Call call) {
    String locationId = call.query("locationId").orElse("");
    if (locationId.isBlank()) {
      throw new GhlProblem(GhlErrors.unprocessable(List.of("locationId should not be empty")));
    }
    call.requireOwnLocation(locationId);
    return locationId;
  }

  private static Optional<AddedKey> cursor(Call call) {
    Optional<String> afterId = call.query("startAfterId");
    Optional<String> after = call.query("startAfter");
    if (afterId.isEmpty()) {
      return Optional.empty();
    }
    long millis;
    try {
      millis =
          after
              .map(Long::parseLong)
              .orElseGet(() -> AddedKey.of(call.contact(afterId.get())).millis());
    } catch (NumberFormatException e) {
      throw new GhlProblem(
          GhlErrors.unprocessable(List.of("startAfter must be a number (epoch milliseconds)")));
    }
    return Optional.of(new AddedKey(millis, afterId.get()));
  }

  private static int number(Call call, String name, int absent) {
    String raw = call.query(name).orElse("");
    if (raw.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw new GhlProblem(GhlErrors.unprocessable(List.of(name + " must be a number string")));
    }
  }

  private static String text(Map<String, Object> contact) {
    Map<String, Object> view = ContactView.read(contact);
    return (view.getOrDefault("fullNameLowerCase", "")
            + " "
            + view.getOrDefault("emailLowerCase", "")
            + " "
            + view.getOrDefault("phone", "")
            + " "
            + view.getOrDefault("companyName", ""))
        .toLowerCase(Locale.ROOT);
  }
}
