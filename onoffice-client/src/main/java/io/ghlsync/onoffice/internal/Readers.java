package io.ghlsync.onoffice.internal;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.ErrorDetails;
import io.ghlsync.core.Page;
import io.ghlsync.onoffice.model.ActionResult;
import io.ghlsync.onoffice.model.ResultRecord;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/** Reads values out of successful action results. */
public final class Readers {
  private Readers() {}

  /**
   * The id of the first record, as a create returns it.
   *
   * @param result the result
   * @param context what was done, for the error
   * @return the id
   * @throws ApiException if there is no numeric id
   */
  public static long createdId(ActionResult result, String context) {
    if (!result.records().isEmpty()) {
      OptionalLong id = result.records().get(0).numericId();
      if (id.isPresent() && id.getAsLong() > 0) {
        return id.getAsLong();
      }
    }
    throw unexpected(context, "the result holds no record id");
  }

  /**
   * One page of a list read at an offset.
   *
   * @param result the result
   * @param offset the {@code listoffset} sent
   * @param limit the {@code listlimit} sent
   * @param mapper maps each record
   * @param <T> item type
   * @return the page; more follow while {@code offset + size < cntabsolute} (or, without a total,
   *     while pages come back full)
   */
  public static <T> Page<T> page(
      ActionResult result, int offset, int limit, Function<ResultRecord, T> mapper) {
    List<T> items = result.records().stream().map(mapper).toList();
    boolean more =
        result.total().isPresent()
            ? offset + items.size() < result.total().getAsLong() && !items.isEmpty()
            : items.size() >= limit;
    return new Page<>(items, result.total(), more);
  }

  /**
   * An error for a successful result that lacks what the call needs.
   *
   * @param context what was done
   * @param problem what is missing
   * @return the exception
   */
  public static ApiException unexpected(String context, String problem) {
    return new ApiException(
        new ErrorDetails(200, null, List.of(problem), "unexpected onOffice result", null, context),
        false,
        null);
  }
}
