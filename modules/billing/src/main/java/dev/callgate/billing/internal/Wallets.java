package dev.callgate.billing.internal;

import dev.callgate.billing.LedgerEntryView;
import dev.callgate.billing.WalletView;
import dev.callgate.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Loads wallets, locked when they are about to change, and appends their ledger lines.
 *
 * <p>The wallet's row is the lock behind every balance change: it is created race-free ({@code on
 * conflict do nothing}) and then read {@code for update}, so two debits or top-ups of one business,
 * on two threads or two nodes, run one after the other, and the second sees the first's line (which
 * is how a repeated reference or call id is recognised before the unique constraint has to).
 */
@ApplicationScoped
public class Wallets {

  @PersistenceContext(unitName = "billing")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject private BillingSettings settings;

  /**
   * The wallet, created empty if it never existed, locked until the transaction ends. Call it
   * before anything else reads the wallet in the transaction, so that it reads the row afresh.
   */
  public Wallet lock(long businessId) {
    em.createNativeQuery(
            "insert into billing_wallet (business_id, currency, balance, updated_at)"
                + " values (?1, ?2, 0, ?3) on conflict do nothing")
        .setParameter(1, businessId)
        .setParameter(2, settings.currency())
        .setParameter(3, clock.instant())
        .executeUpdate();
    return em.find(Wallet.class, businessId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The balance as it is, without a lock; a business without a wallet has zero and is blocked. */
  public WalletView view(long businessId) {
    return exists(businessId)
        .map(Wallet::view)
        .orElseGet(() -> new WalletView(businessId, Money.zero(settings.currency()), true));
  }

  public Optional<Wallet> exists(long businessId) {
    return Optional.ofNullable(em.find(Wallet.class, businessId));
  }

  public Optional<LedgerEntry> topUp(long businessId, String reference) {
    return line(LedgerEntry.TOP_UP, businessId, reference);
  }

  public Optional<LedgerEntry> debitOf(long businessId, String callId) {
    return line(LedgerEntry.CALL_DEBIT, businessId, callId);
  }

  public LedgerEntry append(LedgerEntry entry) {
    em.persist(entry);
    return entry;
  }

  public List<LedgerEntryView> page(long businessId, Instant from, Instant to, int page, int size) {
    return em.createNamedQuery(LedgerEntry.PAGE, LedgerEntry.class)
        .setParameter("business", businessId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultStream()
        .map(LedgerEntry::view)
        .toList();
  }

  public long count(long businessId, Instant from, Instant to) {
    return em.createNamedQuery(LedgerEntry.COUNT, Long.class)
        .setParameter("business", businessId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  private Optional<LedgerEntry> line(String query, long businessId, String key) {
    return em.createNamedQuery(query, LedgerEntry.class)
        .setParameter("business", businessId)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }
}
