package dev.callgate.cloudapi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The app secrets that may sign webhooks for some WABAs: a WABA's own secret signs for that WABA
 * only; the shared secrets (the configured one, and one being rotated in) sign for every WABA that
 * has no secret of its own.
 *
 * @param shared the configured secrets
 * @param ownByWaba the WABAs that have a secret of their own, with it
 * @param wabaByNumber the WABA each known business number belongs to
 */
public record WebhookSecrets(
    List<String> shared, Map<String, String> ownByWaba, Map<String, String> wabaByNumber) {

  /**
   * Finds the secrets of the WABAs and numbers a delivery names: {@code ownByWaba} must cover the
   * WABAs named and those the named numbers belong to.
   */
  @FunctionalInterface
  public interface Lookup {
    WebhookSecrets of(Set<String> wabaIds, Set<String> phoneNumberIds);
  }

  public WebhookSecrets {
    shared = List.copyOf(shared);
    ownByWaba = Map.copyOf(ownByWaba);
    wabaByNumber = Map.copyOf(wabaByNumber);
  }

  /**
   * The secrets that speak for all of these WABAs and numbers at once: a delivery about two WABAs
   * with secrets of their own has none. Numbers Callgate does not know belong to no tenant.
   */
  public Set<String> speakingFor(Set<String> wabaIds, Set<String> phoneNumberIds) {
    Set<String> tenants = new HashSet<>(wabaIds);
    for (String number : phoneNumberIds) {
      String waba = wabaByNumber.get(number);
      if (waba != null) {
        tenants.add(waba);
      }
    }
    Set<String> allowed = new HashSet<>(shared);
    boolean first = true;
    for (String waba : tenants) {
      String own = ownByWaba.get(waba);
      Set<String> its = own == null ? Set.copyOf(shared) : Set.of(own);
      if (first) {
        allowed = new HashSet<>(its);
        first = false;
      } else {
        allowed.retainAll(its);
      }
    }
    return Set.copyOf(allowed);
  }

  /** Credentials end up in log lines through toString; never print them. */
  @Override
  public String toString() {
    return "WebhookSecrets[shared=" + shared.size() + ", own=" + ownByWaba.keySet() + "]";
  }
}
