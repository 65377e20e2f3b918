package dev.callgate.permissions.internal;

import dev.callgate.accounts.CloudApiAccounts;
import dev.callgate.cloudapi.CallPermissions;
import dev.callgate.cloudapi.CloudApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Rule P10 for one pair: asks the Cloud API first, without holding the pair's lock during the
 * request, then locks, settles and adopts Meta's answer where it differs.
 */
@ApplicationScoped
public class PairReconciler {

  @EJB private CloudApiAccounts accounts;

  @Inject private CloudApi cloudApi;

  @Inject private PermissionPairs pairs;

  @Inject private PermissionSettings settings;

  @Inject private Clock clock;

  public PermissionPair reconcile(long businessId, String numberId, String waId) {
    CallPermissions meta =
        cloudApi.callPermissions(accounts.forNumber(businessId, numberId), numberId, waId);
    PermissionPair pair = pairs.lock(businessId, numberId, waId);
    Instant now = clock.instant();
    pairs.record(pair, pair.settle(now));
    Reconciliation.Verdict verdict =
        Reconciliation.compare(pair.state(), pair.expiresAt(), meta, now);
    pairs.record(pair, pair.reconcile(verdict, now, settings.limits()));
    return pair;
  }
}
