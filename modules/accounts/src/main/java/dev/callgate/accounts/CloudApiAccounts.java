package dev.callgate.accounts;

import dev.callgate.cloudapi.CloudApiAccount;
import dev.callgate.cloudapi.WebhookSecrets;
import java.util.Set;

/**
 * The Cloud API credentials of each WhatsApp Business Account: the WABA's own overrides where it
 * has them, the configured {@code callgate.cloudapi.*} defaults otherwise.
 */
public interface CloudApiAccounts {

  /**
   * The account of a WABA of this business.
   *
   * @throws dev.callgate.kernel.CallingException {@code not_found} for an unknown WABA or one of
   *     another business (A2)
   */
  CloudApiAccount forWaba(long businessId, String wabaId);

  /**
   * The account of the WABA a phone number of this business belongs to.
   *
   * @throws dev.callgate.kernel.CallingException {@code not_found} for an unknown number or one of
   *     another business (A2)
   */
  CloudApiAccount forNumber(long businessId, String phoneNumberId);

  /**
   * The app secrets of the WABAs and numbers a webhook delivery names, for cloudapi's signature
   * check ({@link dev.callgate.cloudapi.WebhookSignature#verifyForTenants}): the configured
   * (shared) secrets, the own secret of each named WABA and of each named number's WABA that has
   * one, and the WABA of each named number Callgate knows.
   */
  WebhookSecrets webhookSecrets(Set<String> wabaIds, Set<String> phoneNumberIds);
}
