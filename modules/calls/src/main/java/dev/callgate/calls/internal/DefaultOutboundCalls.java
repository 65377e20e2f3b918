package dev.callgate.calls.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AuditLog;
import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.CloudApiAccounts;
import dev.callgate.accounts.NumberView;
import dev.callgate.calls.CallView;
import dev.callgate.calls.OutboundCalls;
import dev.callgate.calls.Preflight;
import dev.callgate.calls.StartCall;
import dev.callgate.cloudapi.CloudApi;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.WaId;
import dev.callgate.media.SdpOffer;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places business calls. The start is three steps that each commit on their own: the reservation
 * under the number's lock, the {@code connect} request with no lock held, and its outcome. A
 * failure between them leaves a FAILED call that no limit counts, never a half-started one.
 */
@Stateless
public class DefaultOutboundCalls implements OutboundCalls {

  private static final int MAX_OPAQUE = 512;

  @EJB private BusinessService businesses;

  @EJB private CloudApiAccounts accounts;

  @EJB private CallReservations reservations;

  @EJB private AuditLog audit;

  @Inject private CloudApi cloudApi;

  @Inject private CallChecks checks;

  @Inject private Calls calls;

  @Inject private Clock clock;

  @Override
  public Preflight preflight(long businessId, String numberId, String waId, Long agentId) {
    NumberView number = number(businessId, numberId);
    List<FieldProblem> problems = new ArrayList<>();
    WaId customer = customer(waId, agentId, problems);
    try {
      checks.check(number, customer, agentId, clock.instant());
      return Preflight.allowedNow();
    } catch (CallingException refusal) {
      return Preflight.refused(refusal);
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CallView start(Actor actor, String numberId, StartCall command) {
    NumberView number = number(actor.businessId(), numberId);
    List<FieldProblem> problems = new ArrayList<>();
    WaId customer = customer(command.waId(), command.agentId(), problems);
    String opaque = command.bizOpaqueCallbackData();
    if (opaque != null && opaque.length() > MAX_OPAQUE) {
      throw CallingException.validation(
          List.of(new FieldProblem("bizOpaqueCallbackData", "at most 512 characters")));
    }
    // C2: an offer Meta cannot take never reaches Meta, nor reserves anything
    SdpOffer offer = SdpOffer.parse(command.sdpOffer());
    long callId = reservations.reserve(actor, number, customer, command.agentId(), opaque);
    try {
      String waCallId =
          cloudApi.connect(
              accounts.forNumber(actor.businessId(), numberId),
              numberId,
              customer.value(),
              offer.text(),
              opaque);
      reservations.linked(callId, waCallId);
    } catch (CallingException refused) {
      reservations.refused(callId, refused.getMessage());
      throw refused;
    } catch (RuntimeException e) {
      reservations.refused(callId, "connect failed: " + e);
      throw e;
    }
    return calls.find(callId).orElseThrow().view();
  }

  @Override
  public CallView call(long businessId, long callId) {
    return own(businessId, callId).view();
  }

  @Override
  // no transaction: the call is marked under its lock and that commits before Meta is asked, so
  // the terminate webhook Meta sends meanwhile never waits behind this request (C5)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CallView terminate(Actor actor, long callId) {
    own(actor.businessId(), callId);
    Optional<Call> live = reservations.hangUp(actor, callId);
    if (live.isPresent()) {
      Call call = live.get();
      try {
        cloudApi.terminate(
            accounts.forNumber(actor.businessId(), call.numberId()),
            call.numberId(),
            call.waCallId());
      } catch (RuntimeException e) {
        reservations.hangUpFailed(actor, callId, e.getMessage());
        throw e;
      }
    }
    return own(actor.businessId(), callId).view();
  }

  private Call own(long businessId, long callId) {
    return calls
        .find(callId)
        .filter(c -> c.businessId() == businessId)
        .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No call " + callId));
  }

  private NumberView number(long businessId, String numberId) {
    return businesses
        .number(businessId, numberId)
        .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No number " + numberId));
  }

  private static WaId customer(String waId, Long agentId, List<FieldProblem> problems) {
    if (agentId == null) {
      problems.add(new FieldProblem("agentId", "is required"));
    }
    WaId customer = null;
    if (waId == null || waId.isBlank()) {
      problems.add(new FieldProblem("waId", "is required"));
    } else {
      try {
        customer = WaId.of(waId);
      } catch (CallingException e) {
        problems.addAll(e.fields());
      }
    }
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
    return customer;
  }
}
