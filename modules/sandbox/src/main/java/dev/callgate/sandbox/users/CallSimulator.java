package dev.callgate.sandbox.users;

import dev.callgate.sandbox.SandboxConfig;
import dev.callgate.sandbox.meta.BusinessNumber;
import dev.callgate.sandbox.meta.Ids;
import dev.callgate.sandbox.meta.MetaError;
import dev.callgate.sandbox.meta.Pairs;
import dev.callgate.sandbox.sdp.SdpAnswerer;
import dev.callgate.sandbox.sdp.SdpOfferer;
import dev.callgate.sandbox.time.SandboxClock;
import dev.callgate.sandbox.webhooks.Payloads;
import dev.callgate.sandbox.webhooks.Payloads.CallFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Plays the far end of calls. A business call rings, then the user answers, rejects or lets it ring
 * out as their profile says; a user call waits for the business to accept it. Either way the call
 * ends with one {@code terminate} webhook, with a duration only when it was answered.
 *
 * <p>The SDP answer to a business call comes from the user's phone page when one is open ({@link
 * PhoneLines}): its browser answers with real WebRTC, so media flows between the agent's browser
 * and the page. Otherwise, or when the page does not answer in time, the sandbox answers with a
 * synthetic description that nothing will connect to.
 */
@ApplicationScoped
public class CallSimulator {

  private static final Logger LOG = Logger.getLogger(CallSimulator.class.getName());

  @Inject SandboxConfig config;
  @Inject SandboxClock clock;
  @Inject Pairs pairs;
  @Inject Users users;
  @Inject PhoneLines phones;
  @Inject CallSteps steps;

  private final Map<String, Call> calls = new ConcurrentHashMap<>();

  /** Meta's {@code connect} action: checks the pair's rules, then calls the user. */
  public String callUser(BusinessNumber number, String waId, String offer, String opaque) {
    String callId = Ids.callId();
    pairs.of(number.phoneNumberId(), waId).startBusinessCall(clock.instant(), callId);
    Call call = new Call(new CallFacts(callId, waId, true, opaque), number);
    calls.put(callId, call);
    UserProfile user = users.get(waId);
    String synthetic = SdpAnswerer.answer(offer);
    if (phones.open(waId)) {
      phones.handOver(waId, call, offer);
      steps.later(
          call,
          config.phoneAnswerTimeout(),
          () -> {
            if (call.answerWith(synthetic)) {
              LOG.info(
                  () -> "The phone page of " + waId + " did not answer " + callId + " in time");
              steps.ring(call, user, synthetic);
            }
          });
    } else if (call.answerWith(synthetic)) {
      steps.ring(call, user, synthetic);
    }
    return callId;
  }

  /**
   * The phone page's answer to the business call it was handed; false when the call has ended or
   * was answered already (by the sandbox, after the page took too long).
   */
  public boolean answerFromPhone(String waId, String callId, String answer) {
    Call call = phones.call(waId, callId);
    if (call == null || !call.answerWith(answer)) {
      return false;
    }
    steps.ring(call, users.get(waId), answer);
    return true;
  }

  /**
   * The user hangs up on their phone page: a connected call completes, a ringing one is rejected.
   * False when the page was not handed this call or it has ended.
   */
  public boolean hangUpFromPhone(String waId, String callId) {
    Call call = phones.call(waId, callId);
    if (call == null || call.ended()) {
      return false;
    }
    if (call.connectedAt() != null) {
      steps.hangUp(call);
    } else {
      steps.rejected(call);
    }
    return true;
  }

  /** The user a call is with; empty for an unknown call id. */
  public Optional<String> userOf(String callId) {
    Call call = callId == null ? null : calls.get(callId);
    return call == null ? Optional.empty() : Optional.of(call.facts.waId());
  }

  /** The user calls the business: a connect webhook with the user's offer. */
  public String callBusiness(BusinessNumber number, String waId) {
    String callId = Ids.callId();
    pairs.of(number.phoneNumberId(), waId).startUserCall(callId);
    Call call = new Call(new CallFacts(callId, waId, false, null), number);
    calls.put(callId, call);
    String offer = SdpOfferer.offer();
    String name = users.get(waId).name();
    steps.later(
        call,
        Duration.ZERO,
        () ->
            steps.send(
                call, Payloads.connect(number, call.facts, name, "offer", offer, clock.instant())));
    steps.later(call, config.uicAcceptWindow(), () -> steps.unanswered(call));
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
    steps.later(call, Duration.ofSeconds(talk), () -> steps.talkedOut(call, talk));
  }

  /** {@code reject} of a user call, or {@code terminate} of any call by the business. */
  public void endByBusiness(String phoneNumberId, String callId, boolean reject) {
    Call call = find(phoneNumberId, callId);
    if (reject && call.facts.businessInitiated()) {
      throw MetaError.invalidParameter("Only a user-initiated call can be rejected");
    }
    if (call.connectedAt() != null) {
      steps.hangUp(call);
    } else {
      steps.unanswered(call);
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
}
