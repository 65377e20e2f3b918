package dev.callgate.calls.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.calls.CallView;
import dev.callgate.calls.InboundCalls;
import dev.callgate.cloudapi.CloudApi;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.media.SdpAnswer;
import dev.callgate.routing.CallRouting;
import dev.callgate.routing.OfferView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Accepting and rejecting customers' calls. An accept is three steps that each commit on their own:
 * the reservation, Meta's {@code pre_accept} and {@code accept} with the same answer (no lock held,
 * no transaction), and the outcome. A refusal by Meta leaves a FAILED call and a free agent, and
 * the call is rejected to Meta so the customer stops ringing.
 */
@Stateless
public class DefaultInboundCalls implements InboundCalls {

  private static final Logger LOG = Logger.getLogger(DefaultInboundCalls.class.getName());

  @EJB private Acceptances acceptances;

  @EJB private CallRouting routing;

  @Inject private CloudApi cloudApi;

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CallView accept(Actor actor, long callId, Long agentId, String sdpAnswer) {
    List<FieldProblem> problems = new ArrayList<>();
    if (agentId == null) {
      problems.add(new FieldProblem("agentId", "is required"));
    }
    if (sdpAnswer == null || sdpAnswer.isBlank()) {
      problems.add(new FieldProblem("sdpAnswer", "is required"));
    }
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
    // C2: an answer Meta cannot take reserves nothing and never reaches Meta
    SdpAnswer answer = SdpAnswer.parse(sdpAnswer);
    Acceptances.Ticket ticket = acceptances.reserve(actor, callId, agentId, answer.text());
    try {
      cloudApi.preAccept(ticket.account(), ticket.numberId(), ticket.waCallId(), answer.text());
      cloudApi.accept(ticket.account(), ticket.numberId(), ticket.waCallId(), answer.text(), null);
    } catch (RuntimeException refused) {
      acceptances.failed(callId, agentId, refused.getMessage());
      rejectQuietly(ticket);
      throw refused;
    }
    return acceptances.succeeded(callId, agentId);
  }

  @Override
  public CallView reject(Actor actor, long callId, Long agentId) {
    if (agentId == null) {
      throw CallingException.validation(List.of(new FieldProblem("agentId", "is required")));
    }
    return acceptances.reject(actor, callId, agentId);
  }

  @Override
  public List<OfferView> offers(long businessId, long callId) {
    if (acceptances.ownCall(businessId, callId).isEmpty()) {
      throw CallingException.of(ErrorCode.NOT_FOUND, "No call " + callId);
    }
    return routing.offers(callId);
  }

  private void rejectQuietly(Acceptances.Ticket ticket) {
    try {
      cloudApi.reject(ticket.account(), ticket.numberId(), ticket.waCallId());
    } catch (RuntimeException e) {
      // Meta's own accept window ends the call; Callgate has recorded it FAILED already
      LOG.log(Level.INFO, "Reject after a refused accept not taken: " + e.getMessage());
    }
  }
}
