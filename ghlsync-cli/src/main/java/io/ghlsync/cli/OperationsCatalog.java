package io.ghlsync.cli;

import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.oauth.OAuthService;
import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.onoffice.ActionCall;
import io.ghlsync.onoffice.ActivityActions;
import io.ghlsync.onoffice.AddressActions;
import io.ghlsync.onoffice.RelationActions;
import io.ghlsync.onoffice.TaskActions;
import io.ghlsync.optmyzr.OptmyzrClient;
import io.ghlsync.sync.SyncEngine;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The catalog of every action and trigger the SDK offers, generated from the code when asked for,
 * so it cannot drift from it: the GHL operations from the client's operation table (method, path,
 * scope) joined with the public service methods that call each one ({@link ServiceMethods} reads
 * that from the compiled classes), the webhook events from the sealed {@link WebhookEvent}
 * hierarchy, the onOffice actions from the {@code *Actions} factories, the Optmyzr calls from the
 * client's services, and the engine's actions from {@link SyncEngine}.
 */
final class OperationsCatalog {
  /** Engine members that describe the engine rather than act. */
  private static final Set<String> ENGINE_ACCESSORS =
      Set.of("name", "targetName", "targetNames", "mapping", "store", "close", "queueStats");

  private OperationsCatalog() {}

  /**
   * Every entry.
   *
   * @return the entries, grouped by kind
   */
  static List<Map<String, Object>> entries() {
    List<Map<String, Object>> out = new ArrayList<>();
    Map<GhlOperation, List<String>> methods = ServiceMethods.ofGhlClient();
    for (GhlOperation op : GhlOperation.values()) {
      String[] methodAndPath = op.label().split(" ", 2);
      Map<String, Object> e = entry("ghl-operation", camel(op.name()));
      e.put("method", methodAndPath[0]);
      e.put("path", methodAndPath[1]);
      e.put("scope", op.scope().value());
      e.put("sdk", methods.getOrDefault(op, List.of()));
      out.add(e);
    }
    // OAuth calls are not Contacts API operations: listed with their SDK method only.
    for (String name : names(OAuthService.class)) {
      Map<String, Object> e = entry("ghl-oauth-action", "oauth()." + name);
      e.put("sdk", List.of("oauth()." + name));
      out.add(e);
    }
    for (Class<?> event : leaves(WebhookEvent.class)) {
      if (event == WebhookEvent.UnknownEvent.class) {
        continue;
      }
      Map<String, Object> e = entry("ghl-webhook-trigger", event.getSimpleName());
      e.put("family", event.getInterfaces()[0].getSimpleName());
      e.put(
          "queuesSync",
          WebhookEvent.ContactEvent.class.isAssignableFrom(event)
              || WebhookEvent.TaskEvent.class.isAssignableFrom(event)
              || WebhookEvent.NoteEvent.class.isAssignableFrom(event));
      out.add(e);
    }
    for (Class<?> actions :
        List.of(
            AddressActions.class,
            TaskActions.class,
            ActivityActions.class,
            RelationActions.class)) {
      for (Method m : publicMethods(actions)) {
        if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == ActionCall.class) {
          Map<String, Object> e =
              entry("onoffice-action", actions.getSimpleName() + "." + m.getName());
          e.put("resource", resource(actions));
          out.add(e);
        }
      }
    }
    for (Method accessor : publicMethods(OptmyzrClient.class)) {
      if (accessor.getParameterCount() == 0
          && accessor.getReturnType().getPackage() == OptmyzrClient.class.getPackage()
          && accessor.getReturnType().getSimpleName().endsWith("Service")) {
        for (String name : names(accessor.getReturnType())) {
          out.add(entry("optmyzr-action", accessor.getName() + "()." + name));
        }
      }
    }
    for (String name : names(SyncEngine.class)) {
      if (!ENGINE_ACCESSORS.contains(name)) {
        out.add(entry("engine-action", name));
      }
    }
    return out;
  }

  /**
   * The public methods of GhlClient's services, as {@code service().method}.
   *
   * @return e.g. {@code contacts().get}
   */
  static Set<String> ghlServiceMethods() {
    Set<String> out = new TreeSet<>();
    for (Method accessor : publicMethods(GhlClient.class)) {
      Class<?> service = accessor.getReturnType();
      if (accessor.getParameterCount() == 0 && service.getSimpleName().endsWith("Service")) {
        for (String name : names(service)) {
          out.add(accessor.getName() + "()." + name);
        }
      }
    }
    return out;
  }

  private static Map<String, Object> entry(String kind, String name) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("kind", kind);
    e.put("name", name);
    return e;
  }

  private static Set<String> names(Class<?> type) {
    return publicMethods(type).stream()
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .map(Method::getName)
        .filter(n -> !n.equals("close"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Method> publicMethods(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .filter(m -> !Set.of("toString", "equals", "hashCode").contains(m.getName()))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  private static List<Class<?>> leaves(Class<?> sealed) {
    List<Class<?>> out = new ArrayList<>();
    Class<?>[] permitted = sealed.getPermittedSubclasses();
    if (permitted == null) {
      out.add(sealed);
      return out;
    }
    for (Class<?> c : permitted) {
      out.addAll(leaves(c));
    }
    return out;
  }

  private static String resource(Class<?> actions) {
    try {
      return String.valueOf(actions.getField("RESOURCE").get(null));
    } catch (ReflectiveOperationException e) {
      return "";
    }
  }

  /** {@code CONTACTS_FIND_DUPLICATE} becomes {@code contactsFindDuplicate}. */
  static String camel(String constant) {
    StringBuilder b = new StringBuilder();
    for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
      b.append(b.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return b.toString();
  }
}
