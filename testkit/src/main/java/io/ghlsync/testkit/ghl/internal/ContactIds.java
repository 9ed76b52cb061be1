package io.ghlsync.testkit.ghl.internal;

import java.util.OptionalInt;
import java.util.Random;

/**
 * Firestore-style 20-character ids. Seeded contact ids encode their index, so a seeded contact is
 * found without any lookup table: 4 characters of location salt, 6 of index, 10 of check.
 */
public final class ContactIds {
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int INDEX_WIDTH = 6;
  private static final int SALT_WIDTH = 4;
  private static final int CHECK_WIDTH = 10;

  private ContactIds() {}

  /**
   * Mixes a 64-bit value (SplitMix64), the source of every derived id and seeded value.
   *
   * @param value the input
   * @return a well-spread hash
   */
  public static long mix(long value) {
    long z = value + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Derives a salt for a location from the fake's seed.
   *
   * @param seed the fake's seed
   * @param locationId the location
   * @return the salt
   */
  public static long salt(long seed, String locationId) {
    return mix(seed ^ mix(locationId.hashCode()));
  }

  /**
   * The id of a seeded contact.
   *
   * @param salt the location salt
   * @param index the contact's index
   * @return the 20-character id
   */
  public static String seeded(long salt, int index) {
    StringBuilder id = new StringBuilder(20);
    append(id, mix(salt), SALT_WIDTH);
    append(id, index, INDEX_WIDTH);
    append(id, mix(salt ^ mix(index)), CHECK_WIDTH);
    return id.toString();
  }

  /**
   * Decodes a seeded contact id.
   *
   * @param salt the location salt
   * @param id the id
   * @return the index, if the id is a seeded id of this location
   */
  public static OptionalInt seededIndex(long salt, String id) {
    if (id.length() != SALT_WIDTH + INDEX_WIDTH + CHECK_WIDTH) {
      return OptionalInt.empty();
    }
    long index = 0;
    for (int i = SALT_WIDTH; i < SALT_WIDTH + INDEX_WIDTH; i++) {
      int digit = ALPHABET.indexOf(id.charAt(i));
      if (digit < 0) {
        return OptionalInt.empty();
      }
      index = index * ALPHABET.length() + digit;
    }
    if (index > Integer.MAX_VALUE || !seeded(salt, (int) index).equals(id)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) index);
  }

  /**
   * A derived id, e.g. for the n-th seeded task of a contact.
   *
   * @param salt the location salt
   * @param kind what the id is for
   * @param index the owner's index
   * @param n the position under the owner
   * @return the 20-character id
   */
  public static String derived(long salt, String kind, int index, int n) {
    StringBuilder id = new StringBuilder(20);
    long h = mix(salt ^ mix(kind.hashCode() * 31L + index) ^ (n * 0x2545F4914F6CDD1DL));
    append(id, h, 10);
    append(id, mix(h), 10);
    return id.toString();
  }

  /**
   * A random id for something created through the API.
   *
   * @param random the generator
   * @return the 20-character id
   */
  public static String random(Random random) {
    StringBuilder id = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }

  private static void append(StringBuilder out, long value, int width) {
    char[] chars = new char[width];
    long rest = value;
    for (int i = width - 1; i >= 0; i--) {
      chars[i] = ALPHABET.charAt((int) Math.floorMod(rest, (long) ALPHABET.length()));
      rest = Math.floorDiv(rest, (long) ALPHABET.length());
      if (rest < 0) {
        rest = -rest;
      }
    }
    out.append(chars);
  }
}
