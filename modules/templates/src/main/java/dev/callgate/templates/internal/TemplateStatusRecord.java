package dev.callgate.templates.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One template status webhook as received. */
@Entity
@Table(name = "templates_status_event")
public class TemplateStatusRecord {

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
      Instant recordedAt) {
    this.wabaId = wabaId;
    this.templateId = templateId;
    this.name = name;
    this.language = language;
    this.event = event;
    this.reason = reason;
    this.recordedAt = recordedAt;
  }

  String event() {
    return event;
  }
}
