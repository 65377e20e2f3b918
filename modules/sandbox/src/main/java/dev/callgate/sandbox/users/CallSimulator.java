package dev.callgate.sandbox.users;

import dev.callgate.sandbox.SandboxConfig;
import dev.callgate.sandbox.meta.BusinessNumber;
import dev.callgate.sandbox.meta.Ids;
import dev.callgate.sandbox.meta.MetaError;
import dev.callgate.sandbox.meta.Pair;
import dev.callgate.sandbox.meta.Pairs;
import dev.callgate.sandbox.sdp.SdpAnswerer;
import dev.callgate.sandbox.sdp.SdpOfferer;
import dev.callgate.sandbox.time.SandboxClock;
import dev.callgate.sandbox.time.SandboxTimers;
import dev.callgate.sandbox.webhooks.Payloads;
import dev.callgate.sandbox.webhooks.Payloads.CallFacts;
import dev.callgate.sandbox.webhooks.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plays the far end of calls. A business call rings, then the user answers, rejects or lets it ring
 * out as their profile says; a user call waits for the business to accept it. Either way the call
 * ends with one {@code terminate} webhook, with a duration only when it was answered.
 */
@ApplicationScoped
public class CallSimulator {

  private static final Duration CONNECT_DELAY = Duration.ofMillis(100);
  private static final Duration RINGING_DELAY = Duration.ofMillis(300);

  @Inject SandboxConfig config;
  @Inject SandboxClock clock;
  @Inject SandboxTimers timers;
  @Inject Pairs pairs;
  @Inject Users users;
  @Inject WebhookSender webhooks;
  @Inject PermissionSimulator permissions;

  private final Map<String, Call> calls = new ConcurrentHashMap<>();

  /** Meta's {@code connect} action: checks the pair's rules, then calls the user. */
  public String callUser(BusinessNumber number, String waId, String offer, String opaque) {
    String callId = Ids.callId();
    pairs.of(number.phoneNumberId(), waId).startBusinessCall(clock.instant(), callId);
    Call call = new Call(new CallFacts(callId, waId, true, opaque), number);
    calls.put(callId, call);
    UserProfile user = users.get(waId);
    String answer = SdpAnswerer.answer(offer);
    later(
        call,
        CONNECT_DELAY,
        () ->
            send(
                call,
                Payloads.connect(
                    number, call.facts, user.name(), "answer", answer, clock.instant())));
    later(
        call,
        RINGING_DELAY,
        () -> send(call, Payloads.status(number, call.facts, "RINGING", clock.instant())));
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
    return callId;
  }

  /** The user calls the business: a connect webhook with the user's offer. */
  public String callBusiness(BusinessNumber number, String waId) {
    String callId = Ids.callId();
    pairs.of(number.phoneNumberId(), waId).startUserCall(callId);
    Call call = new Call(new CallFacts(callId, waId, false, null), number);
    calls.put(callId, call);
    String offer = SdpOfferer.offer();
    String name = users.get(waId).name();
    later(
        call,
        Duration.ZERO,
        () ->
            send(
                call, Payloads.connect(number, call.facts, name, "offer", offer, clock.instant())));
    later(call, config.uicAcceptWindow(), () -> unanswered(call));
    return callId;
  }

  /** {@code pre_accept}: the business's answer, which {@code accept} must repeat. */
  public void preAccept(String phoneNumberId, String callId, String sdp) {
    Call call = userCall(phoneNumberId, callId);
    call.preAccept(sdp);
  }

  /** {@code accept}: the user call connects and lasts the user's talk time. */
  public void accept(String phoneNumberId, String callId, String sdp) {
    Call call = userCall(phoneNumberId, callId);
    String pre = call.preAcceptSdp();
    if (pre != null && !pre.strip().equals(sdp.strip())) {
      throw MetaError.invalidParameter("The accept SDP must be the same as the pre_accept SDP");
    }
    Instant now = clock.instant();
    if (!call.connect(now)) {
      throw MetaError.invalidParameter("Call " + callId + " can no longer be accepted");
    }
    call.cancelTimers();
    pairs.of(phoneNumberId, call.facts.waId()).callConnected(now, false);
    int talk = users.get(call.facts.waId()).talkSeconds();
    later(call, Duration.ofSeconds(talk), () -> talkedOut(call, talk));
  }

  /** {@code reject} of a user call, or {@code terminate} of any call by the business. */
  public void endByBusiness(String phoneNumberId, String callId, boolean reject) {
    Call call = find(phoneNumberId, callId);
    if (reject && call.facts.businessInitiated()) {
      throw MetaError.invalidParameter("Only a user-initiated call can be rejected");
    }
    if (call.connectedAt() != null) {
      hangUp(call);
    } else {
      unanswered(call);
    }
  }

  private void answered(Call call) {
    Instant now = clock.instant();
    if (call.connect(now)) {
      pairs.of(call.number.phoneNumberId(), call.facts.waId()).callConnected(now, true);
      send(call, Payloads.status(call.number, call.facts, "ACCEPTED", now));
    }
  }

  private void rejected(Call call) {
    if (!call.ended()) {
      send(call, Payloads.status(call.number, call.facts, "REJECTED", clock.instant()));
      unanswered(call);
    }
  }

  private void hangUp(Call call) {
    hangUp(call, clock.instant());
  }

  /**
   * The user hangs up after their talk time. The timer may fire late on a busy machine; the call
   * still lasted exactly the talk time, which is what the terminate webhook must report.
   */
  private void talkedOut(Call call, int talkSeconds) {
    Instant connected = call.connectedAt();
    hangUp(call, connected == null ? clock.instant() : connected.plusSeconds(talkSeconds));
  }

  private void hangUp(Call call, Instant endedAt) {
    if (call.end()) {
      send(call, Payloads.terminate(call.number, call.facts, call.connectedAt(), endedAt));
      finished(call, true);
    }
  }

  private void unanswered(Call call) {
    if (call.end()) {
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

  private Call userCall(String phoneNumberId, String callId) {
    Call call = find(phoneNumberId, callId);
    if (call.facts.businessInitiated()) {
      throw MetaError.invalidParameter("pre_accept and accept apply to user-initiated calls only");
    }
    return call;
  }

  private Call find(String phoneNumberId, String callId) {
    Call call = callId == null ? null : calls.get(callId);
    if (call == null || !call.number.phoneNumberId().equals(phoneNumberId)) {
      throw MetaError.invalidParameter("Unknown call_id " + callId);
    }
    if (call.ended()) {
      throw MetaError.invalidParameter("Call " + callId + " has already ended");
    }
    return call;
  }

  private void later(Call call, Duration delay, Runnable step) {
    call.addTimer(timers.after(delay, step));
  }

  private void send(Call call, jakarta.json.JsonObject value) {
    webhooks.send(call.number.wabaId(), "calls", value);
  }
}
