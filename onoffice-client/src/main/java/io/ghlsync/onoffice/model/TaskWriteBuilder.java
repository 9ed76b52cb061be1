package io.ghlsync.onoffice.model;

import io.ghlsync.onoffice.internal.JsonValues;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What {@link NewTask.Builder} and {@link TaskChanges.Builder} share: the {@code data} object of
 * task fields and the top-level links.
 *
 * @param <B> the concrete builder
 */
abstract class TaskWriteBuilder<B extends TaskWriteBuilder<B>> {
  private final Map<String, Object> data = new LinkedHashMap<>();
  private @Nullable Long relatedAddressId;
  private @Nullable Long relatedEstateId;
  private @Nullable Boolean responsibilityByGroup;

  abstract B self();

  /**
   * Sets any task field inside {@code data}.
   *
   * @param name the field name, e.g. {@code Kommentar}
   * @param value a String, Number, Boolean or date
   * @return this builder
   */
  public B field(String name, Object value) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("task field name must not be blank");
    }
    data.put(name, JsonValues.normalize(value, "data." + name));
    return self();
  }

  /**
   * Sets {@code Betreff} (subject).
   *
   * @param value the subject
   * @return this builder
   */
  public B betreff(String value) {
    return field(TaskFields.BETREFF, value);
  }

  /**
   * Sets {@code Aufgabe} (description).
   *
   * @param value the description
   * @return this builder
   */
  public B aufgabe(String value) {
    return field(TaskFields.AUFGABE, value);
  }

  /**
   * Sets {@code Prio}.
   *
   * @param value the priority
   * @return this builder
   */
  public B prio(TaskPriority value) {
    return field(TaskFields.PRIO, value.code());
  }

  /**
   * Sets {@code Status}.
   *
   * @param value the status
   * @return this builder
   */
  public B status(TaskStatus value) {
    return field(TaskFields.STATUS, value.code());
  }

  /**
   * Sets {@code Art}, the task type id from {@code actionkindtypes} (mandatory for some customers).
   *
   * @param value the type id
   * @return this builder
   */
  public B art(int value) {
    return field(TaskFields.ART, Limits.id("Art", value));
  }

  /**
   * Sets {@code Verantwortung} (responsible user name, or group with {@code
   * responsibilityByGroup}).
   *
   * @param value the user or group name
   * @return this builder
   */
  public B verantwortung(String value) {
    return field(TaskFields.VERANTWORTUNG, value);
  }

  /**
   * Sets {@code Deadline}.
   *
   * @param value the due date-time in onOffice's local time
   * @return this builder
   */
  public B deadline(LocalDateTime value) {
    return field(TaskFields.DEADLINE, value);
  }

  /**
   * Sets {@code relatedAddressId}: the address the task belongs to.
   *
   * @param id the address id
   * @return this builder
   */
  public B relatedAddressId(long id) {
    this.relatedAddressId = Limits.id("relatedAddressId", id);
    return self();
  }

  /**
   * Sets {@code relatedEstateId}.
   *
   * @param id the estate id
   * @return this builder
   */
  public B relatedEstateId(long id) {
    this.relatedEstateId = Limits.id("relatedEstateId", id);
    return self();
  }

  /**
   * Sets {@code responsibilityByGroup}: {@code Verantwortung} names a group.
   *
   * @param value whether responsibility is by group
   * @return this builder
   */
  public B responsibilityByGroup(boolean value) {
    this.responsibilityByGroup = value;
    return self();
  }

  Map<String, Object> parameters(String what) {
    if (data.isEmpty() && relatedAddressId == null && relatedEstateId == null) {
      throw new IllegalArgumentException(what + " must set at least one field or link");
    }
    Map<String, Object> p = new TreeMap<>();
    p.put("data", java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data)));
    if (relatedAddressId != null) {
      p.put("relatedAddressId", relatedAddressId);
    }
    if (relatedEstateId != null) {
      p.put("relatedEstateId", relatedEstateId);
    }
    if (responsibilityByGroup != null) {
      p.put("responsibilityByGroup", responsibilityByGroup ? 1 : 0);
    }
    return p;
  }
}
