package dev.callgate.calls.internal;

import dev.callgate.accounts.CloudApiAccounts;
import dev.callgate.routing.RingEnded;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Routing gave up on a customer's call (S2, R7): the call is missed by agent with routing's reason,
 * a callback task is opened, and the call is rejected to Meta once this commits, so the customer
 * hears at once that nobody answers instead of ringing out Meta's own 30 to 60 seconds. Runs in
 * routing's transaction, after routing's lock, as the lock order wants.
 */
@ApplicationScoped
public class MissedCalls {

  @EJB private CloudApiAccounts accounts;

  @Inject private Calls calls;

  @Inject private Callbacks callbacks;

  @Inject private AfterCommit afterCommit;

  void onRingEnded(@Observes RingEnded ended) {
    if (calls.find(ended.callId()).isEmpty()) {
      // routed by someone else than this module (a test driving routing alone): nothing to record
      return;
    }
    Call call = calls.lock(ended.callId());
    if (!call.live()) {
      return;
    }
    call.missedByAgent(ended.reason(), ended.at());
    callbacks.missed(call, ended.firstAgentId());
    afterCommit.reject(
        accounts.forNumber(call.businessId(), call.numberId()), call.numberId(), call.waCallId());
  }
}
