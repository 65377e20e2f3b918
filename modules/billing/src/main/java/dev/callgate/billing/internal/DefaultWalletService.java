package dev.callgate.billing.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.billing.LedgerPage;
import dev.callgate.billing.TopUpRequest;
import dev.callgate.billing.TopUpResult;
import dev.callgate.billing.WalletService;
import dev.callgate.billing.WalletView;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.Money;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Wallet use cases: reading, topping up (audited, A3) and listing the ledger. */
@Stateless
public class DefaultWalletService implements WalletService {

  /** Bounds of a ledger query left open: every line ever recorded lies between them. */
  private static final Instant BEGINNING = Instant.EPOCH;

  private static final Instant NO_END = Instant.parse("9999-12-31T00:00:00Z");

  @Inject private Wallets wallets;

  @Inject private BillingSettings settings;

  @Inject private Clock clock;

  @EJB private AuditLog audit;

  @Override
  public WalletView wallet(long businessId) {
    return wallets.view(businessId);
  }

  @Override
  public TopUpResult topUp(Actor actor, TopUpRequest given) {
    TopUpRequest request = given == null ? new TopUpRequest(null, null) : given;
    Money amount = settings.topUps().amount(request);
    String reference = TopUpPolicy.reference(request);
    Wallet wallet = wallets.lock(actor.businessId());
    Optional<LedgerEntry> earlier = wallets.topUp(actor.businessId(), reference);
    if (earlier.isPresent()) {
      if (!earlier.get().amount().equals(amount)) {
        throw CallingException.of(
            ErrorCode.CONFLICT,
            "Reference "
                + reference
                + " already credited "
                + earlier.get().amount()
                + "; a different top-up needs its own reference");
      }
      return new TopUpResult(earlier.get().view(), false);
    }
    LedgerEntry entry =
        wallets.append(wallet.topUp(amount, reference, actor.principal(), clock.instant()));
    audit.record(
        actor,
        "wallet.top-up",
        "wallet",
        "credited " + amount + " (reference " + reference + "), balance " + wallet.balance());
    return new TopUpResult(entry.view(), true);
  }

  @Override
  public LedgerPage ledger(long businessId, Instant from, Instant to, Integer page, Integer size) {
    int pageNumber = page == null ? 0 : page;
    int pageSize = size == null ? settings.defaultPageSize() : size;
    Instant start = from == null ? BEGINNING : from;
    Instant end = to == null ? NO_END : to;
    checkQuery(pageNumber, pageSize, start, end);
    long total = wallets.count(businessId, start, end);
    if ((long) pageNumber * pageSize >= total) {
      return new LedgerPage(List.of(), pageNumber, pageSize, total);
    }
    return new LedgerPage(
        wallets.page(businessId, start, end, pageNumber, pageSize), pageNumber, pageSize, total);
  }

  // The interface's constraints too: method validation is not applied to these EJBs.
  private void checkQuery(int page, int size, Instant start, Instant end) {
    List<FieldProblem> problems = new ArrayList<>();
    if (page < 0) {
      problems.add(new FieldProblem("page", "must be at least 0"));
    }
    if (size < 1 || size > settings.maxPageSize()) {
      problems.add(new FieldProblem("size", "must be between 1 and " + settings.maxPageSize()));
    }
    if (!start.isBefore(end)) {
      problems.add(new FieldProblem("to", "must be after from"));
    }
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
  }
}
