package dev.callgate.routing.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.BusinessService;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.routing.RoutingSettings;
import dev.callgate.routing.RoutingSettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a number's routing settings after checking them as a whole. */
@Stateless
public class DefaultRoutingSettingsService implements RoutingSettingsService {

  @EJB private BusinessService businesses;

  @EJB private AgentService agents;

  @EJB private AuditLog audit;

  @Inject private RoutingRows rows;

  @Override
  public RoutingSettings settings(long businessId, String numberId) {
    requireNumber(businessId, numberId);
    return rows.number(numberId).map(NumberRouting::settings).orElse(RoutingSettings.defaults());
  }

  @Override
  public void check(long businessId, RoutingSettings settings) {
    Set<Long> known =
        agents.agents(businessId).stream().map(AgentView::id).collect(Collectors.toSet());
    List<FieldProblem> problems = new ArrayList<>();
    if (settings.strategy() == null) {
      problems.add(
          new FieldProblem("routing.strategy", "is required: ROUND_ROBIN, ORDERED or RING_ALL"));
    }
    agentList("routing.pool", settings.pool(), known, problems);
    agentList("routing.excluded", settings.excluded(), known, problems);
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
  }

  @Override
  public RoutingSettings update(Actor actor, String numberId, RoutingSettings settings) {
    requireNumber(actor.businessId(), numberId);
    check(actor.businessId(), settings);
    // the cursor row is what concurrent rings of this business lock their way to
    rows.lockBusiness(actor.businessId());
    rows.numberForUpdate(numberId, actor.businessId()).configure(settings);
    audit.record(
        actor,
        "number.routing",
        numberId,
        settings.strategy() + " pool " + settings.pool() + " excluded " + settings.excluded());
    return settings;
  }

  private static void agentList(
      String field, List<Long> ids, Set<Long> known, List<FieldProblem> problems) {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      String at = field + "[" + i + "]";
      if (id == null || !known.contains(id)) {
        problems.add(new FieldProblem(at, "is not an agent of this business: " + id));
      } else if (!seen.add(id)) {
        problems.add(new FieldProblem(at, "lists agent " + id + " twice"));
      }
    }
  }

  private void requireNumber(long businessId, String numberId) {
    if (businesses.number(businessId, numberId).isEmpty()) {
      throw CallingException.of(ErrorCode.NOT_FOUND, "No number " + numberId);
    }
  }
}
