package dev.callgate.calls.internal;

import dev.callgate.billing.BillingService;
import dev.callgate.billing.CallCharge;
import dev.callgate.kernel.WaId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Brings a placed call up to date with what its webhooks reported (C1, C4). Webhooks and the answer
 * to {@code connect} race: a webhook may arrive before Callgate knows Meta's call id. So both sides
 * call here, each holding the call's webhook state locked, and whichever comes second applies
 * everything; applying twice changes nothing, because an ended call never changes again.
 */
@ApplicationScoped
public class CallLifecycle {

  private static final Logger LOG = Logger.getLogger(CallLifecycle.class.getName());

  @PersistenceContext(unitName = "calls")
  private EntityManager em;

  @EJB private CallRecorder recorder;

  @EJB private BillingService billing;

  @Inject private Calls calls;

  /** After a webhook about {@code waCallId} was recorded, in the same transaction. */
  public void afterWebhook(String waCallId) {
    calls.byWaCallId(waCallId).ifPresent(call -> apply(call, em.find(CallRecord.class, waCallId)));
  }

  /** After Meta accepted {@code connect}: catches up with webhooks that came first. */
  public void afterLink(Call call) {
    em.flush();
    apply(call, recorder.lockOrCreate(call.waCallId(), call.numberId()));
  }

  private void apply(Call call, CallRecord record) {
    if (record == null || record.state() == null) {
      return;
    }
    boolean ended = call.follow(record.state(), record.sdpAnswer(), record.end());
    if (ended && call.connected() && call.durationSeconds() != null) {
      // B2, B5: billed once, when it ends; the wallet may go negative, the call was not cut
      CallCharge charge =
          billing.chargeCall(
              call.businessId(),
              call.waCallId(),
              WaId.of(call.waId()),
              true,
              call.durationSeconds(),
              call.startedAt());
      call.charged(
          Math.toIntExact(charge.pulses()),
          charge.cost().amount(),
          charge.cost().currency().getCurrencyCode(),
          charge.market(),
          charge.ratePerMinute() == null ? null : charge.ratePerMinute().amount());
      LOG.fine(() -> "Call " + call.waCallId() + " billed " + charge.cost());
    }
  }
}
