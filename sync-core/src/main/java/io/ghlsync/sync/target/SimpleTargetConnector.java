package io.ghlsync.sync.target;

import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.EntityKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A base for targets without a batch call: it runs each step on its own and turns exceptions into
 * {@link TargetResult.Failed}. Implement the abstract methods; override {@link #findChild} and
 * {@link #remove} when the target supports them.
 *
 * <p>Example: a CRM with a REST API implements {@code findContacts} with a search by email, {@code
 * create} with a POST, {@code update} with a PATCH.
 */
public abstract class SimpleTargetConnector implements TargetConnector {

  /** Creates the connector. */
  protected SimpleTargetConnector() {}

  /**
   * Finds contacts matching a query.
   *
   * @param query the normalised email, phone and GHL id
   * @return the matches, best first
   */
  protected abstract List<TargetMatch> findContacts(DuplicateQuery query);

  /**
   * Finds tasks or notes of a contact with the given content. The default finds nothing.
   *
   * @param kind task or note
   * @param targetContactId the target contact
   * @param record the content that would be created
   * @return the matches
   */
  protected List<TargetMatch> findChild(
      EntityKind kind, String targetContactId, MappedRecord record) {
    return List.of();
  }

  /**
   * Creates a record.
   *
   * @param create the step
   * @return the new target id
   */
  protected abstract String create(TargetOperation.Create create);

  /**
   * Updates a record.
   *
   * @param update the step
   */
  protected abstract void update(TargetOperation.Update update);

  /**
   * Archives or deletes a record. The default refuses; declare support in {@link #capabilities()}
   * when overriding.
   *
   * @param remove the step
   */
  protected void remove(TargetOperation.Remove remove) {
    throw new UnsupportedOperationException(
        name() + " cannot " + remove.mode() + " " + remove.kind() + " records");
  }

  @Override
  public final List<TargetResult> execute(List<TargetOperation> operations) {
    List<TargetResult> results = new ArrayList<>(operations.size());
    for (TargetOperation op : operations) {
      try {
        results.add(run(op));
      } catch (RuntimeException e) {
        results.add(new TargetResult.Failed(e));
      }
    }
    return results;
  }

  private TargetResult run(TargetOperation op) {
    if (op instanceof TargetOperation.FindContact f) {
      return new TargetResult.Found(findContacts(f.query()));
    } else if (op instanceof TargetOperation.FindChild f) {
      return new TargetResult.Found(findChild(f.kind(), f.targetContactId(), f.record()));
    } else if (op instanceof TargetOperation.Create c) {
      return new TargetResult.Created(create(c));
    } else if (op instanceof TargetOperation.Update u) {
      update(u);
      return new TargetResult.Done();
    } else {
      remove((TargetOperation.Remove) op);
      return new TargetResult.Done();
    }
  }
}
