package dev.callgate.accounts;

import jakarta.validation.constraints.NotNull;

/**
 * Changes a number's calling settings (rule S1): validated as a whole, stored and audited under the
 * number's lock, then pushed to the Cloud API's settings endpoint after the commit, holding no
 * lock. How the push went is kept with the settings ({@link #push}); the last committed settings
 * are what Meta ends up with, whatever order concurrent pushes arrive in.
 */
public interface CallingSettingsService {

  /**
   * Replaces the settings; {@code deepLink} is derived from the number and ignored here.
   *
   * <p>A Cloud API refusal or outage does not undo the stored change: {@link #push} says FAILED,
   * with the reason, and the next change pushes again.
   *
   * @throws dev.callgate.kernel.CallingException validation_failed listing every field problem,
   *     not_found for a number of another business
   */
  NumberView update(
      @NotNull Actor actor, @NotNull String numberId, @NotNull CallingSettings settings);

  /**
   * How the push of the number's stored settings to the Cloud API went; not_found for another's.
   */
  SettingsPush push(long businessId, @NotNull String numberId);
}
