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
 * call's lock, so a timer and an API request never both end it.
 */
final class Call {

  final CallFacts facts;
  final BusinessNumber number;
  private final List<TimerQueue.Handle> timers = new ArrayList<>();
  private Instant connectedAt;
  private String preAcceptSdp;
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
  synchronized boolean end() {
    if (ended) {
      return false;
    }
    ended = true;
    cancelTimers();
    return true;
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
