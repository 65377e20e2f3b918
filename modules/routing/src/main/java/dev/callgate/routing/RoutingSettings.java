package dev.callgate.routing;

import java.util.List;

/**
 * The routing part of a number's calling settings.
 *
 * @param pool the agents who may be offered the number's calls after the assignee and the owner, in
 *     order (for ORDERED, the ring list: primary first); empty means every agent of the business in
 *     id order
 * @param excluded agents taken out of the pool (R4); they are still offered calls as a chat's
 *     assignee or a contact's owner
 */
public record RoutingSettings(RoutingStrategy strategy, List<Long> pool, List<Long> excluded) {

  public RoutingSettings {
    pool = pool == null ? List.of() : List.copyOf(pool);
    excluded = excluded == null ? List.of() : List.copyOf(excluded);
  }

  public static RoutingSettings defaults() {
    return new RoutingSettings(RoutingStrategy.ROUND_ROBIN, List.of(), List.of());
  }
}
