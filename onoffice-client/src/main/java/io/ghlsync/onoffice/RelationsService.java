package io.ghlsync.onoffice;

import io.ghlsync.core.RequestOptions;
import io.ghlsync.onoffice.model.RelationType;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Relations between records; the same actions unsent are in {@link RelationActions}. */
public final class RelationsService {
  private final OnOfficeClient client;

  RelationsService(OnOfficeClient client) {
    this.client = client;
  }

  /**
   * The child ids of parents.
   *
   * @param type the relation type, e.g. {@link RelationType#TASK_ADDRESS}
   * @param parentIds 1 to 500 parent ids
   * @return each parent id with its child ids
   */
  public Map<Long, List<Long>> childIds(RelationType type, Collection<Long> parentIds) {
    return client.execute(RelationActions.childIds(type, parentIds));
  }

  /**
   * The parent ids of children.
   *
   * @param type the relation type
   * @param childIds 1 to 500 child ids
   * @return each child id with its parent ids
   */
  public Map<Long, List<Long>> parentIds(RelationType type, Collection<Long> childIds) {
    return client.execute(RelationActions.parentIds(type, childIds));
  }

  /**
   * Creates relations (1:n either way).
   *
   * @param type the relation type
   * @param parentIds the parent ids
   * @param childIds the child ids
   */
  public void create(RelationType type, Collection<Long> parentIds, Collection<Long> childIds) {
    create(type, parentIds, childIds, RequestOptions.defaults());
  }

  /**
   * Creates relations (1:n either way).
   *
   * @param type the relation type
   * @param parentIds the parent ids
   * @param childIds the child ids
   * @param options per-request options (timeout, retries); onOffice has no idempotency key
   */
  public void create(
      RelationType type,
      Collection<Long> parentIds,
      Collection<Long> childIds,
      RequestOptions options) {
    client.execute(RelationActions.create(type, parentIds, childIds), options);
  }

  /**
   * Deletes one relation.
   *
   * @param type the relation type
   * @param parentId the parent id
   * @param childId the child id
   */
  public void delete(RelationType type, long parentId, long childId) {
    delete(type, parentId, childId, RequestOptions.defaults());
  }

  /**
   * Deletes one relation.
   *
   * @param type the relation type
   * @param parentId the parent id
   * @param childId the child id
   * @param options per-request options (timeout, retries); onOffice has no idempotency key
   */
  public void delete(RelationType type, long parentId, long childId, RequestOptions options) {
    client.execute(RelationActions.delete(type, parentId, childId), options);
  }
}
