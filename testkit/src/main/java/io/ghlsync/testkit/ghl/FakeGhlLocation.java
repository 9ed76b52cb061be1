package io.ghlsync.testkit.ghl;

import io.ghlsync.testkit.ghl.internal.ContactIds;
import io.ghlsync.testkit.ghl.internal.GhlWorld;
import io.ghlsync.testkit.ghl.internal.JsonTree;
import io.ghlsync.testkit.ghl.internal.LocationState;
import io.ghlsync.testkit.ghl.internal.NewAppointment;
import io.ghlsync.testkit.ghl.internal.NewContact;
import io.ghlsync.testkit.ghl.internal.SeededContacts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The test's side of one GHL location (sub-account): tokens, seeding, settings and inspection.
 * Reads return deep copies, so tests cannot change the fake's state behind its back.
 */
public final class FakeGhlLocation {

  private static final Instant SEED_END = Instant.parse("2024-01-01T00:00:00Z");

  private final GhlWorld world;
  private final LocationState state;

  FakeGhlLocation(GhlWorld world, LocationState state) {
    this.world = world;
    this.state = state;
  }

  /**
   * Returns the location id.
   *
   * @return the id
   */
  public String id() {
    return state.id();
  }

  /**
   * Registers a private-integration token for this location; it never expires.
   *
   * @param scopes the granted scopes, e.g. {@code contacts.readonly}, {@code contacts.write}
   * @return the token to send as {@code Authorization: Bearer <token>}
   */
  public String privateToken(String... scopes) {
    return world.tokens().privateToken(state.id(), Set.of(scopes));
  }

  /**
   * Seeds {@code count} realistic contacts, each with 0-2 tasks and 0-2 notes, generated from the
   * fake's seed when read and stored only once written. Everything about them, dates included, is a
   * function of (seed, location id, count): contact {@code i} was added {@code count - i} minutes
   * before {@code 2024-01-01T00:00:00Z}, so contacts created later sort after them. Call once per
   * location.
   *
   * @param count how many contacts, up to 10,000,000 (phones are unique below that)
   * @return this location
   */
  public FakeGhlLocation seedContacts(int count) {
    return seed(count, SeededContacts.VARYING, SeededContacts.VARYING);
  }

  /**
   * Seeds {@code count} contacts like {@link #seedContacts(int)}, each with exactly the given
   * number of tasks and notes (what a benchmark or an end-to-end test counts on).
   *
   * @param count how many contacts, up to 10,000,000
   * @param tasksPerContact tasks of each contact, 0 to 100
   * @param notesPerContact notes of each contact, 0 to 100
   * @return this location
   */
  public FakeGhlLocation seedContacts(int count, int tasksPerContact, int notesPerContact) {
    if (tasksPerContact < 0 || tasksPerContact > 100) {
      throw new IllegalArgumentException(
          "tasksPerContact must be within 0 and 100: " + tasksPerContact);
    }
    if (notesPerContact < 0 || notesPerContact > 100) {
      throw new IllegalArgumentException(
          "notesPerContact must be within 0 and 100: " + notesPerContact);
    }
    return seed(count, tasksPerContact, notesPerContact);
  }

  private FakeGhlLocation seed(int count, int tasksPerContact, int notesPerContact) {
    if (count < 0 || count > 10_000_000) {
      throw new IllegalArgumentException("count must be within 0 and 10,000,000: " + count);
    }
    synchronized (state) {
      SeededContacts block =
          new SeededContacts(
              state.id(),
              ContactIds.salt(world.seed(), state.id()),
              count,
              SEED_END.minus(Duration.ofMinutes(count)),
              tasksPerContact,
              notesPerContact);
      state.contacts().seed(block);
    }
    return this;
  }

  /**
   * Returns the id of the i-th seeded contact (0-based, oldest first).
   *
   * @param index the index
   * @return the id
   */
  public String seededContactId(int index) {
    synchronized (state) {
      SeededContacts block =
          state
              .contacts()
              .seeded()
              .orElseThrow(() -> new IllegalStateException("call seedContacts first"));
      if (index < 0 || index >= block.count()) {
        throw new IllegalArgumentException("index must be within 0 and " + (block.count() - 1));
      }
      return block.id(index);
    }
  }

  /**
   * Stores a contact directly (no webhook, no rate limit). Takes the {@code CreateContactDto}
   * fields (e.g. {@code firstName}, {@code email}, {@code phone}, {@code tags}) plus the
   * seeding-only fields {@code dateAdded}, {@code dateUpdated} (ISO-8601), {@code
   * additionalEmails}, {@code businessId}, {@code followers} and {@code type}.
   *
   * @param fields the contact's fields
   * @return the new contact's id
   * @throws IllegalArgumentException naming every invalid field
   */
  public String createContact(Map<String, ?> fields) {
    synchronized (state) {
      return NewContact.seed(state, fields, world.now());
    }
  }

