package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditEntryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audit entry; written once, never changed. */
@Entity
@Table(name = "accounts_audit")
@NamedQuery(
    name = AuditRecord.RECENT,
    query = "select a from AuditRecord a where a.businessId = :business order by a.id desc")
public class AuditRecord {

  static final String RECENT = "AuditRecord.recent";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_id", updatable = false)
  private long businessId;

  @Column(updatable = false)
  private String principal;

  @Column(updatable = false)
  private String action;

  @Column(updatable = false)
  private String target;

  @Column(updatable = false)
  private String detail;

  @Column(updatable = false)
  private String source;

  @Column(name = "occurred_at", updatable = false)
  private Instant at;

  protected AuditRecord() {}

  public AuditRecord(Actor actor, String action, String target, String detail, Instant at) {
    this.businessId = actor.businessId();
    this.principal = actor.principal();
    this.source = actor.source();
    this.action = action;
    this.target = target;
    this.detail = detail;
    this.at = at;
  }

  public AuditEntryView view() {
    return new AuditEntryView(id, businessId, principal, action, target, detail, source, at);
  }
}
