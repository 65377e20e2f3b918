package dev.callgate.sandbox.users;

import dev.callgate.sandbox.meta.BusinessNumber;
import dev.callgate.sandbox.time.TimerQueue;
import dev.callgate.sandbox.webhooks.Payloads.CallFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One simulated call, from connect to terminate. The timers that will move it on are kept so a
 * business {@code terminate} or {@code accept} can cancel them; every change happens under the
 * call's lock, so a timer, an API request and the user's phone page never both end it, nor both
 * answer it.
 */
final class Call {

  final CallFacts facts;
  final BusinessNumber number;
  private final List<TimerQueue.Handle> timers = new ArrayList<>();
  private Instant connectedAt;
  private String preAcceptSdp;
  private String answer;
  private boolean ringing;
  private Instant endedAt;
  private boolean ended;

  Call(CallFacts facts, BusinessNumber number) {
    this.facts = facts;
    this.number = number;
  }

  synchronized void addTimer(TimerQueue.Handle timer) {
    timers.add(timer);
  }

  synchronized void cancelTimers() {
    timers.forEach(TimerQueue.Handle::cancel);
    timers.clear();
  }

  synchronized boolean connect(Instant at) {
    if (ended || connectedAt != null) {
      return false;
    }
    connectedAt = at;
    return true;
  }

  /** Ends the call once; returns false if it had already ended. */
  synchronized boolean end(Instant at) {
    if (ended) {
      return false;
    }
    ended = true;
    endedAt = at;
    cancelTimers();
    return true;
  }

  /**
   * Settles the SDP answer of a business call once: the phone page's, or the sandbox's own when the
   * page took too long. Returns false if the call already has one or has ended.
   */
  synchronized boolean answerWith(String sdp) {
    if (ended || answer != null) {
      return false;
    }
    answer = sdp;
    return true;
  }

  synchronized boolean answered() {
    return answer != null;
  }

  /** Meta has reported RINGING for this call. */
  synchronized void ringing() {
    ringing = true;
  }

  synchronized boolean isRinging() {
    return ringing;
  }

  synchronized Instant endedAt() {
    return endedAt;
  }

  synchronized boolean ended() {
    return ended;
  }

  synchronized Instant connectedAt() {
    return connectedAt;
  }

  synchronized String preAcceptSdp() {
    return preAcceptSdp;
  }

  synchronized void preAccept(String sdp) {
    preAcceptSdp = sdp;
  }
}
