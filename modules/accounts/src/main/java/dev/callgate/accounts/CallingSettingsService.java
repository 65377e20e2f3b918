package dev.callgate.accounts;

import jakarta.validation.constraints.NotNull;

/**
 * Changes a number's calling settings (rule S1): validated as a whole, stored, audited, and pushed
 * to the Cloud API's settings endpoint in the same transaction, so a refusal upstream leaves the
 * stored settings unchanged.
 */
public interface CallingSettingsService {

  /**
   * Replaces the settings; {@code deepLink} is derived from the number and ignored here.
   *
   * @throws dev.callgate.kernel.CallingException validation_failed listing every field problem,
   *     not_found for a number of another business, or the Cloud API's refusal
   */
  NumberView update(
      @NotNull Actor actor, @NotNull String numberId, @NotNull CallingSettings settings);
}
