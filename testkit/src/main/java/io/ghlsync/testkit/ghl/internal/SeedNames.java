package io.ghlsync.testkit.ghl.internal;

import java.util.List;
import java.util.Random;

/** Word lists for realistic seeded contacts, tasks and notes (English and German). */
final class SeedNames {
  static final List<String> FIRST_NAMES =
      List.of(
          "Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannah", "Ian", "Julia",
          "Karl", "Lena", "Max", "Nina", "Oliver", "Paula", "Quentin", "Rosa", "Stefan", "Tina",
          "Uwe", "Vera", "William", "Yusuf", "Zoe", "Mia", "Noah", "Sophie", "Jonas", "Olivia");
  static final List<String> LAST_NAMES =
      List.of(
          "Müller",
          "Schmidt",
          "Schneider",
          "Fischer",
          "Weber",
          "Meyer",
          "Wagner",
          "Becker",
          "Smith",
          "Johnson",
          "Williams",
          "Brown",
          "Jones",
          "Garcia",
          "Miller",
          "Davis",
          "Wilson",
          "Taylor",
          "Anderson",
          "Hoffmann",
          "Schäfer",
          "Koch",
          "Richter",
          "Klein",
          "Wolf");
  static final List<String> DOMAINS =
      List.of("example.com", "example.org", "example.net", "mail.example.com");
  static final List<String> COMPANIES =
      List.of(
          "Acme Realty",
          "Nordlicht Immobilien",
          "Bluebird Homes",
          "Rhein Makler GmbH",
          "Summit Properties",
          "Alpen Wohnbau");
  static final List<Place> PLACES =
      List.of(
          new Place("Berlin", "BE", "10115", "DE", "Europe/Berlin", "Friedrichstraße"),
          new Place("München", "BY", "80331", "DE", "Europe/Berlin", "Marienplatz"),
          new Place("Hamburg", "HH", "20095", "DE", "Europe/Berlin", "Mönckebergstraße"),
          new Place("Austin", "TX", "73301", "US", "America/Chicago", "Congress Ave"),
          new Place("Denver", "CO", "80202", "US", "America/Denver", "Larimer St"),
          new Place("Seattle", "WA", "98101", "US", "America/Los_Angeles", "Pine St"));
  static final List<String> TAGS =
      List.of("buyer", "seller", "newsletter", "hot lead", "investor", "renter", "vip");
  static final List<String> SOURCES = List.of("public api", "website form", "facebook", "zillow");
  static final List<String> USERS =
      List.of("UsEr0000000000000001", "UsEr0000000000000002", "UsEr0000000000000003");
  static final List<String> TASK_TITLES =
      List.of(
          "Call back about the viewing",
          "Send the exposé",
          "Schedule a valuation",
          "Follow up on the offer",
          "Confirm financing");
  static final List<String> NOTE_BODIES =
      List.of(
          "Prefers contact by email after 6 pm.",
          "Looking for 3 rooms with a balcony.",
          "Budget confirmed by the bank.",
          "Met at the open house on Sunday.",
          "Wants to sell within six months.");

  private SeedNames() {}

  static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  /** A realistic address block. */
  record Place(
      String city,
      String state,
      String postalCode,
      String country,
      String timezone,
      String street) {}
}
