package dev.callgate.templates.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One template status webhook as received, whether or not a template of Callgate's matched it: the
 * record of what Meta said, and the reports a template submitted a moment later still catches up
 * on.
 */
@Entity
@Table(name = "templates_status_event")
@NamedQuery(
    name = TemplateStatusRecord.BY_TEMPLATE_ID,
    query = "select r from TemplateStatusRecord r where r.templateId = :templateId order by r.id")
public class TemplateStatusRecord {

  static final String BY_TEMPLATE_ID = "TemplateStatusRecord.byTemplateId";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "waba_id")
  private String wabaId;

  @Column(name = "template_id")
  private String templateId;

  private String name;

  private String language;

  private String event;

  private String reason;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected TemplateStatusRecord() {}

  TemplateStatusRecord(
      String wabaId,
      String templateId,
      String name,
      String language,
      String event,
      String reason,
      Instant sentAt,
      Instant recordedAt) {
    this.wabaId = wabaId;
    this.templateId = templateId;
    this.name = name;
    this.language = language;
    this.event = event;
    this.reason = reason;
    this.sentAt = sentAt;
    this.recordedAt = recordedAt;
  }

  String event() {
    return event;
  }

  String reason() {
    return reason;
  }

  Instant sentAt() {
    return sentAt;
  }
}
