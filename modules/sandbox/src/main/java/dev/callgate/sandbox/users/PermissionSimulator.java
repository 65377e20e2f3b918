package dev.callgate.sandbox.users;

import dev.callgate.sandbox.SandboxConfig;
import dev.callgate.sandbox.meta.BusinessNumber;
import dev.callgate.sandbox.meta.Ids;
import dev.callgate.sandbox.meta.NumberSettings;
import dev.callgate.sandbox.meta.Pair;
import dev.callgate.sandbox.meta.Pairs;
import dev.callgate.sandbox.time.SandboxClock;
import dev.callgate.sandbox.time.SandboxTimers;
import dev.callgate.sandbox.webhooks.Payloads;
import dev.callgate.sandbox.webhooks.Payloads.PermissionReply;
import dev.callgate.sandbox.webhooks.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Plays the user's side of call permissions: replies to requests as the user's profile says, and
 * grants or revokes from the business profile, each reported as a {@code call_permission_reply}.
 */
@ApplicationScoped
public class PermissionSimulator {

  @Inject SandboxConfig config;
  @Inject SandboxClock clock;
  @Inject SandboxTimers timers;
  @Inject Pairs pairs;
  @Inject Users users;
  @Inject NumberSettings settings;
  @Inject WebhookSender webhooks;

  /** A permission request: counted against Meta's limits, then answered a moment later. */
  public String request(BusinessNumber number, String waId) {
    Pair pair = pairs.of(number.phoneNumberId(), waId);
    pair.sendRequest(clock.instant());
    String requestId = Ids.messageId();
    pair.requestDelivered(requestId, clock.instant());
    UserProfile user = users.get(waId);
    switch (user.onPermissionRequest()) {
      case GRANT_TEMPORARY ->
          timers.after(
              config.replyDelay(), () -> grant(number, user, false, requestId, "user_action"));
      case GRANT_PERMANENT ->
          timers.after(
              config.replyDelay(), () -> grant(number, user, true, requestId, "user_action"));
      case REJECT ->
          timers.after(config.replyDelay(), () -> reject(number, user, requestId, "user_action"));
      case IGNORE -> {
        // the request stays unanswered until it expires; Meta sends nothing
      }
    }
    return requestId;
  }

  /**
   * The user answers a request later, for instance accepting one they declined (P6). Refused once
   * the request can no longer be answered.
   *
   * @return false when the request is unknown or expired
   */
  public boolean reply(
      BusinessNumber number, String waId, String requestId, boolean accept, boolean permanent) {
    Pair pair = pairs.of(number.phoneNumberId(), waId);
    if (!pair.answerable(requestId, clock.instant())) {
      return false;
    }
    if (accept) {
      grant(number, users.get(waId), permanent, requestId, "user_action");
    } else {
      pair.revoke();
      reject(number, users.get(waId), requestId, "user_action");
    }
    return true;
  }

  /** The user writes to the business, which opens the customer service window. */
  public void write(BusinessNumber number, String waId, String text) {
    UserProfile user = users.get(waId);
    webhooks.send(
        number.wabaId(),
        "messages",
        Payloads.textMessage(number, waId, user.name(), Ids.messageId(), text, clock.instant()));
  }

  /** A grant from the business profile: a reply without a request context. */
  public void grantFromProfile(BusinessNumber number, String waId, boolean permanent) {
    grant(number, users.get(waId), permanent, null, "user_action");
  }

  /** A revoke from the business profile: a reject without a request context. */
  public void revokeFromProfile(BusinessNumber number, String waId) {
    pairs.of(number.phoneNumberId(), waId).revoke();
    reject(number, users.get(waId), null, "user_action");
  }

  /** Meta revoked the permission after too many unanswered business calls in a row. */
  void revokedAfterUnansweredCalls(BusinessNumber number, String waId) {
    reject(number, users.get(waId), null, "automatic");
  }

  /** With callback permission on, a user's call grants a temporary permission (P3b). */
  void callbackGrant(BusinessNumber number, String waId, String callId) {
    Pair pair = pairs.of(number.phoneNumberId(), waId);
    if (settings.callbackPermissionEnabled(number.phoneNumberId())
        && "no_permission".equals(pair.permissionStatus(clock.instant()))) {
      grant(number, users.get(waId), false, callId, "automatic");
    }
  }

  private void grant(
      BusinessNumber number, UserProfile user, boolean permanent, String contextId, String source) {
    Instant now = clock.instant();
    Pair pair = pairs.of(number.phoneNumberId(), user.waId());
    if (contextId != null) {
      pair.answered(contextId, now);
    }
    Optional<Instant> expiry = pair.grant(permanent, now);
    PermissionReply reply =
        new PermissionReply(
            Ids.messageId(), contextId, true, permanent, expiry.orElse(null), source);
    webhooks.send(
        number.wabaId(),
        "messages",
        Payloads.permissionReply(number, user.waId(), user.name(), reply, now));
  }

  private void reject(BusinessNumber number, UserProfile user, String contextId, String source) {
    if (contextId != null) {
      pairs.of(number.phoneNumberId(), user.waId()).answered(contextId, clock.instant());
    }
    PermissionReply reply =
        new PermissionReply(Ids.messageId(), contextId, false, false, null, source);
    webhooks.send(
        number.wabaId(),
        "messages",
        Payloads.permissionReply(number, user.waId(), user.name(), reply, clock.instant()));
  }
}
