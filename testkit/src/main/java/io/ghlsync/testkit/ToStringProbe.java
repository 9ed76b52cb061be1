package io.ghlsync.testkit;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks that the {@code toString} of every public record in a package leaks no personal data: each
 * record is built through its canonical constructor with a marker string in every text component
 * (nested records, optionals, lists and maps included), and any marker that shows up in {@code
 * toString} for a component whose name is not harmless is reported.
 *
 * <p>Example: {@code ToStringProbe.scan("io.ghlsync.ghl.model", Redaction::isHarmless)}.
 */
public final class ToStringProbe {
  private static final Pattern MARKER = Pattern.compile("~([A-Za-z0-9_$]+)\\.([A-Za-z0-9_]+)~");

  private final Predicate<String> harmless;
  private final Set<String> leaks = new TreeSet<>();
  private final Set<String> probed = new TreeSet<>();
  private final Set<String> skipped = new TreeSet<>();

  private ToStringProbe(Predicate<String> harmless) {
    this.harmless = harmless;
  }

  /**
   * Probes every public record of a package (not its sub-packages).
   *
   * @param packageName e.g. {@code io.ghlsync.ghl.model}
   * @param harmless which component names may appear in clear (ids, dates, status)
   * @return what was probed, what leaked and what could not be built
   */
  public static Report scan(String packageName, Predicate<String> harmless) {
    ToStringProbe probe = new ToStringProbe(harmless);
    for (Class<?> type : publicRecords(packageName)) {
      probe.probe(type);
    }
    return new Report(
        List.copyOf(probe.probed), List.copyOf(probe.leaks), List.copyOf(probe.skipped));
  }

  /**
   * What a scan found.
   *
   * @param probed records built and checked
   * @param leaks {@code Record.component} names whose marker appeared in a {@code toString}
   * @param skipped records that could not be built with markers (with the reason)
   */
  public record Report(List<String> probed, List<String> leaks, List<String> skipped) {}

  private void probe(Class<?> type) {
    Object instance;
    try {
      instance = build(type, 0);
    } catch (ReflectiveOperationException | RuntimeException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      skipped.add(type.getSimpleName() + ": " + cause);
      return;
    }
    if (instance == null) {
      skipped.add(type.getSimpleName() + ": not buildable");
      return;
    }
    probed.add(type.getSimpleName());
    Matcher m = MARKER.matcher(String.valueOf(instance));
    while (m.find()) {
      if (!harmless.test(m.group(2))) {
        leaks.add(m.group(1) + "." + m.group(2));
      }
    }
  }

  private @Nullable Object build(Class<?> type, int depth) throws ReflectiveOperationException {
    if (depth > 4) {
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      String marker = "~" + type.getSimpleName() + "." + components[i].getName() + "~";
      args[i] = sample(components[i].getGenericType(), marker, depth);
    }
    Constructor<?> c = type.getDeclaredConstructor(types);
    c.setAccessible(true);
    return c.newInstance(args);
  }

  private @Nullable Object sample(Type type, String marker, int depth)
      throws ReflectiveOperationException {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) {
        return Optional.ofNullable(sample(args[0], marker, depth));
      }
      if (Map.class.isAssignableFrom(raw)) {
        Object value = sample(args[1], marker, depth);
        Object key = sample(args[0], "key", depth);
        Map<Object, Object> map = new java.util.TreeMap<>();
        if (key != null && value != null) {
          map.put(key, value);
        }
        return raw == Map.class ? Map.copyOf(map) : map;
      }
      if (Collection.class.isAssignableFrom(raw)) {
        Object item = sample(args[0], marker, depth);
        return item == null ? List.of() : raw == Set.class ? Set.of(item) : List.of(item);
      }
      return sample(raw, marker, depth);
    }
    if (!(type instanceof Class<?> c)) {
      return marker;
    }
    return sampleOf(c, marker, depth);
  }

  private @Nullable Object sampleOf(Class<?> c, String marker, int depth)
      throws ReflectiveOperationException {
    if (c == String.class || c == Object.class || c == CharSequence.class) {
      return marker;
    }
    if (c == int.class || c == Integer.class) {
      return 7;
    }
    if (c == long.class || c == Long.class) {
      return 7L;
    }
    if (c == double.class || c == Double.class) {
      return 7.0;
    }
    if (c == boolean.class || c == Boolean.class) {
      return true;
    }
    if (c == Instant.class) {
      return Instant.EPOCH;
    }
    if (c == LocalDate.class) {
      return LocalDate.EPOCH;
    }
    if (c == LocalDateTime.class) {
      return LocalDateTime.of(2026, 1, 1, 0, 0);
    }
    if (c == OffsetDateTime.class) {
      return OffsetDateTime.parse("2026-01-01T00:00:00Z");
    }
    if (c == ZonedDateTime.class) {
      return ZonedDateTime.parse("2026-01-01T00:00:00Z");
    }
    if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return constants.length == 0 ? null : constants[0];
    }
    if (c.isRecord()) {
      return build(c, depth + 1);
    }
    if (c == java.math.BigDecimal.class || c == Number.class) {
      return java.math.BigDecimal.valueOf(7);
    }
    if (c.isSealed()) {
      for (Class<?> sub : c.getPermittedSubclasses()) {
        if (sub.isRecord()) {
          return build(sub, depth + 1);
        }
      }
    }
    if (c == List.class || c == Collection.class) {
      return List.of(marker);
    }
    if (c == Map.class) {
      return Map.of("key", marker);
    }
    return null;
  }

  private static List<Class<?>> publicRecords(String packageName) {
    String path = packageName.replace('.', '/');
    List<Class<?>> out = new ArrayList<>();
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      Enumeration<URL> roots = loader.getResources(path);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (!"file".equals(root.getProtocol())) {
          continue;
        }
        File[] files = new File(root.toURI()).listFiles();
        if (files == null) {
          continue;
        }
        for (File f : files) {
          String name = f.getName();
          if (name.endsWith(".class") && !name.matches(".*\\$[0-9].*")) {
            Class<?> type = Class.forName(packageName + "." + name.replace(".class", ""));
            if (type.isRecord() && Modifier.isPublic(type.getModifiers())) {
              out.add(type);
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot list the classes of " + packageName, e);
    }
    return out;
  }
}
