package dev.callgate.calls.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.CloudApiAccounts;
import dev.callgate.calls.CallView;
import dev.callgate.cloudapi.CloudApiAccount;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.routing.CallRouting;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The steps of an accept that commit on their own (C3): the reservation (routing's first accept
 * wins, every other offer is withdrawn), then, after Meta answered with no lock held, the outcome.
 * Routing is asked before the call's row is locked, as every routing path does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Acceptances {

  /** What the Cloud API requests of an accept need, read while reserving. */
  record Ticket(CloudApiAccount account, String numberId, String waCallId) {}

  @EJB private CallRouting routing;

  @EJB private AgentService agents;

  @EJB private CloudApiAccounts accounts;

  @EJB private AuditLog audit;

  @Inject private Calls calls;

  @Inject private Callbacks callbacks;

  @Inject private Clock clock;

  public Ticket reserve(Actor actor, long callId, long agentId, String answer) {
    Call call = customersCall(actor.businessId(), callId, agentId);
    routing.reserveAccept(callId, agentId);
    call = calls.lock(callId);
    if (!call.live()) {
      throw CallingException.of(
              ErrorCode.CONFLICT, "Call " + callId + " cannot be answered: it has ended")
          .rule("C3");
    }
    call.accepting(agentId, answer);
    audit.record(actor, "call.accept", String.valueOf(callId), "agent " + agentId + " answers");
    return new Ticket(
        accounts.forNumber(call.businessId(), call.numberId()), call.numberId(), call.waCallId());
  }

  public CallView succeeded(long callId, long agentId) {
    routing.accepted(callId, agentId);
    Call call = calls.lock(callId);
    call.accepted(clock.instant());
    if (call.reachedCustomer()) {
      callbacks.reached(call, clock.instant());
    }
    return call.view();
  }

  public CallView failed(long callId, long agentId, String reason) {
    routing.acceptFailed(callId, agentId);
    Call call = calls.lock(callId);
    call.acceptFailed("accept refused: " + reason, clock.instant());
    return call.view();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public CallView reject(Actor actor, long callId, long agentId) {
    customersCall(actor.businessId(), callId, agentId);
    routing.decline(callId, agentId);
    audit.record(actor, "call.reject", String.valueOf(callId), "agent " + agentId + " declines");
    return calls.lock(callId).view();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public java.util.Optional<CallView> ownCall(long businessId, long callId) {
    return calls.find(callId).filter(c -> c.businessId() == businessId).map(Call::view);
  }

  /** The business's customer's call, with an agent of the business; {@code not_found} otherwise. */
  Call customersCall(long businessId, long callId, long agentId) {
    Call call =
        calls
            .find(callId)
            .filter(c -> c.businessId() == businessId)
            .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No call " + callId));
    if (agents.agent(businessId, agentId).isEmpty()) {
      throw CallingException.of(ErrorCode.NOT_FOUND, "No agent " + agentId);
    }
    if (!call.inbound()) {
      throw CallingException.of(
              ErrorCode.CONFLICT,
              "Call " + callId + " is a business call: only customers' calls are answered")
          .rule("C3");
    }
    return call;
  }
}
