package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.ApiCaller;
import dev.callgate.accounts.ApiKeyService;
import dev.callgate.accounts.ApiKeyView;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.IssuedApiKey;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultApiKeyService implements ApiKeyService {

  /** Writing last-used on every request would turn each read into a write. */
  private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

  @Inject private AuditLog audit;

  @Inject private Clock clock;

  @Override
  public IssuedApiKey issue(Actor actor, String name) {
    String secret = ApiKeySecrets.newSecret();
    ApiKey key = ApiKeySecrets.keyFor(actor, name.strip(), secret, clock.instant());
    em.persist(key);
    em.flush();
    audit.record(actor, "api-key.issue", "api-key:" + key.view().id(), key.view().prefix());
    return new IssuedApiKey(key.view(), secret);
  }

  @Override
  public ApiKeyView revoke(Actor actor, long keyId) {
    // Locked as it is read: two revocations at once audit once, on the row's latest state.
    ApiKey key =
        Optional.ofNullable(em.find(ApiKey.class, keyId, LockModeType.PESSIMISTIC_WRITE))
            .filter(k -> k.businessId() == actor.businessId())
            .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No API key " + keyId));
    if (key.revoke(clock.instant())) {
      audit.record(actor, "api-key.revoke", "api-key:" + keyId, key.view().prefix());
    }
    return key.view();
  }

  @Override
  public List<ApiKeyView> keys(long businessId) {
    return em.createNamedQuery(ApiKey.BY_BUSINESS, ApiKey.class)
        .setParameter("business", businessId)
        .getResultStream()
        .map(ApiKey::view)
        .toList();
  }

  @Override
  public Optional<ApiCaller> authenticate(String secret) {
    if (secret == null || !secret.startsWith(ApiKeySecrets.MARK) || secret.length() > 200) {
      return Optional.empty();
    }
    Optional<ApiKey> found =
        em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class)
            .setParameter("hash", ApiKeySecrets.hash(secret))
            .getResultStream()
            .filter(ApiKey::active)
            .findFirst();
    found.ifPresent(this::touch);
    return found.map(k -> new ApiCaller(k.businessId(), k.view().id(), k.view().prefix()));
  }

  /**
   * One column, written by a statement of its own: writing the whole loaded entity back would also
   * write its {@code revoked_at} as it was read, so a request that authenticated just before a
   * revocation committed would bring the revoked key back to life.
   */
  private void touch(ApiKey key) {
    Instant now = clock.instant();
    if (key.lastUsedAt() == null || key.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
      em.createNamedQuery(ApiKey.TOUCH)
          .setParameter("now", now)
          .setParameter("id", key.view().id())
          .setParameter("staleBefore", now.minus(LAST_USED_RESOLUTION))
          .executeUpdate();
    }
  }
}
