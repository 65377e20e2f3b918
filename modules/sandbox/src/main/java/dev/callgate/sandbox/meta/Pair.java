package dev.callgate.sandbox.meta;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Meta knows about one business number and one user: the call permission, the permission
 * requests and connected calls inside the rolling windows, and the ongoing call. Every method locks
 * the pair, so a check and the step it allows happen together.
 */
public final class Pair {

  private final Limits limits;
  private Permission permission = Permission.NONE;
  private Instant expiresAt;
  private final List<Instant> requests = new ArrayList<>();
  private final List<Instant> connectedCalls = new ArrayList<>();
  private String ongoingCallId;
  private int unansweredInRow;
  private final Map<String, Request> requestsById = new HashMap<>();

  public Pair(Limits limits) {
    this.limits = limits;
  }

  /** Meta's {@code permission.status}: no_permission, temporary or permanent. */
  public synchronized String permissionStatus(Instant now) {
    return active(now) ? permission.name().toLowerCase() : "no_permission";
  }

  /** When a temporary permission lapses; empty when permanent or none. */
  public synchronized Optional<Instant> permissionExpiry(Instant now) {
    return active(now) && permission == Permission.TEMPORARY
        ? Optional.of(expiresAt)
        : Optional.empty();
  }

  /** Records a permission request if Meta's limits allow it (138017, 138009 otherwise). */
  public synchronized void sendRequest(Instant now) {
    if (active(now) && permission == Permission.PERMANENT) {
      throw new MetaError(
          138017,
          400,
          "(#138017) Permanent call permission already granted",
          "The user has already granted permanent call permission to this business number");
    }
    Optional<Instant> next = nextRequestAllowed(now);
    if (next.isPresent()) {
      throw new MetaError(
          138009,
          400,
          "OAuthException",
          "(#138009) Call permission request limit reached",
          "Only "
              + limits.requestsPer24h()
              + " call permission request per 24 hours and "
              + limits.requestsPer7d()
              + " per 7 days can be sent to a user. Next request allowed at "
              + next.get(),
          Map.of("next_request_allowed_time", next.get().getEpochSecond()));
    }
    requests.add(now);
  }

  /**
   * Remembers a delivered request by its message id. A newer request expires every earlier one at
   * once, as Meta does.
   */
  public synchronized void requestDelivered(String requestId, Instant now) {
    requestsById.values().forEach(r -> r.supersede(now));
    requestsById.put(requestId, new Request(now));
  }

  /**
   * Whether the user may still answer this request: until 7 days after delivery while unanswered,
   * and until 7 days after their answer once answered (a decline can become an accept).
   */
  public synchronized boolean answerable(String requestId, Instant now) {
    Request request = requestsById.get(requestId);
    return request != null && now.isBefore(request.expiresAt);
  }

  /** The user answered the request; it stays answerable for 7 more days. */
  public synchronized void answered(String requestId, Instant now) {
    Request request = requestsById.get(requestId);
    if (request != null) {
      request.expiresAt = now.plus(Limits.WEEK);
    }
  }

  /** Grants a permission; returns its expiry, empty for a permanent one. */
  public synchronized Optional<Instant> grant(boolean permanent, Instant now) {
    permission = permanent ? Permission.PERMANENT : Permission.TEMPORARY;
    expiresAt = permanent ? null : now.plus(limits.temporaryPermission());
    return Optional.ofNullable(expiresAt);
  }

  public synchronized void revoke() {
    permission = Permission.NONE;
    expiresAt = null;
  }

  /** Marks a business-initiated call ongoing if Meta allows it (138006, 138003, 138012). */
  public synchronized void startBusinessCall(Instant now, String callId) {
    if (!active(now)) {
      throw new MetaError(
          138006,
          401,
          "(#138006) No approved call permission",
          "The user has not granted call permission to this business number, or it expired");
    }
    checkNoOngoingCall();
    Optional<Instant> next = nextCallAllowed(now);
    if (next.isPresent()) {
      throw new MetaError(
          138012,
          400,
          "OAuthException",
          "(#138012) Business initiated call limit reached",
          "At most "
              + limits.connectedCallsPer24h()
              + " connected business-initiated calls per 24 hours to this user. Next call allowed"
              + " at "
              + next.get(),
          Map.of("next_call_allowed_time", next.get().getEpochSecond()));
    }
    ongoingCallId = callId;
  }

