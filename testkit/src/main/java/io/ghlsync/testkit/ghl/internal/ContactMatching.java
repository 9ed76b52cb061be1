package io.ghlsync.testkit.ghl.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Email and phone matching of §3.6 of the reference: fields are tried in the location's configured
 * order and the first field that matches wins; an email may also match another contact's additional
 * email. Also the "This location does not allow duplicated contacts." check of create and update.
 */
public final class ContactMatching {
  private ContactMatching() {}

  /**
   * A contact found by a field.
   *
   * @param contactId the contact
   * @param field {@code email} or {@code phone}
   * @param viaAdditionalEmail whether the email matched an additional email
   */
  public record Match(String contactId, String field, boolean viaAdditionalEmail) {}

  /**
   * Finds the contact an email or phone belongs to, in the location's match order.
   *
   * @param location the location
   * @param email the email sent, or empty
   * @param phone the phone sent (any format), or empty
   * @return the first match
   */
  public static Optional<Match> find(LocationState location, String email, String phone) {
    for (String field : location.matchOrder()) {
      if (field.equals("email") && !email.isBlank()) {
        List<String> primary = location.contacts().idsByEmail(email.trim(), false);
        if (!primary.isEmpty()) {
          return Optional.of(new Match(primary.get(0), "email", false));
        }
        List<String> additional = location.contacts().idsByEmail(email.trim(), true);
        if (!additional.isEmpty()) {
          return Optional.of(new Match(additional.get(0), "email", true));
        }
      }
      if (field.equals("phone") && !phone.isBlank()) {
        List<String> ids = location.contacts().idsByPhone(ContactFields.e164(phone));
        if (!ids.isEmpty()) {
          return Optional.of(new Match(ids.get(0), "phone", false));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds another contact that already has this email or phone.
   *
   * @param location the location
   * @param body the write body
   * @param selfId the contact being written, or empty for a create
   * @return the conflicting contact
   */
  public static Optional<Match> conflict(
      LocationState location, Map<String, Object> body, String selfId) {
    String email = JsonTree.text(body, "email").orElse("");
    String phone = JsonTree.text(body, "phone").orElse("");
    if (!email.isBlank()) {
      for (String id : location.contacts().idsByEmail(email.trim(), false)) {
        if (!id.equals(selfId)) {
          return Optional.of(new Match(id, "email", false));
        }
      }
    }
    if (!phone.isBlank()) {
      for (String id : location.contacts().idsByPhone(ContactFields.e164(phone))) {
        if (!id.equals(selfId)) {
          return Optional.of(new Match(id, "phone", false));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The 400 GHL answers when a location does not allow duplicates.
   *
   * @param match the existing contact
   * @return the problem to throw
   */
  public static GhlProblem duplicateProblem(Match match) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("contactId", match.contactId());
    meta.put("matchingField", match.field());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statusCode", 400);
    body.put("message", "This location does not allow duplicated contacts.");
    body.put("meta", meta);
    return new GhlProblem(Call.json(400, body));
  }
}
