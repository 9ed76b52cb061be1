package io.ghlsync.sync.testing;

import io.ghlsync.sync.target.TargetCapabilities;
import io.ghlsync.sync.target.TargetConnector;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import java.util.List;

/** A connector that forwards to another; tests override {@link #execute} to watch or break it. */
public class ForwardingTarget implements TargetConnector {
  /** The connector every call goes to. */
  protected final TargetConnector delegate;

  /**
   * Forwards to {@code delegate}.
   *
   * @param delegate the connector every call goes to
   */
  public ForwardingTarget(TargetConnector delegate) {
    this.delegate = delegate;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public TargetCapabilities capabilities() {
    return delegate.capabilities();
  }

  @Override
  public List<TargetResult> execute(List<TargetOperation> operations) {
    return delegate.execute(operations);
  }
}
