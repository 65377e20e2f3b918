package dev.callgate.accounts.internal;

import dev.callgate.accounts.CloudApiAccounts;
import dev.callgate.cloudapi.CloudApiAccount;
import dev.callgate.cloudapi.WebhookSecrets;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class DefaultCloudApiAccounts implements CloudApiAccounts {

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

  // Optional: an empty value means "not set", which base-url resolution tells apart from "auto"
  @Inject
  @ConfigProperty(name = "callgate.cloudapi.base-url")
  Optional<String> baseUrl;

  @Inject
  @ConfigProperty(name = "callgate.cloudapi.graph-version", defaultValue = "v23.0")
  String graphVersion;

  @Inject
  @ConfigProperty(name = "callgate.cloudapi.access-token")
  Optional<String> accessToken;

  @Inject
  @ConfigProperty(name = "callgate.cloudapi.app-secret")
  Optional<String> appSecret;

  @Inject
  @ConfigProperty(name = "callgate.sandbox.enabled", defaultValue = "false")
  boolean sandboxEnabled;

  @Inject
  @ConfigProperty(name = "callgate.public-url")
  Optional<String> publicUrl;

  @Override
  public CloudApiAccount forWaba(long businessId, String wabaId) {
    return waba(businessId, wabaId)
        .orElseThrow(() -> notFound("WABA " + wabaId))
        .cloudApiAccount(defaults());
  }

  @Override
  public CloudApiAccount forNumber(long businessId, String phoneNumberId) {
    return Optional.ofNullable(phoneNumberId)
        .map(id -> em.find(PhoneNumber.class, id))
        .filter(n -> n.businessId() == businessId)
        .flatMap(n -> waba(businessId, n.wabaId()))
        .orElseThrow(() -> notFound("Phone number " + phoneNumberId))
        .cloudApiAccount(defaults());
  }

  @Override
  public WebhookSecrets webhookSecrets(Set<String> wabaIds, Set<String> phoneNumberIds) {
    // several comma-separated secrets while one is being rotated in
    List<String> shared =
        appSecret.stream()
            .flatMap(configured -> Arrays.stream(configured.split(",")))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .distinct()
            .toList();
    Map<String, String> wabaByNumber = new HashMap<>();
    if (!phoneNumberIds.isEmpty()) {
      for (Object[] row :
          em.createNamedQuery(PhoneNumber.WABAS, Object[].class)
              .setParameter("ids", phoneNumberIds)
              .getResultList()) {
        wabaByNumber.put((String) row[0], (String) row[1]);
      }
    }
    Set<String> wabas = new HashSet<>(wabaIds);
    wabas.addAll(wabaByNumber.values());
    Map<String, String> own = new HashMap<>();
    if (!wabas.isEmpty()) {
      for (Object[] row :
          em.createNamedQuery(Waba.OWN_SECRETS, Object[].class)
              .setParameter("ids", wabas)
              .getResultList()) {
        own.put((String) row[0], (String) row[1]);
      }
    }
    return new WebhookSecrets(shared, own, wabaByNumber);
  }

  private Optional<Waba> waba(long businessId, String wabaId) {
    return Optional.ofNullable(wabaId)
        .map(id -> em.find(Waba.class, id))
        .filter(w -> w.businessId() == businessId);
  }

  private CloudApiDefaults defaults() {
    return new CloudApiDefaults(
        baseUrl.orElse(null),
        graphVersion,
        accessToken.orElse(null),
        appSecret.orElse(null),
        sandboxEnabled,
        publicUrl.orElse(null));
  }

  private static CallingException notFound(String what) {
    return CallingException.of(ErrorCode.NOT_FOUND, what + " not found");
  }
}
