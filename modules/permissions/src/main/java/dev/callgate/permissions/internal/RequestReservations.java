package dev.callgate.permissions.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.kernel.WaId;
import dev.callgate.permissions.PermissionRequestCommand;
import dev.callgate.permissions.PermissionRequestView;
import dev.callgate.permissions.RequestPreflight;
import dev.callgate.templates.TemplateView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The steps of a call permission request that commit on their own: the reservation under the pair's
 * lock, and the Cloud API's answer. The request to Meta runs between them, holding no lock and no
 * transaction, so a slow Meta delays only its own caller.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RequestReservations {

  @EJB private AuditLog audit;

  @Inject private PermissionPairs pairs;

  @Inject private PermissionRequests requests;

  @Inject private PermissionViews views;

  @Inject private PermissionSettings settings;

  @Inject private Clock clock;

  /**
   * Locks the pair, decides P9, T3 and P4 on its latest state, and reserves the request SENDING: it
   * counts toward P4 from this commit on, so every later decision sees it.
   *
   * @param template the approved template a TEMPLATE request sends (T2 was checked), else null
   * @return the reserved request's id
   */
  public long reserve(
      Actor actor,
      String numberId,
      WaId waId,
      PermissionRequestCommand command,
      TemplateView template) {
    PermissionPair pair = pairs.lock(actor.businessId(), numberId, waId.value());
    // Read holding the pair: every request this decision can miss is stamped later than now, and
    // the limits count those too. The database keeps microseconds; the caller is told the same.
    Instant now = now();
    pairs.record(pair, pair.settle(now));
    RequestPreflight decision =
        views.rules().decide(views.facts(pair, now), command.kind(), null, now);
    if (!decision.allowed()) {
      throw decision.refusal();
    }
    PermissionRequest request =
        new PermissionRequest(pair, command.kind(), actor.principal())
            .content(
                command.bodyText(),
                template == null ? null : template.name(),
                template == null ? null : template.language())
            .reserved(now, settings.limits().requestExpiry());
    requests.add(request);
    return request.id();
  }

  /**
   * Meta took the request: it replaces every earlier one (P6) and the pair awaits the answer. Dated
   * now, when Meta's answer is in, which is never before Meta counted it.
   */
  public PermissionRequestView sent(Actor actor, long requestId, String messageId) {
    PermissionRequest request = requests.find(requestId);
    PermissionPair pair = pairs.lockById(request.pairId());
    Instant now = now();
    pairs.record(pair, pair.settle(now));
    requests.supersedeLive(pair, now);
    request.sent(messageId, now, settings.limits().requestExpiry());
    pairs.record(pair, pair.requestSent(messageId, request.sentAt(), request.expiresAt()));
    audit.record(
        actor,
        "permission.request",
        pair.numberId() + "/" + pair.waId(),
        request.kind() + " request " + messageId);
    return request.view(now);
  }

  /**
   * Meta refused the request, or it was lost on the way: it no longer counts toward the limits, and
   * the request list says why.
   */
  public void failed(Actor actor, long requestId, String reason) {
    PermissionRequest request = requests.find(requestId);
    PermissionPair pair = pairs.lockById(request.pairId());
    request.failed(reason, now());
    audit.record(
        actor,
        "permission.request.failed",
        pair.numberId() + "/" + pair.waId(),
        request.kind() + " request not sent: " + reason);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
