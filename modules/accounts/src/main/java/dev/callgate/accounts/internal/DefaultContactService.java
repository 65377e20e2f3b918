package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentAuthority;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.ContactChange;
import dev.callgate.accounts.ContactService;
import dev.callgate.accounts.ContactView;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.WaId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultContactService implements ContactService {

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

  @Inject private AuditLog audit;

  @Inject private Authorities authorities;

  @Inject private Clock clock;

  @Override
  public Optional<ContactView> contact(long businessId, WaId waId) {
    return em.createNamedQuery(Contact.BY_WA_ID, Contact.class)
        .setParameter("business", businessId)
        .setParameter("waId", waId.value())
        .getResultStream()
        .findFirst()
        .map(Contact::view);
  }

  @Override
  public List<ContactView> contacts(long businessId) {
    return em.createNamedQuery(Contact.BY_BUSINESS, Contact.class)
        .setParameter("business", businessId)
        .getResultStream()
        .map(Contact::view)
        .toList();
  }

  @Override
  public ContactView save(Actor actor, WaId waId, ContactChange change) {
    List<FieldProblem> problems = new ArrayList<>();
    AgentView assignee =
        agent(actor.businessId(), change.assigneeAgentId(), "assigneeAgentId", problems);
    AgentView owner = agent(actor.businessId(), change.ownerAgentId(), "ownerAgentId", problems);
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
    boolean created = insertIfAbsent(actor.businessId(), waId);
    Contact contact = lock(actor.businessId(), waId);
    // Decided on the locked row: a concurrent reassignment cannot slip between check and write.
    AgentAuthority authority = authorities.of(actor);
    ContactView before = contact.view();
    refuseIf(authority.assignmentRefusal(agentOf(before.assigneeAgentId()), assignee));
    refuseIf(authority.assignmentRefusal(agentOf(before.ownerAgentId()), owner));
    contact.update(change.name(), change.assigneeAgentId(), change.ownerAgentId(), clock.instant());
    audit.record(
        actor,
        created ? "contact.create" : "contact.save",
        "contact:" + waId.value(),
        "assignee=" + change.assigneeAgentId() + " owner=" + change.ownerAgentId());
    return contact.view();
  }

  /**
   * Concurrent first saves of one contact insert one row: the unique key absorbs the others ({@code
   * on conflict do nothing}) instead of failing them.
   */
  private boolean insertIfAbsent(long businessId, WaId waId) {
    return em.createNativeQuery(
                "insert into accounts_contact (business_id, wa_id, updated_at, version)"
                    + " values (?1, ?2, ?3, 0) on conflict do nothing")
            .setParameter(1, businessId)
            .setParameter(2, waId.value())
            .setParameter(3, clock.instant())
            .executeUpdate()
        == 1;
  }

  /** Saves of one contact take turns on its row and each applies to what the last one left. */
  private Contact lock(long businessId, WaId waId) {
    return em.createNamedQuery(Contact.BY_WA_ID, Contact.class)
        .setParameter("business", businessId)
        .setParameter("waId", waId.value())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getSingleResult();
  }

  private static void refuseIf(Optional<String> refusal) {
    if (refusal.isPresent()) {
      throw CallingException.of(ErrorCode.FORBIDDEN, refusal.get())
          .resolution(
              "Ask an owner, superadmin or admin, or your team's sales lead, to assign the chat")
          .rule("A1");
    }
  }

  private AgentView agentOf(Long agentId) {
    return agentId == null
        ? null
        : Optional.ofNullable(em.find(Agent.class, agentId)).map(Agent::view).orElse(null);
  }

  private AgentView agent(
      long businessId, Long agentId, String field, List<FieldProblem> problems) {
    if (agentId == null) {
      return null;
    }
    Agent agent = em.find(Agent.class, agentId);
    if (agent == null || agent.businessId() != businessId) {
      problems.add(new FieldProblem(field, "no agent " + agentId + " in this business"));
      return null;
    }
    return agent.view();
  }
}
