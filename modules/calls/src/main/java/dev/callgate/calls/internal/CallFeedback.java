package dev.callgate.calls.internal;

import dev.callgate.cloudapi.webhook.CallConnect;
import dev.callgate.cloudapi.webhook.CallTerminate;
import dev.callgate.cloudapi.webhook.CustomerMessage;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.WaId;
import dev.callgate.permissions.PermissionService;
import dev.callgate.permissions.PermissionWebhooks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Tells the permissions module what calls and messages mean for a pair: a customer's call or
 * message opens the service window (T3) and may grant callback permission (P3b); a finished call
 * resets the request limits when it connected (P5) and counts toward P8 when a business call went
 * unanswered.
 */
@ApplicationScoped
public class CallFeedback {

  private static final Logger LOG = Logger.getLogger(CallFeedback.class.getName());
  private static final String BUSINESS_INITIATED = "BUSINESS_INITIATED";

  @EJB private PermissionWebhooks permissionWebhooks;

  @EJB private PermissionService permissions;

  @Inject private Clock clock;

  void connected(CallConnect c) {
    if (!BUSINESS_INITIATED.equalsIgnoreCase(c.direction())) {
      customer(c.from())
          .ifPresent(
              waId ->
                  permissionWebhooks.onCustomerContact(
                      c.envelope().phoneNumberId(), waId, c.callId(), at(c.timestamp())));
    }
  }

  void wrote(CustomerMessage m) {
    customer(m.from())
        .ifPresent(
            waId ->
                permissionWebhooks.onCustomerContact(
                    m.envelope().phoneNumberId(), waId, null, at(m.timestamp())));
  }

  /**
   * @param knownDirection the direction of the call Callgate knows, for a terminate that omits it
   */
  void ended(CallTerminate t, Optional<String> knownDirection) {
    String direction = t.direction() != null ? t.direction() : knownDirection.orElse(null);
    if (direction == null) {
      LOG.warning(() -> "Terminate of " + t.callId() + " names no direction; outcome not counted");
      return;
    }
    boolean business = BUSINESS_INITIATED.equalsIgnoreCase(direction);
    boolean answered =
        t.startTime() != null || (t.durationSeconds() != null && t.durationSeconds() > 0);
    Instant at = t.endTime() != null ? t.endTime() : at(t.timestamp());
    String numberId = t.envelope().phoneNumberId();
    customer(business ? t.to() : t.from())
        .ifPresent(
            waId -> {
              permissions.recordCallOutcome(numberId, waId, t.callId(), business, answered, at);
              if (business && answered) {
                // a customer who picks up a business call opens the service window too
                permissionWebhooks.onCustomerContact(numberId, waId, null, at);
              }
            });
  }

  private Instant at(Instant reported) {
    return reported != null ? reported : clock.instant();
  }

  /** The customer's wa_id, or empty when the webhook names none that is valid. */
  private static Optional<String> customer(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(WaId.of(raw).value());
    } catch (CallingException e) {
      LOG.warning(() -> "Webhook names an invalid customer number " + raw + "; ignored");
      return Optional.empty();
    }
  }
}