  /**
   * Adds a campaign contacts can be added to.
   *
   * @param campaignId the campaign id
   * @return this location
   */
  public FakeGhlLocation addCampaign(String campaignId) {
    synchronized (state) {
      state.campaigns().add(campaignId);
    }
    return this;
  }

  /**
   * Adds a workflow contacts can be added to.
   *
   * @param workflowId the workflow id
   * @return this location
   */
  public FakeGhlLocation addWorkflow(String workflowId) {
    synchronized (state) {
      state.workflows().add(workflowId);
    }
    return this;
  }

  /**
   * Adds a business contacts can be linked to.
   *
   * @param businessId the business id
   * @param name the business name
   * @return this location
   */
  public FakeGhlLocation addBusiness(String businessId, String name) {
    synchronized (state) {
      state.businesses().put(businessId, name);
    }
    return this;
  }

  /**
   * Books an appointment for a contact and publishes {@code AppointmentCreate}. Fields follow
   * {@code GetEventSchema} ({@code title}, {@code calendarId}, {@code startTime}, {@code endTime},
   * {@code appointmentStatus}, ...); {@code id}, {@code locationId}, {@code contactId}, {@code
   * dateAdded} and {@code dateUpdated} are set by the fake.
   *
   * @param contactId the contact
   * @param fields the appointment's fields
   * @return the appointment id
   */
  public String addAppointment(String contactId, Map<String, ?> fields) {
    synchronized (state) {
      if (state.contacts().get(contactId).isEmpty()) {
        throw new IllegalArgumentException("contactId " + contactId + " is not in " + id());
      }
      Map<String, Object> appointment =
          NewAppointment.create(state, contactId, fields, world.now());
      world.events().appointment("AppointmentCreate", id(), appointment);
      return JsonTree.requireText(appointment, "id");
    }
  }

  /**
   * Switches the location's "Allow Duplicate Contact" setting (default off: creates and updates
   * that reuse another contact's email or phone fail with 400).
   *
   * @param allow whether duplicates are allowed
   * @return this location
   */
  public FakeGhlLocation allowDuplicates(boolean allow) {
    synchronized (state) {
      state.allowDuplicates(allow);
    }
    return this;
  }

  /**
   * Sets the order in which upsert and the duplicate lookup match (default email, then phone).
   *
   * @param fields {@code "email"} and/or {@code "phone"}, in priority order
   * @return this location
   */
  public FakeGhlLocation duplicateMatchOrder(String... fields) {
    for (String field : fields) {
      if (!field.equals("email") && !field.equals("phone")) {
        throw new IllegalArgumentException("match fields must be email or phone: " + field);
      }
    }
    synchronized (state) {
      state.matchOrder(List.of(fields));
    }
    return this;
  }

  /**
   * Reads a contact as the fake stores it.
   *
   * @param contactId the contact id
   * @return a deep copy, if the contact exists
   */
  public Optional<Map<String, Object>> contact(String contactId) {
    synchronized (state) {
      return state.contacts().get(contactId).map(FakeGhlLocation::copy);
    }
  }

  /**
   * Counts the live contacts.
   *
   * @return the count
   */
  public int contactCount() {
    synchronized (state) {
      return state.contacts().size();
    }
  }

  /**
   * Lists a contact's tasks.
   *
   * @param contactId the contact
   * @return deep copies in creation order
   */
  public List<Map<String, Object>> tasks(String contactId) {
    synchronized (state) {
      return state.tasks().list(contactId).stream().map(FakeGhlLocation::copy).toList();
    }
  }

  /**
   * Lists a contact's notes.
   *
   * @param contactId the contact
   * @return deep copies in creation order
   */
  public List<Map<String, Object>> notes(String contactId) {
    synchronized (state) {
      return state.notes().list(contactId).stream().map(FakeGhlLocation::copy).toList();
    }
  }

  /**
   * Lists the campaigns a contact is in.
   *
   * @param contactId the contact
   * @return the campaign ids
   */
  public Set<String> campaigns(String contactId) {
    synchronized (state) {
      return Collections.unmodifiableSet(new LinkedHashSet<>(state.campaignsOf(contactId)));
    }
  }

  /**
   * Lists the workflows a contact is in.
   *
   * @param contactId the contact
   * @return the workflow ids
   */
  public Set<String> workflows(String contactId) {
    synchronized (state) {
      return Collections.unmodifiableSet(new LinkedHashSet<>(state.workflowsOf(contactId)));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T copy(T value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
      return (T) out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(copy(v)));
      return (T) out;
    }
    return value;
  }
}
