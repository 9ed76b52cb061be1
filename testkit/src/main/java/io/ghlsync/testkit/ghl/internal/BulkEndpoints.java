package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two bulk operations: tags ({@code /contacts/bulk/tags/update/{type}}, 201 with one response
 * per contact) and business ({@code /contacts/bulk/business}, 200 with the updated ids).
 */
final class BulkEndpoints {
  private static final Set<String> TAGS_DTO =
      Set.of("contacts", "tags", "locationId", "removeAllTags");
  private static final Set<String> BUSINESS_DTO = Set.of("locationId", "ids", "businessId");

  private BulkEndpoints() {}

  static FakeResponse tags(Call call) {
    String type = call.param("type");
    Map<String, Object> body = call.body();
    ContactEndpoints.failOn(
        DtoCheck.of(body, TAGS_DTO)
            .required("contacts")
            .stringArray("contacts")
            .required("tags")
            .stringArray("tags")
            .required("locationId")
            .string("locationId")
            .bool("removeAllTags")
            .check(type.equals("add") || type.equals("remove"), "type must be one of: add, remove")
            .check(
                body.get("removeAllTags") == null || type.equals("remove"),
                "removeAllTags can only be used with type remove"));
    call.requireOwnLocation(JsonTree.requireText(body, "locationId"));
    boolean add = type.equals("add");
    boolean removeAll = JsonTree.bool(body, "removeAllTags").orElse(false);
    List<String> tags = ContactFields.tags(JsonTree.strings(body, "tags"));
    List<Object> responses = new ArrayList<>();
    int errors = 0;
    for (String contactId : JsonTree.strings(body, "contacts")) {
      Optional<Map<String, Object>> contact = call.location().contacts().get(contactId);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("contactId", contactId);
      if (contact.isEmpty()) {
        errors++;
        item.put("message", "Contact not found");
        item.put("type", "error");
      } else {
        List<String> old = JsonTree.strings(contact.get(), "tags");
        List<String> change = removeAll ? old : tags;
        Map<String, Object> updated = MembershipEndpoints.retag(call, contactId, change, add);
        Set<String> delta = new LinkedHashSet<>(change);
        if (add) {
          delta.removeAll(old);
        } else {
          delta.retainAll(old);
        }
        item.put("message", add ? "Tags added successfully" : "Tags removed successfully");
        item.put("type", "success");
        item.put("oldTags", old);
        item.put(add ? "tagsAdded" : "tagsRemoved", new ArrayList<>(delta));
        item.put("tags", updated.get("tags"));
      }
      responses.add(item);
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("succeded", errors == 0);
    response.put("errorCount", errors);
    response.put("responses", responses);
    return Call.json(201, response);
  }

  static FakeResponse business(Call call) {
    Map<String, Object> body = call.body();
    Object ids = body.get("ids");
    ContactEndpoints.failOn(
        DtoCheck.of(body, BUSINESS_DTO)
            .required("locationId")
            .string("locationId")
            .required("ids")
            .stringArray("ids")
            .string("businessId")
            .check(body.containsKey("businessId"), "businessId must be a string or null")
            .check(
                !(ids instanceof List<?> list)
                    || list.stream().allMatch(i -> String.valueOf(i).length() <= 50),
                "each value in ids must be shorter than or equal to 50 characters"));
    call.requireOwnLocation(JsonTree.requireText(body, "locationId"));
    Optional<String> businessId = JsonTree.text(body, "businessId");
    if (businessId.isPresent() && !call.location().businesses().containsKey(businessId.get())) {
      throw new GhlProblem(GhlErrors.badRequest("Business not found"));
    }
    List<String> updated = new ArrayList<>();
    for (String contactId : JsonTree.strings(body, "ids")) {
      call.location()
          .contacts()
          .update(
              contactId,
              c -> {
                if (businessId.isPresent()) {
                  c.put("businessId", businessId.get());
                } else {
                  c.remove("businessId");
                }
                c.put("dateUpdated", Dates.format(call.world().now()));
              })
          .ifPresent(
              c -> {
                updated.add(contactId);
                call.world().events().contact("ContactUpdate", call.location().id(), c);
              });
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("success", true);
    response.put("ids", updated);
    return Call.json(200, response);
  }
}
