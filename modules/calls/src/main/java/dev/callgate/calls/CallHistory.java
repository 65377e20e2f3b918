package dev.callgate.calls;

import java.util.List;
import java.util.Optional;

/** Calls of both directions as they happened, for the call list, the dashboard and operators. */
public interface CallHistory {

  /** The business's calls, newest first, filtered and paged in the database (A2). */
  Page<CallView> calls(long businessId, CallQuery query);

  /** A call by Meta's id, regardless of business: for operations and tests. */
  Optional<CallView> byWaCallId(String waCallId);

  /**
   * What the webhooks said of a call, as {@code EVENT} or {@code EVENT:detail}, in the order they
   * were processed; kept also for calls Callgate never knew (an unknown number, say).
   */
  List<String> events(String waCallId);
}
