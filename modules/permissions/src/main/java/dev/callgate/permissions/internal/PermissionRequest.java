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
 * A call permission request sent to a customer, and how long it can be answered (P6): until 7 days
 * after delivery while unanswered, 7 days after the answer once answered (a decline can still
 * become an accept), and no longer once a newer request went to the pair.
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
    query = "select r.sentAt from PermissionRequest r where r.pairId = :pair and r.sentAt > :since")
@NamedQuery(
    name = PermissionRequest.LIVE,
    query = "select r from PermissionRequest r where r.pairId = :pair and r.expiresAt > :now")
public class PermissionRequest {

  static final String BY_MESSAGE = "PermissionRequest.byMessage";
  static final String OF_PAIR = "PermissionRequest.ofPair";
  static final String SENT_SINCE = "PermissionRequest.sentSince";
  static final String LIVE = "PermissionRequest.live";

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

  PermissionRequest sent(String messageId, Instant at, Duration lifetime) {
    this.messageId = messageId;
    this.sentAt = at;
    this.expiresAt = at.plus(lifetime);
    return this;
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
        requestedBy);
  }

  String status(Instant now) {
    if (supersededAt != null) {
      return "SUPERSEDED";
    }
    if (!now.isBefore(expiresAt)) {
      return "EXPIRED";
    }
    return answer == null ? "SENT" : "ANSWERED";
  }
}
