package dev.callgate.calls.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * One lock per Meta call id, taken by every webhook of the call and by the link of a placed call to
 * its id. Webhooks can outrun the answer to {@code connect}: with both sides on this lock, either
 * the webhook finds the call linked, or the link finds the webhook held back as early (C4).
 */
@ApplicationScoped
public class CallKeys {

  @PersistenceContext(unitName = "calls")
  private EntityManager em;

  void lock(String waCallId) {
    em.createNativeQuery(
            "insert into calls_call_key (wa_call_id) values (?1) on conflict do nothing")
        .setParameter(1, waCallId)
        .executeUpdate();
    em.createNativeQuery("select wa_call_id from calls_call_key where wa_call_id = ?1 for update")
        .setParameter(1, waCallId)
        .getResultList();
  }
}
