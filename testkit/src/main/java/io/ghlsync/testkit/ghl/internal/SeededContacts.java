package io.ghlsync.testkit.ghl.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;

/**
 * A block of N contacts that exist without being stored: each contact, with its tasks and notes, is
 * generated from (seed, location, index) whenever it is read, the same every time. Contact {@code
 * i} was added at {@code firstAdded + i} minutes, so the block is ordered by dateAdded and by index
 * alike. Emails ({@code first.last<i>@domain}) and phones ({@code ...<7-digit i>}) encode the index
 * so duplicate lookups need no table either.
 */
public final class SeededContacts {
  private static final long STEP_MILLIS = 60_000L;
  private static final int PHONE_DIGITS = 7;

  private final String locationId;
  private final long salt;
  private final int count;
  private final long firstAddedMillis;
  private final int tasksPerContact;
  private final int notesPerContact;

  /**
   * Defines a block whose contacts have 0 to 2 tasks and 0 to 2 notes each.
   *
   * @param locationId the location the contacts belong to
   * @param salt the location salt
   * @param count how many contacts
   * @param firstAdded when contact 0 was added
   */
  public SeededContacts(String locationId, long salt, int count, Instant firstAdded) {
    this(locationId, salt, count, firstAdded, VARYING, VARYING);
  }

  /** Children per contact that vary from 0 to 2 with the index. */
  public static final int VARYING = -1;

  /**
   * Defines a block.
   *
   * @param locationId the location the contacts belong to
   * @param salt the location salt
   * @param count how many contacts
   * @param firstAdded when contact 0 was added
   * @param tasksPerContact tasks of every contact, or {@link #VARYING}
   * @param notesPerContact notes of every contact, or {@link #VARYING}
   */
  public SeededContacts(
      String locationId,
      long salt,
      int count,
      Instant firstAdded,
      int tasksPerContact,
      int notesPerContact) {
    this.locationId = locationId;
    this.salt = salt;
    this.count = count;
    this.firstAddedMillis = firstAdded.toEpochMilli();
    this.tasksPerContact = tasksPerContact;
    this.notesPerContact = notesPerContact;
  }

  /**
   * Returns how many contacts the block holds.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * Returns the id of a contact.
   *
   * @param index the index
   * @return the id
   */
  public String id(int index) {
    return ContactIds.seeded(salt, index);
  }

  /**
   * Decodes an id of this block.
   *
   * @param id the id
   * @return the index, if the id belongs to the block
   */
  public OptionalInt indexOf(String id) {
    OptionalInt index = ContactIds.seededIndex(salt, id);
    return index.isPresent() && index.getAsInt() < count ? index : OptionalInt.empty();
  }

  /**
   * Returns when a contact was added, in epoch milliseconds.
   *
   * @param index the index
   * @return the time
   */
  public long addedMillis(int index) {
    return firstAddedMillis + index * STEP_MILLIS;
  }

  /**
   * Returns the first index added at or after a time.
   *
   * @param millis epoch milliseconds
   * @return an index from 0 to {@link #count()}
   */
  public int firstIndexAtOrAfter(long millis) {
    if (millis <= firstAddedMillis) {
      return 0;
    }
    long index = Math.floorDiv(millis - firstAddedMillis + STEP_MILLIS - 1, STEP_MILLIS);
    return (int) Math.min(index, count);
  }

  /**
   * Finds the contact whose generated email this is.
   *
   * @param emailLower the email in lower case
   * @return the index, if a contact of the block was generated with this email
   */
  public OptionalInt indexByEmail(String emailLower) {
    int at = emailLower.indexOf('@');
    int end = at;
    while (end > 0 && Character.isDigit(emailLower.charAt(end - 1))) {
      end--;
    }
    if (at < 0 || end == at || at - end > 9) {
      return OptionalInt.empty();
    }
    int index = Integer.parseInt(emailLower.substring(end, at));
    return index < count && email(index).equals(emailLower)
        ? OptionalInt.of(index)
        : OptionalInt.empty();
  }

  /**
   * Finds the contact whose generated phone this is.
   *
   * @param phone the phone in E.164
   * @return the index, if a contact of the block was generated with this phone
   */
  public OptionalInt indexByPhone(String phone) {
    if (phone.length() <= PHONE_DIGITS) {
      return OptionalInt.empty();
    }
    String digits = phone.substring(phone.length() - PHONE_DIGITS);
    if (!digits.chars().allMatch(Character::isDigit)) {
      return OptionalInt.empty();
    }
    int index = Integer.parseInt(digits);
    return index < count && phone.equals(phone(index))
        ? OptionalInt.of(index)
        : OptionalInt.empty();
  }

