package dev.callgate.billing.internal;

import dev.callgate.billing.CallCharge;
import dev.callgate.billing.LedgerEntryKind;
import dev.callgate.billing.LedgerEntryView;
import dev.callgate.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.hibernate.annotations.Immutable;

/**
 * One line of a wallet's ledger (B6). Hibernate never updates it ({@link Immutable}) and the
 * database refuses updates and deletes with a trigger: the history of a wallet only grows. Lines
 * are only created by {@link Wallet}, which moves the balance with them.
 */
@Entity
@Immutable
@Table(name = "billing_ledger")
@NamedQuery(
    name = LedgerEntry.TOP_UP,
    query = "select e from LedgerEntry e where e.businessId = :business and e.reference = :key")
@NamedQuery(
    name = LedgerEntry.CALL_DEBIT,
    query = "select e from LedgerEntry e where e.businessId = :business and e.callId = :key")
@NamedQuery(
    name = LedgerEntry.PAGE,
    query =
        "select e from LedgerEntry e where e.businessId = :business and e.recordedAt >= :from"
            + " and e.recordedAt < :to order by e.id desc")
@NamedQuery(
    name = LedgerEntry.COUNT,
    query =
        "select count(e) from LedgerEntry e where e.businessId = :business"
            + " and e.recordedAt >= :from and e.recordedAt < :to")
public class LedgerEntry {

  static final String TOP_UP = "LedgerEntry.topUp";
  static final String CALL_DEBIT = "LedgerEntry.callDebit";
  static final String PAGE = "LedgerEntry.page";
  static final String COUNT = "LedgerEntry.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_id")
  private long businessId;

  @Enumerated(EnumType.STRING)
  private LedgerEntryKind kind;

  private BigDecimal amount;

  private String currency;

  @Column(name = "balance_after")
  private BigDecimal balanceAfter;

  private String reference;

  @Column(name = "call_id")
  private String callId;

  @Column(name = "wa_id")
  private String waId;

  private String market;

  @Column(name = "rate_per_minute")
  private BigDecimal ratePerMinute;

  @Column(name = "rate_card_id")
  private Long rateCardId;

  @Column(name = "duration_seconds")
  private Integer durationSeconds;

  private Long pulses;

  @Column(name = "call_started_at")
  private Instant callStartedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected LedgerEntry() {}

  private LedgerEntry(
      long businessId,
      LedgerEntryKind kind,
      Money amount,
      Money balanceAfter,
      String recordedBy,
      Instant at) {
    this.businessId = businessId;
    this.kind = kind;
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.balanceAfter = balanceAfter.amount();
    this.recordedBy = recordedBy;
    this.recordedAt = at;
  }

  static LedgerEntry topUp(
      long businessId,
      Money amount,
      Money balanceAfter,
      String reference,
      String recordedBy,
      Instant at) {
    LedgerEntry entry =
        new LedgerEntry(businessId, LedgerEntryKind.TOP_UP, amount, balanceAfter, recordedBy, at);
    entry.reference = reference;
    return entry;
  }

  static LedgerEntry callDebit(
      long businessId,
      String callId,
      PricedCall call,
      Money balanceAfter,
      String recordedBy,
      Instant startedAt,
      Instant at) {
    LedgerEntry entry =
        new LedgerEntry(
            businessId,
            LedgerEntryKind.CALL_DEBIT,
            call.cost().negate(),
            balanceAfter,
            recordedBy,
            at);
    entry.callId = callId;
    entry.waId = call.waId().value();
    entry.market = call.rate().market();
    entry.ratePerMinute = call.rate().ratePerMinute().amount();
    entry.rateCardId = call.rate().rateCardId();
    entry.durationSeconds = call.durationSeconds();
    entry.pulses = call.pulses().count();
    entry.callStartedAt = startedAt;
    return entry;
  }

  /** The charge this debit line records; {@code repeated} when a caller charged the call again. */
  CallCharge charge(boolean repeated) {
    return new CallCharge(
        callId,
        market,
        money(ratePerMinute),
        durationSeconds,
        pulses,
        money(amount).negate(),
        id,
        repeated);
  }

  Money amount() {
    return money(amount);
  }

  Money balanceAfter() {
    return money(balanceAfter);
  }

  LedgerEntryView view() {
    return new LedgerEntryView(
        id,
        kind,
        money(amount),
        money(balanceAfter),
        reference,
        callId,
        waId,
        market,
        money(ratePerMinute),
        durationSeconds,
        pulses,
        recordedAt,
        recordedBy);
  }

  private Money money(BigDecimal value) {
    return value == null ? null : new Money(value, Currency.getInstance(currency));
  }
}
