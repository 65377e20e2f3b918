package dev.callgate.routing;

/** How a number's pool is offered a call once the assignee and the owner were passed (R1). */
public enum RoutingStrategy {
  /** One agent at a time, continuing after the last agent offered (R5). */
  ROUND_ROBIN,
  /** One agent at a time in the pool's order: the first is the primary, then backups (R6). */
  ORDERED,
  /** Every eligible agent of the pool at once; the first accept wins (R11). */
  RING_ALL
}
