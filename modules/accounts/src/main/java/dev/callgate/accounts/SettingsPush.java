package dev.callgate.accounts;

import java.time.Instant;

/**
 * How the push of a number's calling settings to the Cloud API went (S1). Settings are stored first
 * and pushed after; this says whether Meta holds the stored version.
 *
 * @param version the stored settings' version; each change made through Callgate adds one
 * @param status NEVER (not changed through Callgate), PENDING (stored, push under way), PUSHED
 *     (Meta took this version), FAILED (Meta refused it or could not be reached: Meta may still
 *     hold an older version; a new change pushes again)
 * @param at when the status was set
 * @param error why the push failed, else null
 */
public record SettingsPush(long version, Status status, Instant at, String error) {

  /** Where the push of the stored version stands. */
  public enum Status {
    NEVER,
    PENDING,
    PUSHED,
    FAILED
  }
}
