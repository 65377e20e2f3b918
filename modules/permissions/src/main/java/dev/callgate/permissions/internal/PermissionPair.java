package dev.callgate.permissions.internal;

import dev.callgate.permissions.ConsentSource;
import dev.callgate.permissions.PermissionLimits;
import dev.callgate.permissions.PermissionState;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The permission of one business number for one customer, and the state machine of rules P1-P12.
 *
 * <p>The stored {@code state} is NONE until the first request. Sending a request makes the pair
 * PENDING unless a permission is active (a renewal leaves it TEMPORARY); the state the pair had
 * before is kept so that a request that lapses unanswered returns to it. An accepted reply makes it
 * TEMPORARY (168 hours from the answer, P2) or PERMANENT; a decline makes it REJECTED, and the
 * customer may still accept the same request until it expires (P6). A revocation from the business
 * profile, or the fourth unanswered call in a row (P8), makes it REVOKED; a temporary permission
 * whose time is up becomes EXPIRED (P7), which {@link #settle} writes down at the instant it
 * lapsed. Every method returns the transitions it made, for the ledger (P11); a method that changes
 * nothing returns none.
 */
@Entity
@Table(name = "permissions_pair")
@NamedQuery(
    name = PermissionPair.FIND,
    query = "select p from PermissionPair p where p.numberId = :number and p.waId = :waId")
@NamedQuery(
    name = PermissionPair.OF_NUMBER,
    query =
        "select p from PermissionPair p where p.businessId = :business and p.numberId = :number"
            + " order by p.updatedAt desc, p.id desc")
@NamedQuery(
    name = PermissionPair.LAPSED,
    query =
        "select p.id from PermissionPair p where (p.state = :temporary and p.expiresAt <= :now)"
            + " or (p.state = :pending and p.openRequestExpiresAt <= :now)")
@NamedQuery(
    name = PermissionPair.DUE_FOR_RECONCILIATION,
    query =
        "select p.id from PermissionPair p where p.state in :states"
            + " and (p.lastReconciledAt is null or p.lastReconciledAt < :before) order by p.id")
public class PermissionPair {

  static final String FIND = "PermissionPair.find";
  static final String OF_NUMBER = "PermissionPair.ofNumber";
  static final String LAPSED = "PermissionPair.lapsed";
  static final String DUE_FOR_RECONCILIATION = "PermissionPair.dueForReconciliation";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_id")
  private long businessId;

  @Column(name = "number_id")
  private String numberId;

  @Column(name = "wa_id")
  private String waId;

  @Enumerated(EnumType.STRING)
  private PermissionState state = PermissionState.NONE;

  @Enumerated(EnumType.STRING)
  @Column(name = "state_before_request")
  private PermissionState stateBeforeRequest;

  @Enumerated(EnumType.STRING)
  private ConsentSource source;

  @Column(name = "granted_at")
  private Instant grantedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "open_request_id")
  private String openRequestId;

  @Column(name = "open_request_expires_at")
  private Instant openRequestExpiresAt;

  @Embedded private CallStreak calls = new CallStreak();

  @Column(name = "last_customer_contact_at")
  private Instant lastCustomerContactAt;

  @Column(name = "last_reconciled_at")
  private Instant lastReconciledAt;

  @Column(name = "last_reply_at")
  private Instant lastReplyAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected PermissionPair() {}

  public PermissionPair(long businessId, String numberId, String waId) {
    this.businessId = businessId;
    this.numberId = numberId;
    this.waId = waId;
  }

  /** Whether {@link #settle} would change anything at this instant. */
  public boolean needsSettling(Instant now) {
    return (state == PermissionState.TEMPORARY && !now.isBefore(expiresAt))
        || (openRequestExpiresAt != null && !now.isBefore(openRequestExpiresAt));
  }

  /** Writes down what time alone changed: a lapsed temporary permission, a lapsed request. */
  public List<Transition> settle(Instant now) {
    List<Transition> done = new ArrayList<>();
    if (state == PermissionState.TEMPORARY && !now.isBefore(expiresAt)) {
      done.add(move(PermissionState.EXPIRED, ConsentSource.EXPIRY, expiresAt, null, null));
    }
    if (state == PermissionState.PENDING
        && openRequestExpiresAt != null
        && !now.isBefore(openRequestExpiresAt)) {
      PermissionState back = stateBeforeRequest == null ? PermissionState.NONE : stateBeforeRequest;
      done.add(
          move(
              back,
              ConsentSource.EXPIRY,
              openRequestExpiresAt,
              openRequestId,
              "the request expired unanswered"));
    }
    if (openRequestExpiresAt != null && !now.isBefore(openRequestExpiresAt)) {
      openRequestId = null;
      openRequestExpiresAt = null;
    }
    return done;
  }

  /** The business sent a request (P6: it replaces any earlier one). */
  public List<Transition> requestSent(String messageId, Instant at, Instant requestExpiresAt) {
    openRequestId = messageId;
    openRequestExpiresAt = requestExpiresAt;
    touch(at);
    if (active(at) || state == PermissionState.PENDING) {
      return List.of();
    }
    stateBeforeRequest = state;
    return List.of(
        move(PermissionState.PENDING, ConsentSource.BUSINESS_REQUEST, at, messageId, null));
  }

  /** The customer granted permission (P3): by a reply, from the profile, or by calling. */
  public List<Transition> grant(
      boolean permanent,
      Instant at,
      ConsentSource by,
      String carrierId,
      String detail,
      PermissionLimits limits) {
    PermissionState next = permanent ? PermissionState.PERMANENT : PermissionState.TEMPORARY;
    Instant until = permanent ? null : at.plus(limits.temporaryLifetime());
    clearOpenRequest();
    if (state == next && active(at) && Objects.equals(until, expiresAt)) {
      return List.of();
    }
    grantedAt = at;
    expiresAt = until;
    // a grant reported by the Cloud API is as fresh as a comparison with it (P10)
    lastReconciledAt = at;
    return List.of(move(next, by, at, carrierId, detail));
  }

  /** The customer declined a request; it stays acceptable until it expires (P6). */
  public List<Transition> reject(Instant at, String carrierId, String detail) {
    clearOpenRequest();
    if (state == PermissionState.REJECTED) {
      return List.of();
    }
    return List.of(
        move(PermissionState.REJECTED, ConsentSource.USER_ACTION, at, carrierId, detail));
  }

  /** The permission ends before its time (P8): nothing changes when none is active. */
  public List<Transition> revoke(Instant at, ConsentSource by, String carrierId, String detail) {
    if (!active(at)) {
      return List.of();
    }
    calls.reset();
    return List.of(move(PermissionState.REVOKED, by, at, carrierId, detail));
  }

  /**
   * A call between the pair ended. Returns the revocation it caused, if any; {@link
   * #promptedToReconsider()} tells whether this call reached the prompt.
   */
  public List<Transition> callEnded(
      boolean businessInitiated,
      boolean answered,
      String callId,
      Instant at,
      UnansweredCallPolicy policy) {
    touch(at);
    if (answered) {
      calls.connected(at);
      return List.of();
    }
    if (businessInitiated && calls.unanswered(policy)) {
      int run = calls.consecutiveUnanswered();
      return revoke(
          at,
          ConsentSource.UNANSWERED_CALLS,
          callId,
          run + " business calls in a row went unanswered");
    }
    return List.of();
  }

  /**
   * Claims a reply's place in time. Replies come out of order; one older than the newest already
   * applied is stale (the customer has since changed their mind) and must change nothing.
   */
  public boolean replyIsCurrent(Instant repliedAt) {
    if (lastReplyAt != null && repliedAt.isBefore(lastReplyAt)) {
      return false;
    }
    lastReplyAt = repliedAt;
    return true;
  }

  /** The customer wrote or called: the customer service window runs from here (T3). */
  public void customerContact(Instant at) {
    if (lastCustomerContactAt == null || at.isAfter(lastCustomerContactAt)) {
      lastCustomerContactAt = at;
    }
  }

  /** Adopts what the Cloud API says where it disagrees (P10). */
  public List<Transition> reconcile(
      Reconciliation.Verdict verdict, Instant now, PermissionLimits limits) {
    lastReconciledAt = now;
    return switch (verdict.action()) {
      case KEEP -> List.of();
      case GRANT_TEMPORARY -> {
        grantedAt = verdict.expiresAt().minus(limits.temporaryLifetime());
        expiresAt = verdict.expiresAt();
        yield List.of(
            move(
                PermissionState.TEMPORARY,
                ConsentSource.RECONCILIATION,
                now,
                null,
                verdict.reason()));
      }
      case GRANT_PERMANENT -> {
        grantedAt = grantedAt == null ? now : grantedAt;
        expiresAt = null;
        yield List.of(
            move(
                PermissionState.PERMANENT,
                ConsentSource.RECONCILIATION,
                now,
                null,
                verdict.reason()));
      }
      case END ->
          List.of(
              move(verdict.endState(), ConsentSource.RECONCILIATION, now, null, verdict.reason()));
    };
  }

  /** Whether a business-initiated call may rely on the permission at this instant (P1, P7). */
  public boolean active(Instant now) {
    return state == PermissionState.PERMANENT
        || (state == PermissionState.TEMPORARY && now.isBefore(expiresAt));
  }

  private void clearOpenRequest() {
    openRequestId = null;
    openRequestExpiresAt = null;
  }

  private Transition move(
      PermissionState next, ConsentSource by, Instant at, String carrierId, String detail) {
    PermissionState previous = state;
    state = next;
    source = by;
    if (next != PermissionState.TEMPORARY && next != PermissionState.PERMANENT) {
      expiresAt = next == PermissionState.EXPIRED ? expiresAt : null;
    }
    touch(at);
    return new Transition(previous, next, by, at, carrierId, detail);
  }

  private void touch(Instant at) {
    if (updatedAt == null || at.isAfter(updatedAt)) {
      updatedAt = at;
    }
  }

  public Long id() {
    return id;
  }

  public long businessId() {
    return businessId;
  }

  public String numberId() {
    return numberId;
  }

  public String waId() {
    return waId;
  }

  public PermissionState state() {
    return state;
  }

  public ConsentSource source() {
    return source;
  }

  public Instant grantedAt() {
    return grantedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public int consecutiveUnanswered() {
    return calls.consecutiveUnanswered();
  }

  public boolean promptedToReconsider() {
    return calls.promptedToReconsider();
  }

  public Instant lastConnectedAt() {
    return calls.lastConnectedAt();
  }

  public Optional<Instant> lastCustomerContactAt() {
    return Optional.ofNullable(lastCustomerContactAt);
  }

  public Optional<String> openRequestId() {
    return Optional.ofNullable(openRequestId);
  }
}
