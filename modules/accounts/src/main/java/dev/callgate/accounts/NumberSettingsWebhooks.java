package dev.callgate.accounts;

import dev.callgate.cloudapi.webhook.AccountSettingsUpdate;

/**
 * Applies a number's calling settings as Meta reports them changed ({@code
 * account_settings_update}), so that Callgate's copy follows changes made in WhatsApp Manager.
 */
public interface NumberSettingsWebhooks {

  /**
   * Applies what maps onto the number's settings (voice calls, call buttons, callback requests);
   * the rest (SIP, SRTP) Callgate does not keep.
   *
   * @throws dev.callgate.kernel.CallingException not_found for a number Callgate does not know,
   *     validation_failed for a value it cannot represent; the update is then retried and finally
   *     left for an operator
   */
  NumberView apply(AccountSettingsUpdate update);
}
