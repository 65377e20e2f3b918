package dev.callgate.sandbox.users;

import dev.callgate.sandbox.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phone pages open in a browser ({@code /sandbox/phone/{waId}}), one line per user. A page says
 * it is there with a heartbeat; while it is, a business call to that user is handed to the page,
 * whose browser answers the offer with real WebRTC, instead of to the synthetic answerer.
 *
 * <p>Presence is measured in real time, not on the sandbox clock: it is about a browser polling
 * now, and a test that moves the clock a week on must not make an open page look gone.
 */
@ApplicationScoped
public class PhoneLines {

  @Inject SandboxConfig config;

  private final Map<String, Line> lines = new ConcurrentHashMap<>();

  /** The page's heartbeat: the user's phone is open; returns what it should show. */
  public PhoneView heartbeat(String waId) {
    Line line = lines.computeIfAbsent(waId, id -> new Line());
    line.seen(System.nanoTime());
    return view(waId);
  }

  /** What the phone of {@code waId} shows now, without counting as a heartbeat. */
  public PhoneView view(String waId) {
    Line line = lines.get(waId);
    boolean open = open(waId);
    if (line == null || line.call() == null) {
      return new PhoneView(waId, open, null);
    }
    return new PhoneView(waId, open, describe(line.call(), line.offer()));
  }

  boolean open(String waId) {
    Line line = lines.get(waId);
    return line != null
        && System.nanoTime() - line.seenAt()
            < Duration.ofMillis(config.phoneOpenMillis()).toNanos();
  }

  /** Gives the page a business call to answer; it replaces whatever call the page showed. */
  void handOver(String waId, Call call, String offer) {
    lines.computeIfAbsent(waId, id -> new Line()).show(call, offer);
  }

  /** The call this user's page was given, if it is {@code callId}. */
  Call call(String waId, String callId) {
    Line line = lines.get(waId);
    Call call = line == null ? null : line.call();
    return call != null && call.facts.callId().equals(callId) ? call : null;
  }

  private static PhoneView.PhoneCall describe(Call call, String offer) {
    Instant connected = call.connectedAt();
    Instant ended = call.endedAt();
    String state;
    if (call.ended()) {
      state = "ended";
    } else if (connected != null) {
      state = "connected";
    } else if (call.isRinging()) {
      state = "ringing";
    } else if (call.answered()) {
      state = "answered";
    } else {
      state = "offer";
    }
    Integer duration =
        connected != null && ended != null
            ? (int) Duration.between(connected, ended).toSeconds()
            : null;
    return new PhoneView.PhoneCall(
        call.facts.callId(),
        call.number.phoneNumberId(),
        call.number.displayPhoneNumber(),
        state,
        "offer".equals(state) ? offer : null,
        connected,
        duration);
  }

  /** One user's phone: when its page last beat, and the last call handed to it. */
  private static final class Line {
    private long seenAt;
    private Call call;
    private String offer;

    synchronized void seen(long nanos) {
      seenAt = nanos;
    }

    synchronized long seenAt() {
      return seenAt;
    }

    synchronized void show(Call call, String offer) {
      this.call = call;
      this.offer = offer;
    }

    synchronized Call call() {
      return call;
    }

    synchronized String offer() {
      return offer;
    }
  }
}
