package dev.callgate.cloudapi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code GET /{PHONE_NUMBER_ID}/call_permissions} says about one user. Meta documents two
 * shapes (status {@code no_permission|temporary|permanent} and {@code
 * granted|pending|denied|expired}); both are read into this one record.
 *
 * @param status the normalised status
 * @param rawStatus the status exactly as Meta sent it
 * @param expiresAt when a temporary permission lapses; null if permanent or none
 */
public record CallPermissions(
    Status status, String rawStatus, Instant expiresAt, List<Action> actions) {

  public static final String SEND_CALL_PERMISSION_REQUEST = "send_call_permission_request";
  public static final String START_CALL = "start_call";

  public CallPermissions {
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  /** The permission as both documented enums can express it. */
  public enum Status {
    NONE,
    PENDING,
    TEMPORARY,
    PERMANENT,
    DENIED,
    EXPIRED
  }

  public Optional<Action> action(String name) {
    return actions.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /**
   * One thing the business may or may not do for this user now.
   *
   * @param name {@link #SEND_CALL_PERMISSION_REQUEST} or {@link #START_CALL}
   */
  public record Action(String name, boolean canPerform, List<Limit> limits) {

    public Action {
      limits = limits == null ? List.of() : List.copyOf(limits);
    }
  }

  /**
   * A rolling-window limit on an action.
   *
   * @param timePeriod as Meta wrote it: {@code PT24H}, {@code P7D} or {@code 24h}
   * @param period the same, parsed; null when the text is not understood
   * @param limitExpiresAt only present once the limit has been hit
   */
  public record Limit(
      String timePeriod,
      Duration period,
      int maxAllowed,
      int currentUsage,
      Instant limitExpiresAt) {}
}
