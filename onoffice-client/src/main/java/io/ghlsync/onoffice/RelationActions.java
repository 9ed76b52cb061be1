package io.ghlsync.onoffice;

import io.ghlsync.onoffice.internal.FieldValues;
import io.ghlsync.onoffice.model.ActionResult;
import io.ghlsync.onoffice.model.Limits;
import io.ghlsync.onoffice.model.RecordFields;
import io.ghlsync.onoffice.model.RelationType;
import io.ghlsync.onoffice.model.ResultRecord;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Relation actions as unsent {@link ActionCall}s; {@link RelationsService} sends them one at a
 * time.
 */
public final class RelationActions {
  /** The {@code resourcetype} for reading related ids. */
  public static final String IDS_RESOURCE = "idsfromrelation";

  /** The {@code resourcetype} for creating and deleting relations. */
  public static final String RESOURCE = "relation";

  private RelationActions() {}

  /**
   * Reads the child ids of parents ({@code get idsfromrelation} by parent ids).
   *
   * @param type the relation type
   * @param parentIds 1 to 500 parent ids
   * @return the call; the value maps each parent id to its child ids (parents without children may
   *     be missing)
   */
  public static ActionCall<Map<Long, List<Long>>> childIds(
      RelationType type, Collection<Long> parentIds) {
    return ids(type, "parentids", parentIds);
  }

  /**
   * Reads the parent ids of children ({@code get idsfromrelation} by child ids).
   *
   * @param type the relation type
   * @param childIds 1 to 500 child ids
   * @return the call; the value maps each child id to its parent ids
   */
  public static ActionCall<Map<Long, List<Long>>> parentIds(
      RelationType type, Collection<Long> childIds) {
    return ids(type, "childids", childIds);
  }

  /**
   * Creates relations between parents and children; 1:n either way, never n:n.
   *
   * @param type the relation type
   * @param parentIds the parent ids
   * @param childIds the child ids
   * @return the call
   * @throws IllegalArgumentException naming {@code childid} when both sides hold several ids
   */
  public static ActionCall<ActionResult> create(
      RelationType type, Collection<Long> parentIds, Collection<Long> childIds) {
    List<Long> parents = Limits.ids("parentid", parentIds);
    List<Long> children = Limits.ids("childid", childIds);
    if (parents.size() > 1 && children.size() > 1) {
      throw new IllegalArgumentException(
          "childid must hold one id when parentid holds several: onOffice forbids n:n relations");
    }
    return ActionCall.raw(
        OnOfficeAction.builder(ActionType.CREATE, RESOURCE)
            .parameter("relationtype", type.urn())
            .parameter("parentid", parents)
            .parameter("childid", children)
            .build());
  }

  /**
   * Deletes one relation.
   *
   * @param type the relation type
   * @param parentId the parent id
   * @param childId the child id
   * @return the call
   */
  public static ActionCall<ActionResult> delete(RelationType type, long parentId, long childId) {
    return ActionCall.raw(
        OnOfficeAction.builder(ActionType.DELETE, RESOURCE)
            .parameter("relationtype", type.urn())
            .parameter("parentid", Limits.id("parentid", parentId))
            .parameter("childid", Limits.id("childid", childId))
            .build());
  }

  private static ActionCall<Map<Long, List<Long>>> ids(
      RelationType type, String side, Collection<Long> ids) {
    OnOfficeAction action =
        OnOfficeAction.builder(ActionType.GET, IDS_RESOURCE)
            .parameter("relationtype", type.urn())
            .parameter(side, Limits.ids(side, ids))
            .build();
    return new ActionCall<>(action, RelationActions::readIds);
  }

  private static Map<Long, List<Long>> readIds(ActionResult result) {
    Map<Long, List<Long>> out = new LinkedHashMap<>();
    for (ResultRecord record : result.records()) {
      RecordFields elements = record.elements();
      for (String key : elements.asMap().keySet()) {
        OptionalLong given = FieldValues.longValue(key);
        if (given.isPresent()) {
          out.put(
              given.getAsLong(),
              elements.strings(key).stream()
                  .map(FieldValues::longValue)
                  .filter(OptionalLong::isPresent)
                  .map(OptionalLong::getAsLong)
                  .toList());
        }
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
