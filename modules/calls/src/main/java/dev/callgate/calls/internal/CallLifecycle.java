package dev.callgate.calls.internal;

import dev.callgate.billing.BillingService;
import dev.callgate.billing.CallCharge;
import dev.callgate.calls.CallStatus;
import dev.callgate.cloudapi.webhook.CallConnect;
import dev.callgate.cloudapi.webhook.CallTerminate;
import dev.callgate.cloudapi.webhook.WebhookEvent;
import dev.callgate.kernel.WaId;
import dev.callgate.routing.CallRouting;
import dev.callgate.routing.MissReason;
import dev.callgate.routing.RingView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies a call's webhooks to the {@link Call} (C1, C3, C4): the answer of a business call, its
 * statuses, and the terminate, after which a business call that connected is billed once (B2, B6;
 * customers' calls are free, B1), a missed customer's call opens a callback task, and a connected
 * call closes the customer's open ones. The caller holds the call's key lock.
 *
 * <p>Lock order: routing is told that the call ended before the call's row is locked, as every
 * routing path does (see {@link CallRouting}).
 */
@ApplicationScoped
public class CallLifecycle {

  private static final Logger LOG = Logger.getLogger(CallLifecycle.class.getName());

  @EJB private BillingService billing;

  @EJB private CallRouting routing;

  @Inject private Calls calls;

  @Inject private Callbacks callbacks;

  @Inject private Clock clock;

  void apply(long callId, WebhookEvent event) {
    Call known = calls.find(callId).orElseThrow();
    String named = event.envelope().phoneNumberId();
    if (named != null && !named.equals(known.numberId())) {
      // Meta's call ids are unique; an event naming another number's call was signed for a
      // tenant that does not own it. It fails (and ends among the dead letters), changing nothing.
      throw new IllegalStateException(
          "Call "
              + event.callId()
              + " belongs to number "
              + known.numberId()
              + ", not to "
              + named);
    }
    if (event instanceof CallTerminate t) {
      release(known, t);
    }
    Call call = calls.lock(callId);
    if (event instanceof CallConnect c) {
      if (!call.inbound() && "answer".equalsIgnoreCase(c.sdpType())) {
        call.answerArrived(c.sdp());
      }
    } else if (event instanceof dev.callgate.cloudapi.webhook.CallStatus s) {
      call.statusReported(CallStatus.valueOf(s.status().name()));
      if (call.reachedCustomer()) {
        callbacks.reached(call, clock.instant());
      }
    } else if (event instanceof CallTerminate t) {
      end(call, t);
    }
  }

  /** Frees the agent: wrap-up after a connected call (R10), offers withdrawn for a ringing one. */
  private void release(Call call, CallTerminate t) {
    if (call.inbound()) {
      routing.callEnded(call.id());
    } else if (call.agentId() != null) {
      routing.outboundEnded(
          call.businessId(), call.agentId(), call.id(), CallEnd.of(t, clock.instant()).answered());
    }
  }

  private void end(Call call, CallTerminate t) {
    CallEnd end = CallEnd.of(t, clock.instant());
    Optional<RingView> ring = call.inbound() ? routing.ring(call.id()) : Optional.empty();
    // nobody took the customer's call: they hung up, unless Meta's accept window ran out first
    MissReason hungUp =
        ring.filter(r -> !end.endedAt().isBefore(r.deadline())).isPresent()
            ? MissReason.NOBODY_ACCEPTED
            : MissReason.CALLER_HUNG_UP;
    boolean mediaFailed = t.status() == CallTerminate.Outcome.FAILED;
    if (!call.terminated(end, mediaFailed, hungUp)) {
      return;
    }
    if (call.connected()) {
      callbacks.reached(call, end.endedAt());
      if (!call.inbound() && call.durationSeconds() != null) {
        charge(call);
      }
    } else if (call.inbound()) {
      callbacks.missed(call, ring.map(RingView::firstAgentId).orElse(call.agentId()));
    }
  }

  /** B2, B5: billed once, when it ends; the wallet may go negative, the call was not cut. */
  private void charge(Call call) {
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
