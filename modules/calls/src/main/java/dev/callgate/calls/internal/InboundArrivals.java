package dev.callgate.calls.internal;

import dev.callgate.accounts.NumberView;
import dev.callgate.calls.PayloadSource;
import dev.callgate.cloudapi.webhook.CallConnect;
import dev.callgate.cloudapi.webhook.WebhookEvent;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.WaId;
import dev.callgate.routing.CallRouting;
import dev.callgate.routing.RingRequest;
import dev.callgate.routing.RingStatus;
import dev.callgate.routing.RingView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * A customer calls one of the businesses' numbers (C3): the call is created USER_INITIATED (free,
 * B1), webhooks that came before its connect are applied (a terminate ends it at once, C4), and
 * routing starts ringing agents from now; the accept window runs from here. A call that rings
 * nobody is recorded missed by the {@code RingEnded} routing fires meanwhile.
 */
@ApplicationScoped
public class InboundArrivals {

  private static final Logger LOG = Logger.getLogger(InboundArrivals.class.getName());

  @EJB private CallRouting routing;

  @Inject private Calls calls;

  @Inject private EarlyWebhooks early;

  @Inject private CallLifecycle lifecycle;

  @Inject private Clock clock;

  void arrived(CallConnect c, NumberView number) {
    String waId;
    try {
      waId = WaId.of(c.from()).value();
    } catch (CallingException invalid) {
      LOG.warning(() -> "Call " + c.callId() + " comes from no valid number: " + c.from());
      return;
    }
    // the number's lock: a business call to the same customer starting now sees this one (L4)
    calls.lockNumber(number.id());
    Instant now = clock.instant();
    Call call = Call.userInitiated(number.businessId(), number.id(), waId, c.callId(), now);
    String payload = c.ctaPayload() != null ? c.ctaPayload() : c.deeplinkPayload();
    PayloadSource source =
        c.ctaPayload() != null ? PayloadSource.CALL_BUTTON : PayloadSource.DEEP_LINK;
    call.from(c.sdp(), c.contactName(), payload, source);
    calls.add(call);
    for (WebhookEvent earlier : early.take(c.callId())) {
      lifecycle.apply(call.id(), earlier);
    }
    if (!call.live()) {
      return;
    }
    RingView ring =
        routing.start(
            new RingRequest(call.id(), number.businessId(), number.id(), waId, payload, now));
    if (ring.status() == RingStatus.RINGING) {
      call.ringing();
    }
  }
}
