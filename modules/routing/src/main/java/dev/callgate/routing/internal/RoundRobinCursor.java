package dev.callgate.routing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Round robin with memory (R5): the pool is walked in its order starting just after the agent it
 * was last offered to, wrapping around, so over many calls every eligible agent gets its turn. The
 * cursor is the last agent offered; the caller keeps it in the database, under the business's lock.
 */
final class RoundRobinCursor {

  private RoundRobinCursor() {}

  /**
   * The pool in the order it is walked: after {@code last}, wrapping around. When {@code last} is
   * not in the pool (removed since, or never set) the walk starts at the pool's first agent.
   */
  static List<Long> rotation(List<Long> pool, Long last) {
    int from = last == null ? 0 : pool.indexOf(last) + 1;
    List<Long> order = new ArrayList<>(pool.size());
    for (int i = 0; i < pool.size(); i++) {
      order.add(pool.get((from + i) % pool.size()));
    }
    return order;
  }

  /** The next agent after {@code last} that {@code eligible} accepts. */
  static Optional<Long> next(List<Long> pool, Long last, Predicate<Long> eligible) {
    return rotation(pool, last).stream().filter(eligible).findFirst();
  }
}
