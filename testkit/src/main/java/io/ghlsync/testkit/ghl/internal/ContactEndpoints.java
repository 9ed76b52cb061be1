package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Create, get, update, delete and upsert of contacts, and the duplicate lookup. */
final class ContactEndpoints {
  private ContactEndpoints() {}

  static FakeResponse create(Call call) {
    Map<String, Object> body = call.body();
    failOn(ContactFields.check(body, ContactFields.CREATE));
    call.requireOwnLocation(JsonTree.requireText(body, "locationId"));
    LocationState location = call.location();
    if (!location.allowDuplicates()) {
      ContactMatching.conflict(location, body, "")
          .ifPresent(
              m -> {
                throw ContactMatching.duplicateProblem(m);
              });
    }
    Map<String, Object> contact = newContact(call, body);
    call.world().events().contact("ContactCreate", location.id(), contact);
    return Call.json(201, Map.of("contact", ContactView.created(contact)));
  }

  static FakeResponse get(Call call) {
    Map<String, Object> contact = call.contact(call.param("contactId"));
    return Call.json(200, Map.of("contact", ContactView.read(contact)));
  }

  static FakeResponse update(Call call) {
    String id = call.param("contactId");
    Map<String, Object> before = new HashMap<>(call.contact(id));
    Map<String, Object> body = call.body();
    failOn(ContactFields.check(body, ContactFields.UPDATE));
    if (!call.location().allowDuplicates()) {
      ContactMatching.conflict(call.location(), body, id)
          .ifPresent(
              m -> {
                throw ContactMatching.duplicateProblem(m);
              });
    }
    Map<String, Object> contact = write(call, id, body);
    publishUpdate(call, before, contact);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("succeded", true);
    response.put("contact", ContactView.read(contact));
    return Call.json(200, response);
  }

  static FakeResponse delete(Call call) {
    String id = call.param("contactId");
    call.contact(id);
    LocationState location = call.location();
    Map<String, Object> removed = location.contacts().remove(id).orElseThrow();
    location.tasks().dropContact(id);
    location.notes().dropContact(id);
    location.campaignsOf(id).clear();
    location.workflowsOf(id).clear();
    call.world().events().contact("ContactDelete", location.id(), removed);
    return Call.json(200, Map.of("succeded", true));
  }

  static FakeResponse upsert(Call call) {
    Map<String, Object> body = call.body();
    failOn(ContactFields.check(body, ContactFields.UPSERT));
    call.requireOwnLocation(JsonTree.requireText(body, "locationId"));
    LocationState location = call.location();
    boolean forceNew =
        location.allowDuplicates()
            && JsonTree.bool(body, "createNewIfDuplicateAllowed").orElse(false);
    String email = JsonTree.text(body, "email").orElse("");
    String phone = JsonTree.text(body, "phone").orElse("");
    Optional<ContactMatching.Match> match =
        forceNew ? Optional.empty() : ContactMatching.find(location, email, phone);
    Map<String, Object> response = new LinkedHashMap<>();
    if (match.isEmpty()) {
      Map<String, Object> contact = newContact(call, body);
      call.world().events().contact("ContactCreate", location.id(), contact);
      response.put("new", true);
      response.put("contact", ContactView.read(contact));
    } else {
      String id = match.get().contactId();
      Map<String, Object> before = new HashMap<>(call.contact(id));
      Map<String, Object> changes = upsertChanges(location, body, match.get(), before);
      Map<String, Object> contact = write(call, id, changes);
      publishUpdate(call, before, contact);
      response.put("new", false);
      response.put("contact", ContactView.read(contact));
    }
    response.put("traceId", location.newId());
    return Call.json(200, response);
  }

  static FakeResponse duplicate(Call call) {
    String locationId = call.query("locationId").orElse("");
    if (locationId.isBlank()) {
      throw new GhlProblem(GhlErrors.unprocessable(List.of("locationId should not be empty")));
    }
    call.requireOwnLocation(locationId);
    Optional<ContactMatching.Match> match =
        ContactMatching.find(
            call.location(), call.query("email").orElse(""), call.query("number").orElse(""));
    Map<String, Object> response = new LinkedHashMap<>();
    response.put(
        "contact", match.map(m -> ContactView.read(call.contact(m.contactId()))).orElse(null));
    return Call.json(200, response);
  }

  /**
   * What an upsert really writes to a matched contact: gender is silently dropped (issue #313), the
   * other matching field is silently dropped when it belongs to another contact (issue #37), and an
   * email that matched an additional email becomes primary, dropping the old primary (issue #337).
   */
  private static Map<String, Object> upsertChanges(
      LocationState location,
      Map<String, Object> body,
      ContactMatching.Match match,
      Map<String, Object> before) {
    Map<String, Object> changes = new LinkedHashMap<>(body);
    String id = match.contactId();
    if (match.field().equals("email") && body.get("phone") instanceof String phone) {
      List<String> owners = location.contacts().idsByPhone(ContactFields.e164(phone));
      if (!owners.isEmpty() && !owners.contains(id)) {
        changes.remove("phone");
      }
    }
    if (match.field().equals("phone") && body.get("email") instanceof String email) {
      List<String> owners = location.contacts().idsByEmail(email.trim(), false);
      if (!owners.isEmpty() && !owners.contains(id)) {
        changes.remove("email");
      }
    }
    if (match.viaAdditionalEmail()) {
      String promoted = JsonTree.requireText(body, "email").trim();
      List<Object> additional = new ArrayList<>();
      for (String other : JsonTree.strings(before, "additionalEmails")) {
        if (!other.equalsIgnoreCase(promoted)) {
          additional.add(other);
        }
      }
      changes.put("additionalEmails", additional);
    }
    return changes;
  }

  static Map<String, Object> newContact(Call call, Map<String, Object> body) {
    return NewContact.create(call.location(), body, call.world().now());
  }

  static Map<String, Object> write(Call call, String id, Map<String, Object> changes) {
    Instant now = call.world().now();
    return call.location()
        .contacts()
        .update(id, c -> ContactFields.apply(c, changes, now))
        .orElseThrow(() -> call.notFound("Contact not found"));
  }

  static void publishUpdate(Call call, Map<String, Object> before, Map<String, Object> after) {
    String locationId = call.location().id();
    WebhookEvents events = call.world().events();
    events.contact("ContactUpdate", locationId, after);
    if (!Objects.equals(before.get("tags"), after.get("tags"))) {
      events.contact("ContactTagUpdate", locationId, after);
    }
    if (!Objects.equals(before.get("dnd"), after.get("dnd"))
        || !Objects.equals(before.get("dndSettings"), after.get("dndSettings"))) {
      events.contact("ContactDndUpdate", locationId, after);
    }
  }

  static void failOn(DtoCheck check) {
    check
        .failure()
        .ifPresent(
            r -> {
              throw new GhlProblem(r);
            });
  }
}
