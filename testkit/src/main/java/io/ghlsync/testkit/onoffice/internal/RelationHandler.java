package io.ghlsync.testkit.onoffice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code get idsfromrelation}, {@code create relation} and {@code delete relation}. Relations are
 * 1:n in either direction, never n:n (219).
 */
public final class RelationHandler {
  private static final String PREFIX = "urn:onoffice-de-ns:smart:2.5:relationTypes:";

  private final OnOfficeState state;

  /**
   * Creates the handler.
   *
   * @param state the fake's state
   */
  public RelationHandler(OnOfficeState state) {
    this.state = state;
  }

  /**
   * {@code get idsfromrelation} with {@code parentids} or {@code childids}.
   *
   * @param p the parameters
   * @return one record {@code relatedIds} mapping each given id to its related ids
   */
  public ActionData ids(Map<String, Object> p) {
    String type = type(p);
    boolean byParent = p.containsKey("parentids");
    if (!byParent && !p.containsKey("childids")) {
      throw new ActionError(185, "Missing or invalid record ids");
    }
    List<Long> given = Values.longs(p.get(byParent ? "parentids" : "childids"), "ids");
    Map<String, Object> elements = new LinkedHashMap<>();
    for (long id : given) {
      List<String> related = new ArrayList<>();
      for (RelationRow r : state.relations()) {
        if (r.type().equals(type) && (byParent ? r.parent() : r.child()) == id) {
          related.add(String.valueOf(byParent ? r.child() : r.parent()));
        }
      }
      if (!related.isEmpty()) {
        elements.put(String.valueOf(id), related);
      }
    }
    Object shown = elements.isEmpty() ? List.of() : elements;
    return new ActionData(List.of(ActionData.record("relatedIds", "", shown)), 1L, true);
  }

  /**
   * {@code create relation}.
   *
   * @param p the parameters
   * @return no records
   */
  public ActionData create(Map<String, Object> p) {
    String type = type(p);
    List<Long> parents = Values.longs(p.get("parentid"), "parentid");
    List<Long> children = Values.longs(p.get("childid"), "childid");
    if (parents.isEmpty() || children.isEmpty()) {
      throw new ActionError(179, "Relation could not be created: parentid and childid required");
    }
    if (parents.size() > 1 && children.size() > 1) {
      throw new ActionError(219, "n:n relations are not allowed");
    }
    for (long parent : parents) {
      for (long child : children) {
        state.relations().add(new RelationRow(type, parent, child));
      }
    }
    return new ActionData(List.of(), null, false);
  }

  /**
   * {@code delete relation}.
   *
   * @param p the parameters
   * @return {@code success}
   */
  public ActionData delete(Map<String, Object> p) {
    String type = type(p);
    long parent = Values.longOf(p.get("parentid")).orElse(-1);
    long child = Values.longOf(p.get("childid")).orElse(-1);
    if (!state.relations().remove(new RelationRow(type, parent, child))) {
      throw new ActionError(181, "Relation does not exist");
    }
    return ActionData.written(0L, "relation", Map.of("success", "success"));
  }

  private static String type(Map<String, Object> p) {
    if (!(p.get("relationtype") instanceof String type) || !type.startsWith(PREFIX)) {
      throw new ActionError(132, "No or unknown relation given");
    }
    return type;
  }
}
