package dev.callgate.calls.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The journal of call webhooks: one line per event in the order processed, whether or not Callgate
 * knows the call. It is history, not state: the call's state is the {@link Call} itself.
 */
@ApplicationScoped
public class CallJournal {

  @PersistenceContext(unitName = "calls")
  private EntityManager em;

  @Inject private Clock clock;

  void record(String waCallId, String event, String detail, Instant occurredAt, long eventId) {
    em.persist(new CallEventRecord(waCallId, event, detail, occurredAt, eventId, clock.instant()));
  }

  List<String> events(String waCallId) {
    return em.createNamedQuery(CallEventRecord.OF_CALL, CallEventRecord.class)
        .setParameter("call", waCallId)
        .getResultStream()
        .map(CallEventRecord::describe)
        .toList();
  }
}
