package dev.callgate.calls.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.NumberView;
import dev.callgate.kernel.WaId;
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
    audit.record(
        actor, "call.start", number.id() + "/" + waId.value(), "agent " + agentId + " calls");
    return call.id();
  }

  /** Meta accepted the call: link it, then catch up with webhooks that outran the answer. */
  public void linked(long callId, String waCallId) {
    Call call = calls.lock(callId);
    call.linked(waCallId);
    lifecycle.afterLink(call);
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

  /** Meta refused the call: it ends FAILED and no longer counts toward the limits. */
  public void refused(long callId, String reason) {
    calls.lock(callId).connectRefused(reason, clock.instant());
  }
}