  /** Marks a user-initiated call ongoing; one call per pair at a time. */
  public synchronized void startUserCall(String callId) {
    checkNoOngoingCall();
    ongoingCallId = callId;
  }

  private void checkNoOngoingCall() {
    if (ongoingCallId != null) {
      throw new MetaError(
          138003,
          400,
          "(#138003) Duplicate call",
          "A call with this user is already ongoing: " + ongoingCallId);
    }
  }

  /** A call was answered: it counts against the call limit and resets the request limits. */
  public synchronized void callConnected(Instant now, boolean businessInitiated) {
    if (businessInitiated) {
      connectedCalls.add(now);
    }
    requests.clear();
    unansweredInRow = 0;
  }

  /**
   * A business call went unanswered or was rejected; returns true when that revoked the permission.
   */
  public synchronized boolean businessCallUnanswered(Instant now) {
    unansweredInRow++;
    if (unansweredInRow >= limits.revokeAfterUnanswered() && active(now)) {
      revoke();
      unansweredInRow = 0;
      return true;
    }
    return false;
  }

  public synchronized void callEnded(String callId) {
    if (callId.equals(ongoingCallId)) {
      ongoingCallId = null;
    }
  }

  public synchronized Optional<String> ongoingCall() {
    return Optional.ofNullable(ongoingCallId);
  }

  public synchronized int requestsWithin(Instant now, Duration window) {
    return within(requests, now, window).size();
  }

  public synchronized int connectedCallsWithin(Instant now, Duration window) {
    return within(connectedCalls, now, window).size();
  }

  public synchronized Optional<Instant> nextRequestAllowed(Instant now) {
    return latest(nextRequestAllowed(now, Limits.DAY), nextRequestAllowed(now, Limits.WEEK));
  }

  /** When the 24-hour or the 7-day request window has room again; empty if it has room now. */
  public synchronized Optional<Instant> nextRequestAllowed(Instant now, Duration window) {
    int max = window.equals(Limits.DAY) ? limits.requestsPer24h() : limits.requestsPer7d();
    return nextAllowed(requests, now, window, max);
  }

  public synchronized Optional<Instant> nextCallAllowed(Instant now) {
    return nextAllowed(connectedCalls, now, Limits.DAY, limits.connectedCallsPer24h());
  }

  private boolean active(Instant now) {
    return switch (permission) {
      case NONE -> false;
      case PERMANENT -> true;
      case TEMPORARY -> now.isBefore(expiresAt);
    };
  }

  // The window is full: the next slot opens when the oldest event that keeps it full leaves it.
  private static Optional<Instant> nextAllowed(
      List<Instant> events, Instant now, Duration window, int max) {
    List<Instant> inWindow = within(events, now, window);
    if (inWindow.size() < max) {
      return Optional.empty();
    }
    return Optional.of(inWindow.get(inWindow.size() - max).plus(window));
  }

  private static List<Instant> within(List<Instant> events, Instant now, Duration window) {
    Instant from = now.minus(window);
    return events.stream().filter(at -> at.isAfter(from) && !at.isAfter(now)).sorted().toList();
  }

  private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
  }

  private static final class Request {
    private Instant expiresAt;

    Request(Instant deliveredAt) {
      this.expiresAt = deliveredAt.plus(Limits.WEEK);
    }

    void supersede(Instant now) {
      if (now.isBefore(expiresAt)) {
        expiresAt = now;
      }
    }
  }

  private enum Permission {
    NONE,
    TEMPORARY,
    PERMANENT
  }
}
