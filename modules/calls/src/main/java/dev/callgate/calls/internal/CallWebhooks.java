package dev.callgate.calls.internal;

import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.NumberView;
import dev.callgate.cloudapi.webhook.CallConnect;
import dev.callgate.cloudapi.webhook.CallStatus;
import dev.callgate.cloudapi.webhook.CallTerminate;
import dev.callgate.cloudapi.webhook.WebhookEvent;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Takes in each call webhook once (the processor absorbed duplicates): journals it, then, under the
 * call's key lock, applies it to the call it is about. A customer's connect to one of the
 * businesses' numbers makes a new call; a webhook of a call Callgate does not know yet is held back
 * until it does (C4).
 */
@ApplicationScoped
public class CallWebhooks {

  private static final String USER_INITIATED = "USER_INITIATED";

  @EJB private BusinessService businesses;

  @Inject private CallJournal journal;

  @Inject private CallKeys keys;

  @Inject private Calls calls;

  @Inject private EarlyWebhooks early;

  @Inject private CallLifecycle lifecycle;

  @Inject private InboundArrivals arrivals;

  void connect(CallConnect c, long eventId) {
    journal.record(c.callId(), "CONNECT", c.sdpType(), c.timestamp(), eventId);
    keys.lock(c.callId());
    if (applied(c.callId(), c)) {
      return;
    }
    boolean fromCustomer =
        c.direction() != null
            ? USER_INITIATED.equalsIgnoreCase(c.direction())
            : "offer".equalsIgnoreCase(c.sdpType());
    Optional<NumberView> number =
        fromCustomer ? businesses.numberById(c.envelope().phoneNumberId()) : Optional.empty();
    if (number.isPresent()) {
      arrivals.arrived(c, number.get());
    } else {
      early.hold(c.callId(), eventId);
    }
  }

  void status(CallStatus s, long eventId) {
    journal.record(s.callId(), s.status().name(), null, s.timestamp(), eventId);
    keys.lock(s.callId());
    if (!applied(s.callId(), s)) {
      early.hold(s.callId(), eventId);
    }
  }

  void terminate(CallTerminate t, long eventId) {
    journal.record(t.callId(), "TERMINATE", t.status().name(), t.timestamp(), eventId);
    keys.lock(t.callId());
    if (!applied(t.callId(), t)) {
      early.hold(t.callId(), eventId);
    }
  }

  /** Applies the event when the call is known; false when it must wait. */
  private boolean applied(String waCallId, WebhookEvent event) {
    Optional<Call> call = calls.byWaCallId(waCallId);
    call.ifPresent(c -> lifecycle.apply(c.id(), event));
    return call.isPresent();
  }
}
