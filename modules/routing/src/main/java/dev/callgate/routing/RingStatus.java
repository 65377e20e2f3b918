package dev.callgate.routing;

/** Where the routing of one inbound call stands. */
public enum RingStatus {
  /** Offers ring (or are about to move on). */
  RINGING,
  /** An agent accepted; Callgate is telling Meta ({@code pre_accept}, {@code accept}). */
  ACCEPTING,
  /** An agent took the call. */
  ANSWERED,
  /** Nobody took it: hours, nobody available, or nobody accepted in time. */
  MISSED,
  /** The call ended another way: the caller hung up, or Meta refused the accept. */
  ENDED
}
