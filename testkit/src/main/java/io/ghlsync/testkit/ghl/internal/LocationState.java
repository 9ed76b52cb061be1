package io.ghlsync.testkit.ghl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Everything one GHL location (sub-account) holds: contacts, tasks, notes, the campaign, workflow
 * and business catalogues, memberships, appointments and the duplicate-contact settings. Request
 * handlers lock the instance ({@code synchronized (location)}) for the whole request.
 */
public final class LocationState {
  private final String id;
  private final ContactStore contacts = new ContactStore();
  private final ActivityStore tasks = new ActivityStore(contacts, SeededContacts::tasks);
  private final ActivityStore notes = new ActivityStore(contacts, SeededContacts::notes);
  private final Set<String> campaigns = new LinkedHashSet<>();
  private final Set<String> workflows = new LinkedHashSet<>();
  private final Map<String, String> businesses = new LinkedHashMap<>();
  private final Map<String, Set<String>> campaignMembership = new HashMap<>();
  private final Map<String, Set<String>> workflowMembership = new HashMap<>();
  private final Map<String, Map<String, Object>> appointments = new LinkedHashMap<>();
  private final Random random;
  private boolean allowDuplicates;
  private List<String> matchOrder = List.of("email", "phone");

  /**
   * Creates an empty location.
   *
   * @param id the location id
   * @param salt the salt for generated ids
   */
  public LocationState(String id, long salt) {
    this.id = id;
    this.random = new Random(salt);
  }

  /**
   * Returns the location id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the contacts.
   *
   * @return the store
   */
  public ContactStore contacts() {
    return contacts;
  }

  /**
   * Returns the tasks.
   *
   * @return the store
   */
  public ActivityStore tasks() {
    return tasks;
  }

  /**
   * Returns the notes.
   *
   * @return the store
   */
  public ActivityStore notes() {
    return notes;
  }

  /**
   * Returns the known campaign ids (mutable).
   *
   * @return the ids
   */
  public Set<String> campaigns() {
    return campaigns;
  }

  /**
   * Returns the known workflow ids (mutable).
   *
   * @return the ids
   */
  public Set<String> workflows() {
    return workflows;
  }

  /**
   * Returns the known businesses, name by id (mutable).
   *
   * @return the businesses
   */
  public Map<String, String> businesses() {
    return businesses;
  }

  /**
   * Returns the campaigns a contact is in (mutable).
   *
   * @param contactId the contact
   * @return the campaign ids
   */
  public Set<String> campaignsOf(String contactId) {
    return campaignMembership.computeIfAbsent(contactId, k -> new LinkedHashSet<>());
  }

  /**
   * Returns the workflows a contact is in (mutable).
   *
   * @param contactId the contact
   * @return the workflow ids
   */
  public Set<String> workflowsOf(String contactId) {
    return workflowMembership.computeIfAbsent(contactId, k -> new LinkedHashSet<>());
  }

  /**
   * Returns the appointments by id (mutable).
   *
   * @return the appointments
   */
  public Map<String, Map<String, Object>> appointments() {
    return appointments;
  }

  /**
   * Lists a contact's appointments.
   *
   * @param contactId the contact
   * @return the appointments
   */
  public List<Map<String, Object>> appointmentsOf(String contactId) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> appointment : appointments.values()) {
      if (contactId.equals(appointment.get("contactId"))) {
        out.add(appointment);
      }
    }
    return out;
  }

  /**
   * Makes a new random id.
   *
   * @return a 20-character id
   */
  public String newId() {
    return ContactIds.random(random);
  }

  /**
   * Tells whether the location's "Allow Duplicate Contact" setting is on.
   *
   * @return the setting
   */
  public boolean allowDuplicates() {
    return allowDuplicates;
  }

  /**
   * Changes the "Allow Duplicate Contact" setting.
   *
   * @param allow the new setting
   */
  public void allowDuplicates(boolean allow) {
    this.allowDuplicates = allow;
  }

  /**
   * Returns the order in which upsert and duplicate lookup match fields.
   *
   * @return e.g. {@code [email, phone]}
   */
  public List<String> matchOrder() {
    return matchOrder;
  }

  /**
   * Changes the match order.
   *
   * @param order a permutation of {@code email} and {@code phone} (or just one of them)
   */
  public void matchOrder(List<String> order) {
    this.matchOrder = List.copyOf(order);
  }
}
