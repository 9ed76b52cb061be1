package io.ghlsync.onoffice;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.onoffice.internal.ActionSender;
import io.ghlsync.onoffice.model.ActionResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Several actions sent in one HTTP request (or, beyond the client's {@code maxActionsPerRequest},
 * in as few requests as that allows, in order). Each action gets its own outcome; one failure does
 * not hide the others' results. A batch runs once.
 *
 * <p>Example:
 *
 * <pre>{@code
 * OnOfficeBatch batch = client.batch();
 * BatchEntry<Long> id = batch.add(AddressActions.create(newAddress));
 * batch.add(TaskActions.update(taskId, changes));
 * batch.execute();
 * long created = id.get(); // or throws that action's error
 * }</pre>
 */
public final class OnOfficeBatch {
  private final ActionSender sender;
  private final List<BatchEntry<?>> entries = new ArrayList<>();
  private boolean executed;

  OnOfficeBatch(ActionSender sender) {
    this.sender = sender;
  }

  /**
   * Adds a call.
   *
   * @param call the call, e.g. from {@link AddressActions}
   * @param <T> its value type
   * @return the entry that will hold its outcome
   * @throws IllegalStateException if the batch already ran
   */
  public <T> BatchEntry<T> add(ActionCall<T> call) {
    if (executed) {
      throw new IllegalStateException("this batch already ran; start a new one with batch()");
    }
    BatchEntry<T> entry = new BatchEntry<>(entries.size(), call);
    entries.add(entry);
    return entry;
  }

  /**
   * Adds a raw action whose value is its result.
   *
   * @param action the action
   * @return the entry
   */
  public BatchEntry<ActionResult> add(OnOfficeAction action) {
    return add(ActionCall.raw(action));
  }

  /**
   * The number of actions added.
   *
   * @return the number of entries
   */
  public int size() {
    return entries.size();
  }

  /**
   * Sends every action and completes the entries.
   *
   * @return the outcomes by position
   * @throws IllegalStateException if the batch is empty or already ran
   */
  public BatchResult execute() {
    return execute(RequestOptions.defaults());
  }

  /**
   * Sends every action with per-request options (they apply to each HTTP request of the batch) and
   * completes the entries.
   *
   * @param options per-request options (timeout, retries); onOffice has no idempotency key
   * @return the outcomes by position
   * @throws IllegalStateException if the batch is empty or already ran
   */
  public BatchResult execute(RequestOptions options) {
    if (executed) {
      throw new IllegalStateException("this batch already ran; start a new one with batch()");
    }
    if (entries.isEmpty()) {
      throw new IllegalStateException("batch has no actions; add at least one before execute()");
    }
    executed = true;
    List<OnOfficeAction> actions = new ArrayList<>(entries.size());
    entries.forEach(e -> actions.add(e.call().action()));
    List<ActionOutcome<ActionResult>> raw = sender.send(actions, options);
    List<ActionOutcome<?>> outcomes = new ArrayList<>(raw.size());
    for (int i = 0; i < entries.size(); i++) {
      outcomes.add(complete(entries.get(i), raw.get(i)));
    }
    return new BatchResult(outcomes);
  }

  static <T> ActionOutcome<T> read(ActionCall<T> call, ActionOutcome<ActionResult> raw) {
    if (raw instanceof ActionOutcome.Failed<ActionResult> f) {
      return new ActionOutcome.Failed<>(f.error());
    }
    try {
      return new ActionOutcome.Succeeded<>(call.reader().apply(raw.getOrThrow()));
    } catch (ApiException e) {
      return new ActionOutcome.Failed<>(e);
    }
  }

  private static <T> ActionOutcome<T> complete(
      BatchEntry<T> entry, ActionOutcome<ActionResult> raw) {
    ActionOutcome<T> outcome = read(entry.call(), raw);
    entry.complete(outcome);
    return outcome;
  }
}
