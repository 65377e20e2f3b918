package dev.callgate.routing.internal;

import dev.callgate.routing.internal.Eligibility.Verdict;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The eligibility of a business's agents at one instant, read with as few queries as a large pool
 * allows: the ONLINE and idle rows first (where the chosen agent almost always is), every row of
 * the business only when the chain meets someone outside them.
 */
final class Verdicts implements Function<Long, Verdict> {

  private final RoutingRows rows;
  private final long businessId;
  private final Eligibility eligibility;
  private final Instant now;
  private final Map<Long, AgentState> states = new HashMap<>();
  private boolean complete;

  Verdicts(RoutingRows rows, long businessId, Eligibility eligibility, Instant now) {
    this.rows = rows;
    this.businessId = businessId;
    this.eligibility = eligibility;
    this.now = now;
    rows.availableIdle(businessId).forEach(p -> states.put(p.agentId(), p.state()));
  }

  @Override
  public Verdict apply(Long agentId) {
    AgentState state = states.get(agentId);
    if (state == null && !complete) {
      complete = true;
      List<AgentPresence> all = rows.presences(businessId);
      all.forEach(p -> states.putIfAbsent(p.agentId(), p.state()));
      state = states.get(agentId);
    }
    return eligibility.of(state == null ? AgentState.unknown(agentId) : state, now);
  }
}
