package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.ContactChange;
import dev.callgate.accounts.ContactService;
import dev.callgate.accounts.ContactView;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.WaId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

  @Inject private Clock clock;

  @Override
  public Optional<ContactView> contact(long businessId, WaId waId) {
    return find(businessId, waId).map(Contact::view);
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
    checkAgent(actor.businessId(), change.assigneeAgentId(), "assigneeAgentId", problems);
    checkAgent(actor.businessId(), change.ownerAgentId(), "ownerAgentId", problems);
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
    Contact contact =
        find(actor.businessId(), waId)
            .orElseGet(
                () -> {
                  Contact created = new Contact(actor.businessId(), waId.value(), clock.instant());
                  em.persist(created);
                  return created;
                });
    contact.update(change.name(), change.assigneeAgentId(), change.ownerAgentId(), clock.instant());
    audit.record(
        actor,
        "contact.save",
        "contact:" + waId.value(),
        "assignee=" + change.assigneeAgentId() + " owner=" + change.ownerAgentId());
    return contact.view();
  }

  private void checkAgent(
      long businessId, Long agentId, String field, List<FieldProblem> problems) {
    if (agentId == null) {
      return;
    }
    Agent agent = em.find(Agent.class, agentId);
    if (agent == null || agent.businessId() != businessId) {
      problems.add(new FieldProblem(field, "no agent " + agentId + " in this business"));
    }
  }

  private Optional<Contact> find(long businessId, WaId waId) {
    return em.createNamedQuery(Contact.BY_WA_ID, Contact.class)
        .setParameter("business", businessId)
        .setParameter("waId", waId.value())
        .getResultStream()
        .findFirst();
  }
}
