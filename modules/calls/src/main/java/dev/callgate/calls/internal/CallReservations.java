package dev.callgate.calls.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.NumberView;
import dev.callgate.kernel.WaId;
import dev.callgate.routing.CallRouting;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The steps of a business call's start that must commit on their own: the reservation under the
 * number's lock (so the limits count the call before {@code connect} is even sent), and the outcome
 * of {@code connect}. The Cloud API request runs between them, holding no lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CallReservations {

  @EJB private AuditLog audit;

  @EJB private CallRouting routing;

  @Inject private CallKeys keys;

  @Inject private EarlyWebhooks early;

  @Inject private Calls calls;

  @Inject private CallChecks checks;

  @Inject private CallLifecycle lifecycle;

  @Inject private Clock clock;

  /** Checks every rule under the number's lock and reserves the call INITIATED. */
  public long reserve(
      Actor actor, NumberView number, WaId waId, long agentId, String bizOpaqueCallbackData) {
    calls.lockNumber(number.id());
    Instant now = clock.instant();
    checks.check(number, waId, agentId, now);
    Call call =
        Call.businessInitiated(
            number.businessId(), number.id(), waId.value(), agentId, bizOpaqueCallbackData, now);
    calls.add(call);
    // the agent is on this call from now: no customer's call rings for them meanwhile (R3)
    routing.outboundStarted(number.businessId(), agentId, call.id());
    audit.record(
        actor, "call.start", number.id() + "/" + waId.value(), "agent " + agentId + " calls");
    return call.id();
  }

  /**
   * Meta accepted the call: link it, then catch up with webhooks that outran the answer (C4). The
   * call's key lock makes a webhook of it being processed now either see the link or be held back
   * for this to apply.
   */
  public void linked(long callId, String waCallId) {
    keys.lock(waCallId);
    calls.find(callId).orElseThrow().linked(waCallId);
    for (var earlier : early.take(waCallId)) {
      lifecycle.apply(callId, earlier);
    }
  }

  /**
   * The agent hangs up: a live call Meta knows is marked under its lock and returned, to be
   * terminated once this commits; empty when there is nothing to terminate.
   */
  public Optional<Call> hangUp(Actor actor, long callId) {
    Call call = calls.lock(callId);
    if (!call.live() || call.waCallId() == null) {
      return Optional.empty();
    }
    call.hangUpRequested(clock.instant());
    audit.record(actor, "call.terminate", String.valueOf(callId), "hang-up " + call.waCallId());
    return Optional.of(call);
  }

  /** Meta refused the hang-up or could not be reached: the audit log says so. */
  public void hangUpFailed(Actor actor, long callId, String reason) {
    audit.record(actor, "call.terminate.failed", String.valueOf(callId), String.valueOf(reason));
  }

  /** Meta refused the call: it ends FAILED, no longer counts toward the limits, frees the agent. */
  public void refused(long callId, String reason) {
    Call call = calls.find(callId).orElseThrow();
    routing.outboundEnded(call.businessId(), call.agentId(), callId, false);
    calls.lock(callId).connectRefused(reason, clock.instant());
  }
}
