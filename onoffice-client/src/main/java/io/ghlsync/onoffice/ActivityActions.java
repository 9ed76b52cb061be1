package io.ghlsync.onoffice;

import io.ghlsync.core.Page;
import io.ghlsync.onoffice.internal.Readers;
import io.ghlsync.onoffice.model.Activity;
import io.ghlsync.onoffice.model.ActivityQuery;
import io.ghlsync.onoffice.model.NewActivity;

/**
 * Agents-log actions as unsent {@link ActionCall}s; {@link ActivitiesService} sends them one at a
 * time.
 */
public final class ActivityActions {
  /** The {@code resourcetype} of the agents log. */
  public static final String RESOURCE = "agentslog";

  private ActivityActions() {}

  /**
   * Creates an entry (one per address in {@code addressids}).
   *
   * @param activity the entry
   * @return the call; the value is the id onOffice returns in {@code records[0]}
   */
  public static ActionCall<Long> create(NewActivity activity) {
    OnOfficeAction action =
        OnOfficeAction.builder(ActionType.CREATE, RESOURCE)
            .parameters(activity.toParameters())
            .build();
    return new ActionCall<>(action, r -> Readers.createdId(r, action.describe()));
  }

  /**
   * Reads one page of entries.
   *
   * @param query addresses, fields, filter, sorting, paging
   * @return the call
   */
  public static ActionCall<Page<Activity>> list(ActivityQuery query) {
    OnOfficeAction action =
        OnOfficeAction.builder(ActionType.READ, RESOURCE).parameters(query.toParameters()).build();
    return new ActionCall<>(
        action, r -> Readers.page(r, query.listoffset(), query.listlimit(), Activity::from));
  }
}
