package io.ghlsync.onoffice.model;

import java.util.List;
import java.util.OptionalLong;

/**
 * The successful result of one action, matched to it by position in the request.
 *
 * @param actionId the echoed action URN
 * @param resourceType the echoed resource type
 * @param resourceId the echoed resource id
 * @param identifier the echoed {@code identifier}
 * @param cacheable whether onOffice marked the result cacheable
 * @param total {@code data.meta.cntabsolute}: the number of matches of a list read (for tasks, only
 *     the number returned); empty for create and modify
 * @param records {@code data.records}, in response order
 */
public record ActionResult(
    String actionId,
    String resourceType,
    String resourceId,
    String identifier,
    boolean cacheable,
    OptionalLong total,
    List<ResultRecord> records) {

  /**
   * Copies the records.
   *
   * @param actionId the echoed action URN
   * @param resourceType the echoed resource type
   * @param resourceId the echoed resource id
   * @param identifier the echoed {@code identifier}
   * @param cacheable whether onOffice marked the result cacheable
   * @param total {@code data.meta.cntabsolute}, or empty for create and modify
   * @param records {@code data.records}, in response order
   */
  public ActionResult {
    records = List.copyOf(records);
  }
}
