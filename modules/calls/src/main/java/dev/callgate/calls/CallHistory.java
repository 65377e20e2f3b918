package dev.callgate.calls;

import java.util.List;
import java.util.Optional;

/**
 * What the webhooks have said about each call, in arrival order, and the call's resulting state. A
 * recorder until the call lifecycle (C1-C8) lands and takes these events over.
 */
public interface CallHistory {

  Optional<CallRecordView> call(String waCallId);

  /** The recorded events of a call, as {@code EVENT} or {@code EVENT:detail}, oldest first. */
  List<String> events(String waCallId);
}
