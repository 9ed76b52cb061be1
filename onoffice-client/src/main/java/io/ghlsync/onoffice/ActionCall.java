package io.ghlsync.onoffice;

import io.ghlsync.onoffice.model.ActionResult;
import java.util.function.Function;

/**
 * An unsent action together with the reader that turns its result into a value. Resource methods
 * such as {@link AddressActions#create} return these, so the same call can be sent alone ({@link
 * OnOfficeClient#execute(ActionCall)}) or with others in one request ({@link OnOfficeBatch}).
 *
 * @param action the action to send
 * @param reader reads the value from the successful result; may throw an {@code ApiException} when
 *     the result lacks what it needs
 * @param <T> the value type
 */
public record ActionCall<T>(OnOfficeAction action, Function<ActionResult, T> reader) {

  /**
   * A call whose value is the raw result.
   *
   * @param action the action
   * @return the call
   */
  public static ActionCall<ActionResult> raw(OnOfficeAction action) {
    return new ActionCall<>(action, Function.identity());
  }
}
