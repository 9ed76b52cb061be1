package io.ghlsync.onoffice.internal;

import io.ghlsync.onoffice.OnOfficeAction;
import java.util.List;

/**
 * The unsigned actions of one request, carried as an OkHttp tag. {@link SigningInterceptor} turns
 * them into the signed JSON body on every attempt.
 *
 * @param actions the actions, in request order
 */
public record PendingActions(List<OnOfficeAction> actions) {
  /** Copies the actions. */
  public PendingActions {
    actions = List.copyOf(actions);
  }
}
