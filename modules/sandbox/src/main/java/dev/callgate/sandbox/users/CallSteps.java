package dev.callgate.sandbox.users;

import dev.callgate.sandbox.SandboxConfig;
import dev.callgate.sandbox.meta.Pair;
import dev.callgate.sandbox.meta.Pairs;
import dev.callgate.sandbox.time.SandboxClock;
import dev.callgate.sandbox.time.SandboxTimers;
import dev.callgate.sandbox.webhooks.Payloads;
import dev.callgate.sandbox.webhooks.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/**
 * The moves of a simulated call and the webhooks each one sends. Every ending goes through {@link
 * Call#end(Instant)}, so of a timer, the business and the user's phone page only the first ends the
 * call.
 */
@ApplicationScoped
class CallSteps {

  private static final Duration CONNECT_DELAY = Duration.ofMillis(100);
  private static final Duration RINGING_DELAY = Duration.ofMillis(300);

  @Inject SandboxConfig config;
  @Inject SandboxClock clock;
  @Inject SandboxTimers timers;
  @Inject Pairs pairs;
  @Inject WebhookSender webhooks;
  @Inject PermissionSimulator permissions;

  /**
   * A business call once its SDP answer is known: the {@code connect} webhook carrying it, RINGING,
   * then what the user's profile says, all timed from now.
   */
  void ring(Call call, UserProfile user, String answer) {
    later(
        call,
        CONNECT_DELAY,
        () ->
            send(
                call,
                Payloads.connect(
                    call.number, call.facts, user.name(), "answer", answer, clock.instant())));
    later(
        call,
        RINGING_DELAY,
        () -> {
          call.ringing();
          send(call, Payloads.status(call.number, call.facts, "RINGING", clock.instant()));
        });
    Duration ring = RINGING_DELAY.plusSeconds(user.answerAfterSeconds());
    switch (user.onCall()) {
      case ANSWER -> {
        later(call, ring, () -> answered(call));
        later(
            call, ring.plusSeconds(user.talkSeconds()), () -> talkedOut(call, user.talkSeconds()));
      }
      case REJECT -> later(call, ring, () -> rejected(call));
      case NO_ANSWER -> later(call, config.noAnswer(), () -> unanswered(call));
    }
  }

  void answered(Call call) {
    Instant now = clock.instant();
    if (call.connect(now)) {
      pairs.of(call.number.phoneNumberId(), call.facts.waId()).callConnected(now, true);
      send(call, Payloads.status(call.number, call.facts, "ACCEPTED", now));
    }
  }

  void rejected(Call call) {
    if (!call.ended()) {
      send(call, Payloads.status(call.number, call.facts, "REJECTED", clock.instant()));
      unanswered(call);
    }
  }

  void hangUp(Call call) {
    hangUp(call, clock.instant());
  }

  /**
   * The user hangs up after their talk time. The timer may fire late on a busy machine; the call
   * still lasted exactly the talk time, which is what the terminate webhook must report.
   */
  void talkedOut(Call call, int talkSeconds) {
    Instant connected = call.connectedAt();
    hangUp(call, connected == null ? clock.instant() : connected.plusSeconds(talkSeconds));
  }

  private void hangUp(Call call, Instant endedAt) {
    if (call.end(endedAt)) {
      send(call, Payloads.terminate(call.number, call.facts, call.connectedAt(), endedAt));
      finished(call, true);
    }
  }

  void unanswered(Call call) {
    if (call.end(clock.instant())) {
      send(call, Payloads.terminate(call.number, call.facts, null, clock.instant()));
      finished(call, false);
    }
  }

  private void finished(Call call, boolean connected) {
    Pair pair = pairs.of(call.number.phoneNumberId(), call.facts.waId());
    pair.callEnded(call.facts.callId());
    if (call.facts.businessInitiated()
        && !connected
        && pair.businessCallUnanswered(clock.instant())) {
      permissions.revokedAfterUnansweredCalls(call.number, call.facts.waId());
    }
    if (!call.facts.businessInitiated()) {
      permissions.callbackGrant(call.number, call.facts.waId(), call.facts.callId());
    }
  }

  void later(Call call, Duration delay, Runnable step) {
    call.addTimer(timers.after(delay, step));
  }

  void send(Call call, JsonObject value) {
    webhooks.send(call.number.wabaId(), "calls", value);
  }
}