  /**
   * Generates a contact in the read-model shape.
   *
   * @param index the index
   * @return a new mutable map
   */
  public Map<String, Object> contact(int index) {
    Random random = random(index, 1);
    String first = SeedNames.pick(SeedNames.FIRST_NAMES, random);
    String last = SeedNames.pick(SeedNames.LAST_NAMES, random);
    SeedNames.Place place = SeedNames.pick(SeedNames.PLACES, random);
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("id", id(index));
    contact.put("locationId", locationId);
    contact.put("firstName", first);
    contact.put("lastName", last);
    contact.put("email", email(index));
    String phone = phone(index);
    if (!phone.isEmpty()) {
      contact.put("phone", phone);
    }
    if (index % 3 == 0) {
      contact.put("companyName", SeedNames.pick(SeedNames.COMPANIES, random));
    }
    contact.put("address1", (1 + random.nextInt(120)) + " " + place.street());
    contact.put("city", place.city());
    contact.put("state", place.state());
    contact.put("postalCode", place.postalCode());
    contact.put("country", place.country());
    contact.put("timezone", place.timezone());
    contact.put("source", SeedNames.pick(SeedNames.SOURCES, random));
    contact.put("type", index % 4 == 0 ? "customer" : "lead");
    contact.put("dnd", false);
    contact.put("assignedTo", SeedNames.pick(SeedNames.USERS, random));
    List<String> tags = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      String tag = SeedNames.pick(SeedNames.TAGS, random);
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    contact.put("tags", tags);
    contact.put("customFields", new ArrayList<>());
    contact.put("followers", new ArrayList<>());
    contact.put("dateAdded", Dates.format(Instant.ofEpochMilli(addedMillis(index))));
    contact.put(
        "dateUpdated",
        Dates.format(Instant.ofEpochMilli(addedMillis(index) + random.nextInt(50_000))));
    return contact;
  }

  /**
   * Generates a contact's tasks (the fixed number, or 0 to 2).
   *
   * @param index the contact's index
   * @return new mutable task maps
   */
  public List<Map<String, Object>> tasks(int index) {
    Random random = random(index, 2);
    List<Map<String, Object>> tasks = new ArrayList<>();
    int many = tasksPerContact == VARYING ? index % 3 : tasksPerContact;
    for (int n = 0; n < many; n++) {
      Map<String, Object> task = new LinkedHashMap<>();
      task.put("id", ContactIds.derived(salt, "task", index, n));
      task.put("title", SeedNames.pick(SeedNames.TASK_TITLES, random));
      task.put("body", "Seeded task " + (n + 1) + " for " + id(index));
      task.put("assignedTo", SeedNames.pick(SeedNames.USERS, random));
      long due = addedMillis(index) + (n + 1) * 86_400_000L;
      task.put("dueDate", Dates.format(Instant.ofEpochMilli(due)));
      task.put("completed", (index + n) % 4 == 0);
      task.put("contactId", id(index));
      task.put("dateAdded", Dates.format(Instant.ofEpochMilli(addedMillis(index) + 1000L * n)));
      tasks.add(task);
    }
    return tasks;
  }

  /**
   * Generates a contact's notes (the fixed number, or 0 to 2).
   *
   * @param index the contact's index
   * @return new mutable note maps
   */
  public List<Map<String, Object>> notes(int index) {
    Random random = random(index, 3);
    List<Map<String, Object>> notes = new ArrayList<>();
    int many = notesPerContact == VARYING ? (index / 3) % 3 : notesPerContact;
    for (int n = 0; n < many; n++) {
      Map<String, Object> note = new LinkedHashMap<>();
      note.put("id", ContactIds.derived(salt, "note", index, n));
      note.put("body", SeedNames.pick(SeedNames.NOTE_BODIES, random));
      note.put("userId", SeedNames.pick(SeedNames.USERS, random));
      note.put(
          "dateAdded", Dates.format(Instant.ofEpochMilli(addedMillis(index) + 2000L * (n + 1))));
      note.put("contactId", id(index));
      notes.add(note);
    }
    return notes;
  }

  private String email(int index) {
    Random random = random(index, 1);
    String first = SeedNames.pick(SeedNames.FIRST_NAMES, random);
    String last = SeedNames.pick(SeedNames.LAST_NAMES, random);
    String domain = SeedNames.DOMAINS.get(index % SeedNames.DOMAINS.size());
    return (ascii(first) + "." + ascii(last) + index + "@" + domain).toLowerCase(Locale.ROOT);
  }

  private static String phone(int index) {
    if (index >= 10_000_000) {
      return "";
    }
    String digits = String.format(Locale.ROOT, "%07d", index);
    return index % 2 == 0 ? "+1555" + digits : "+49151" + digits;
  }

  private static String ascii(String name) {
    return name.replace("ü", "ue").replace("ä", "ae").replace("ö", "oe").replace("ß", "ss");
  }

  private Random random(int index, int stream) {
    return new Random(ContactIds.mix(salt ^ ContactIds.mix(index * 8L + stream)));
  }
}
