package dev.callgate.permissions.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.NumberView;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.WaId;
import dev.callgate.permissions.CallLimits;
import dev.callgate.permissions.ConsentEntry;
import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.PermissionRequestCommand;
import dev.callgate.permissions.PermissionRequestView;
import dev.callgate.permissions.PermissionService;
import dev.callgate.permissions.PermissionState;
import dev.callgate.permissions.PermissionView;
import dev.callgate.permissions.ReplyView;
import dev.callgate.permissions.RequestKind;
import dev.callgate.permissions.RequestPreflight;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The permission use cases. Reading a pair settles what time alone changed (a lapsed permission or
 * request) before answering, so the ledger holds the expiry as soon as anyone can see it.
 */
@Stateless
public class DefaultPermissionService implements PermissionService {

  @PersistenceContext(unitName = "permissions")
  private EntityManager em;

  @EJB private AuditLog audit;

  @Inject private RequestSender sender;

  @Inject private PairReconciler reconciler;

  @Inject private CallOutcomes outcomes;

  @Inject private PermissionPairs pairs;

  @Inject private PermissionRequests requests;

  @Inject private PermissionViews views;

  @Inject private PermissionSettings settings;

  @Inject private Clock clock;

  @Override
  // no transaction: the sender reserves and records in transactions of their own, and the Cloud
  // API request between them must hold neither a lock nor a transaction
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PermissionRequestView request(
      Actor actor, String numberId, PermissionRequestCommand command) {
    return sender.send(actor, numberId, command);
  }

  @Override
  public RequestPreflight preflight(
      long businessId,
      String numberId,
      String waId,
      RequestKind kind,
      String templateName,
      String templateLanguage) {
    NumberView number = sender.ownNumber(businessId, numberId);
    if (waId == null || waId.isBlank()) {
      throw CallingException.validation(List.of(new FieldProblem("waId", "is required")));
    }
    String wa = WaId.of(waId).value();
    Instant now = clock.instant();
    RequestRules.PairFacts facts =
        pairs
            .find(numberId, wa)
            .map(pair -> views.facts(settled(pair, now), now))
            .orElseGet(() -> PermissionViews.noFacts(wa));
    CallingException noTemplate =
        kind == RequestKind.INTERACTIVE
            ? null
            : sender.noTemplate(number, blankToNull(templateName), templateLanguage);
    return views.rules().decide(facts, kind, noTemplate, now);
  }

  @Override
  public PermissionLimits limits() {
    return settings.limits();
  }

  @Override
  public PermissionView permission(long businessId, String numberId, String waId) {
    sender.ownNumber(businessId, numberId);
    String wa = WaId.of(waId).value();
    Instant now = clock.instant();
    return pairs
        .find(numberId, wa)
        .map(pair -> views.of(settled(pair, now), now))
        .orElseGet(() -> views.none(numberId, wa));
  }

  @Override
  public CallLimits callLimits(long businessId, String numberId, WaId waId) {
    sender.ownNumber(businessId, numberId);
    Instant now = clock.instant();
    return pairs
        .find(numberId, waId.value())
        .map(pair -> PermissionViews.callLimits(settled(pair, now), now))
        .orElse(PermissionViews.NEVER_GRANTED);
  }

  @Override
  public List<PermissionView> permissions(long businessId, String numberId) {
    sender.ownNumber(businessId, numberId);
    Instant now = clock.instant();
    return pairs.ofNumber(businessId, numberId).stream()
        .map(pair -> views.of(settled(pair, now), now))
        .filter(v -> v.status() != PermissionState.NONE || v.lastRequest() != null)
        .toList();
  }

  @Override
  public List<ConsentEntry> history(long businessId, String numberId, String waId) {
    permission(businessId, numberId, waId);
    return pairs.ledger(numberId, WaId.of(waId).value()).stream().map(ConsentRecord::view).toList();
  }

  @Override
  public List<PermissionRequestView> requests(long businessId, String numberId, String waId) {
    sender.ownNumber(businessId, numberId);
    Instant now = clock.instant();
    return pairs.find(numberId, WaId.of(waId).value()).stream()
        .flatMap(pair -> requests.ofPair(pair).stream())
        .map(r -> r.view(now))
        .toList();
  }

  @Override
  public List<ReplyView> replies(long businessId, String numberId, String waId) {
    sender.ownNumber(businessId, numberId);
    return em.createNamedQuery(PermissionWebhookRecord.OF_PAIR, PermissionWebhookRecord.class)
        .setParameter("number", numberId)
        .setParameter("waId", WaId.of(waId).value())
        .getResultStream()
        .map(PermissionWebhookRecord::view)
        .toList();
  }

  @Override
  public PermissionView reconcile(Actor actor, String numberId, String waId) {
    sender.ownNumber(actor.businessId(), numberId);
    String wa = WaId.of(waId).value();
    PermissionPair pair = reconciler.reconcile(actor.businessId(), numberId, wa);
    audit.record(
        actor,
        "permission.reconcile",
        numberId + "/" + wa,
        "compared with the Cloud API: " + pair.state());
    return views.of(pair, clock.instant());
  }

  @Override
  public void recordCallOutcome(
      String numberId,
      String waId,
      String callId,
      boolean businessInitiated,
      boolean answered,
      Instant at) {
    outcomes.record(numberId, waId, callId, businessInitiated, answered, at);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private PermissionPair settled(PermissionPair pair, Instant now) {
    if (!pair.needsSettling(now)) {
      return pair;
    }
    PermissionPair locked = pairs.lockById(pair.id());
    pairs.record(locked, locked.settle(now));
    return locked;
  }
}
