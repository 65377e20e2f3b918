package dev.callgate.permissions.internal;

import dev.callgate.permissions.ConsentEntry;
import dev.callgate.permissions.ConsentSource;
import dev.callgate.permissions.PermissionState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the consent ledger (P11). Hibernate never updates it ({@link Immutable}), and the
 * database refuses updates and deletes with a trigger, so not even a hand-written SQL statement can
 * rewrite the history.
 */
@Entity
@Immutable
@Table(name = "permissions_consent")
@NamedQuery(
    name = ConsentRecord.OF_PAIR,
    query =
        "select c from ConsentRecord c where c.numberId = :number and c.waId = :waId"
            + " order by c.occurredAt, c.id")
public class ConsentRecord {

  static final String OF_PAIR = "ConsentRecord.ofPair";

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
  private PermissionState state;

  @Enumerated(EnumType.STRING)
  private ConsentSource source;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "carrier_id")
  private String carrierId;

  private String detail;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected ConsentRecord() {}

  ConsentRecord(PermissionPair pair, Transition t, Instant recordedAt) {
    this.businessId = pair.businessId();
    this.numberId = pair.numberId();
    this.waId = pair.waId();
    this.state = t.to();
    this.source = t.source();
    this.occurredAt = t.at();
    this.carrierId = t.carrierId();
    this.detail = t.detail();
    this.recordedAt = recordedAt;
  }

  ConsentEntry view() {
    return new ConsentEntry(id, numberId, waId, state, source, occurredAt, carrierId, detail);
  }
}
