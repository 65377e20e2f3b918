package dev.callgate.accounts.internal;

import dev.callgate.accounts.SettingsPush;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The version of a number's stored calling settings and how its push went. Pushes run after the
 * commit, with no lock, so two changes' pushes can reach Meta in either order: whoever finishes a
 * push of a version that is no longer the stored one must push the stored one again, which makes
 * the last committed settings what Meta ends up with.
 */
@Embeddable
public class PushState {

  private static final int ERROR_LENGTH = 500;

  @Column(name = "settings_version")
  private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "push_status")
  private SettingsPush.Status status;

  @Column(name = "push_at")
  private Instant at;

  @Column(name = "push_error")
  private String error;

  /** The settings changed: a new version, pending its push. */
  long changed(Instant when) {
    version++;
    status = SettingsPush.Status.PENDING;
    at = when;
    error = null;
    return version;
  }

  /**
   * A push of {@code pushed} ended, failed with {@code failure} or not. Returns true when Meta may
   * now hold other settings than the stored ones, so the stored version must be pushed again.
   */
  boolean pushEnded(long pushed, String failure, Instant when) {
    if (pushed != version) {
      return true;
    }
    status = failure == null ? SettingsPush.Status.PUSHED : SettingsPush.Status.FAILED;
    at = when;
    error =
        failure == null || failure.length() <= ERROR_LENGTH
            ? failure
            : failure.substring(0, ERROR_LENGTH);
    return false;
  }

  long version() {
    return version;
  }

  SettingsPush view() {
    return new SettingsPush(
        version, status == null ? SettingsPush.Status.NEVER : status, at, error);
  }
}
