package io.ghlsync.testkit.onoffice.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Contact-data operations of {@code modify address}: {@code {"action":"add"|"modify"|"delete",
 * "oldvalue":..,"newvalue":..,"default":bool}}; modify and delete find the entry by its unique old
 * value within the key's channel.
 */
final class ContactEdits {
  private ContactEdits() {}

  static void apply(AddressRow row, String key, Object raw, OnOfficeState state) {
    if (!(raw instanceof Map<?, ?> op)) {
      throw new ActionError(82, "Invalid type of contact data for " + key);
    }
    String action = op.get("action") instanceof String a ? a : "";
    boolean makeDefault = Values.flag(op.get("default"));
    String channel = AddressHandler.channelOf(key);
    switch (action) {
      case "add" -> {
        String value = required(op.get("newvalue"), 85, "Missing value for " + key);
        add(row, key, value, makeDefault, state);
      }
      case "modify" -> {
        ContactRow found =
            unique(row, channel, required(op.get("oldvalue"), 86, "Missing identifier"));
        String value = required(op.get("newvalue"), 85, "Missing value for " + key);
        replace(row, found, found.withValue(value));
        if (makeDefault) {
          makeDefault(row, found.entryId(), channel);
        }
      }
      case "delete" -> {
        ContactRow found =
            unique(row, channel, required(op.get("oldvalue"), 86, "Missing identifier"));
        row.contacts().remove(found);
      }
      default -> throw new ActionError(82, "Invalid type of contact data action: " + action);
    }
  }

  static void add(
      AddressRow row, String key, String value, boolean makeDefault, OnOfficeState state) {
    ContactRow added = new ContactRow(state.nextEntryId(), key, value, false);
    row.contacts().add(added);
    if (makeDefault) {
      makeDefault(row, added.entryId(), AddressHandler.channelOf(key));
    }
  }

  private static void makeDefault(AddressRow row, long entryId, String channel) {
    List<ContactRow> copy = List.copyOf(row.contacts());
    for (ContactRow c : copy) {
      if (c.channel().equals(channel)) {
        replace(row, c, c.withDefault(c.entryId() == entryId));
      }
    }
  }

  private static void replace(AddressRow row, ContactRow old, ContactRow updated) {
    int i = row.contacts().indexOf(old);
    row.contacts().set(i, updated);
  }

  private static ContactRow unique(AddressRow row, String channel, String oldValue) {
    List<ContactRow> matches =
        row.contacts().stream()
            .filter(c -> c.channel().equals(channel) && c.value().equals(oldValue))
            .toList();
    if (matches.isEmpty()) {
      throw new ActionError(83, "Unknown record: no " + channel + " entry with the old value");
    }
    if (matches.size() > 1) {
      throw new ActionError(87, "Identifier is ambiguous: the old value is not unique");
    }
    return matches.get(0);
  }

  private static String required(@Nullable Object value, int code, String message) {
    if (value == null || Values.render(value).isBlank()) {
      throw new ActionError(code, message);
    }
    return Values.render(value);
  }
}
