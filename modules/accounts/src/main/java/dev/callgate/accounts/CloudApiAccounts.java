package dev.callgate.accounts;

import dev.callgate.cloudapi.CloudApiAccount;
import java.util.List;

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
   * Every app secret a webhook may be signed with: the configured default and each WABA's own,
   * without duplicates. The webhook receiver accepts a body that any of them signs.
   */
  List<String> appSecrets();
}
