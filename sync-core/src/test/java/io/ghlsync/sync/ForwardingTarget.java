package io.ghlsync.sync;

import io.ghlsync.sync.target.TargetCapabilities;
import io.ghlsync.sync.target.TargetConnector;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import java.util.List;

/** A connector that forwards to another; tests override {@link #execute} to watch or break it. */
class ForwardingTarget implements TargetConnector {
  final TargetConnector delegate;

  ForwardingTarget(TargetConnector delegate) {
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
