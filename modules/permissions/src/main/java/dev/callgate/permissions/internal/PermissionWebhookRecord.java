package dev.callgate.permissions.internal;

import dev.callgate.permissions.ReplyView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One permission webhook as received, Meta's reply or 360dialog's status alike, with what it did.
 */
@Entity
@Table(name = "permissions_webhook_reply")
@NamedQuery(
    name = PermissionWebhookRecord.OF_PAIR,
    query =
        "select r from PermissionWebhookRecord r where r.phoneNumberId = :number"
            + " and r.waId = :waId order by r.id")
public class PermissionWebhookRecord {

  static final String OF_PAIR = "PermissionWebhookRecord.ofPair";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "waba_id")
  private String wabaId;

  @Column(name = "phone_number_id")
  private String phoneNumberId;

  @Column(name = "wa_id")
  private String waId;

  /** META or D360: the two shapes say different things, so keep which one spoke. */
  private String origin;

  @Column(name = "message_id")
  private String messageId;

  private String response;

  private boolean permanent;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "response_source")
  private String responseSource;

  @Column(name = "context_id")
  private String contextId;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  /** What the reply did: APPLIED, or why it changed nothing (see {@link ReplyOutcome}). */
  private String outcome;

  protected PermissionWebhookRecord() {}

  PermissionWebhookRecord(String wabaId, String phoneNumberId, String waId, String origin) {
    this.wabaId = wabaId;
    this.phoneNumberId = phoneNumberId;
    this.waId = waId;
    this.origin = origin;
  }

  PermissionWebhookRecord answered(
      String messageId, String response, boolean permanent, Instant expiresAt, Instant repliedAt) {
    this.messageId = messageId;
    this.response = response;
    this.permanent = permanent;
    this.expiresAt = expiresAt;
    this.repliedAt = repliedAt;
    return this;
  }

  void outcome(ReplyOutcome outcome) {
    this.outcome = outcome.name();
  }

  PermissionWebhookRecord because(String responseSource, String contextId, Instant recordedAt) {
    this.responseSource = responseSource;
    this.contextId = contextId;
    this.recordedAt = recordedAt;
    return this;
  }

  ReplyView view() {
    return new ReplyView(
        messageId, response, permanent, responseSource, contextId, repliedAt, recordedAt, outcome);
  }
}
