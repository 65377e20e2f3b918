package dev.callgate.permissions.internal;

import dev.callgate.permissions.PermissionRequestView;
import dev.callgate.permissions.RequestKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A call permission request to a customer, and how long it can be answered (P6): until 7 days after
 * delivery while unanswered, 7 days after the answer once answered (a decline can still become an
 * accept), and no longer once a newer request went to the pair.
 *
 * <p>A request is reserved SENDING under the pair's lock before the Cloud API hears of it, and
 * counts toward the limits (P4) from that commit on. Meta's answer makes it SENT, with Meta's
 * message id and the instant Meta confirmed it; a refusal, or a request lost in transit, makes it
 * FAILED with the reason, and a failed request counts toward nothing.
 */
@Entity
@Table(name = "permissions_request")
@NamedQuery(
    name = PermissionRequest.BY_MESSAGE,
    query = "select r from PermissionRequest r where r.pairId = :pair and r.messageId = :message")
@NamedQuery(
    name = PermissionRequest.OF_PAIR,
    query =
        "select r from PermissionRequest r where r.pairId = :pair order by r.sentAt desc, r.id desc")
@NamedQuery(
    name = PermissionRequest.SENT_SINCE,
    query =
        "select r.sentAt from PermissionRequest r where r.pairId = :pair and r.sentAt > :since"
            + " and r.delivery <> dev.callgate.permissions.internal.RequestDelivery.FAILED")
@NamedQuery(
    name = PermissionRequest.LIVE,
    query =
        "select r from PermissionRequest r where r.pairId = :pair and r.expiresAt > :now"
            + " and r.delivery = dev.callgate.permissions.internal.RequestDelivery.SENT")
@NamedQuery(
    name = PermissionRequest.SENDING,
    query =
        "select count(r) from PermissionRequest r where r.pairId = :pair"
            + " and r.delivery = dev.callgate.permissions.internal.RequestDelivery.SENDING")
public class PermissionRequest {

  static final String BY_MESSAGE = "PermissionRequest.byMessage";
  static final String OF_PAIR = "PermissionRequest.ofPair";
  static final String SENT_SINCE = "PermissionRequest.sentSince";
  static final String LIVE = "PermissionRequest.live";
  static final String SENDING = "PermissionRequest.sending";

  /** The longest failure reason kept; the column's width. */
  private static final int FAILURE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "pair_id")
  private Long pairId;

  @Column(name = "number_id")
  private String numberId;

  @Column(name = "wa_id")
  private String waId;

  @Enumerated(EnumType.STRING)
  private RequestKind kind;

  @Column(name = "message_id")
  private String messageId;

  @Column(name = "template_name")
  private String templateName;

  @Column(name = "template_language")
  private String templateLanguage;

  @Column(name = "body_text")
  private String bodyText;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  private String answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @Column(name = "requested_by")
  private String requestedBy;

  @Enumerated(EnumType.STRING)
  private RequestDelivery delivery;

  private String failure;

  protected PermissionRequest() {}

  PermissionRequest(PermissionPair pair, RequestKind kind, String requestedBy) {
    this.pairId = pair.id();
    this.numberId = pair.numberId();
    this.waId = pair.waId();
    this.kind = kind;
    this.requestedBy = requestedBy;
  }

  PermissionRequest content(String bodyText, String templateName, String templateLanguage) {
    this.bodyText = bodyText;
    this.templateName = templateName;
    this.templateLanguage = templateLanguage;
    return this;
  }

  /** Reserved under the pair's lock: counts toward the limits before Meta hears of it (P4). */
  PermissionRequest reserved(Instant at, Duration lifetime) {
    this.delivery = RequestDelivery.SENDING;
    this.sentAt = at;
    this.expiresAt = at.plus(lifetime);
    return this;
  }

  /**
   * Meta took the request. It is dated when Meta confirmed it, never before the reservation, so
   * that the instant Callgate allows the next request is never earlier than Meta's.
   */
  PermissionRequest sent(String messageId, Instant at, Duration lifetime) {
    this.delivery = RequestDelivery.SENT;
    this.messageId = messageId;
    this.sentAt = sentAt == null || at.isAfter(sentAt) ? at : sentAt;
    this.expiresAt = sentAt.plus(lifetime);
    return this;
  }

  /** Meta refused the request, or it was lost on the way: it counts toward nothing. */
  void failed(String reason, Instant at) {
    this.delivery = RequestDelivery.FAILED;
    this.failure = reason.length() > FAILURE_LENGTH ? reason.substring(0, FAILURE_LENGTH) : reason;
    this.expiresAt = at.isAfter(sentAt) ? at : sentAt;
  }

  boolean sending() {
    return delivery == RequestDelivery.SENDING;
  }

  String failure() {
    return failure;
  }

  /** Whether a reply arriving now can still change anything (P6, P12). */
  boolean answerable(Instant now) {
    return now.isBefore(expiresAt);
  }

  /** The customer answered; the request lives 7 more days from the answer (P6). */
  void answered(boolean accepted, Instant at, Duration lifetime) {
    this.answer = accepted ? "ACCEPT" : "REJECT";
    this.answeredAt = at;
    this.expiresAt = at.plus(lifetime);
  }

  /** A newer request went to the pair: this one can no longer be answered (P6). */
  void supersede(Instant at) {
    if (at.isBefore(expiresAt)) {
      this.supersededAt = at;
      this.expiresAt = at;
    }
  }

  Long id() {
    return id;
  }

  Long pairId() {
    return pairId;
  }

  RequestKind kind() {
    return kind;
  }

  Instant sentAt() {
    return sentAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  String messageId() {
    return messageId;
  }

  PermissionRequestView view(Instant now) {
    return new PermissionRequestView(
        id,
        numberId,
        waId,
        kind,
        status(now),
        messageId,
        templateName,
        sentAt,
        expiresAt,
        answer,
        answeredAt,
        requestedBy,
        failure);
  }

  String status(Instant now) {
    if (delivery != RequestDelivery.SENT) {
      return delivery.name();
    }
    if (supersededAt != null) {
      return "SUPERSEDED";
    }
    if (!now.isBefore(expiresAt)) {
      return "EXPIRED";
    }
    return answer == null ? "SENT" : "ANSWERED";
  }
}
