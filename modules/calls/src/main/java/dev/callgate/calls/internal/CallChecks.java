package dev.callgate.calls.internal;

import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.ContactService;
import dev.callgate.accounts.NumberView;
import dev.callgate.billing.BillingService;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.WaId;
import dev.callgate.permissions.CallLimits;
import dev.callgate.permissions.PermissionService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Every rule a business call must pass, in one order shared by the pre-flight and the real start
 * (L7): what no waiting changes comes first (calling off, the number's country, the chat's
 * assignee, the permission), then what time clears (one call at a time, the rolling limits), then
 * money (the wallet, a price for the destination).
 */
@ApplicationScoped
public class CallChecks {

  @EJB private AgentService agents;

  @EJB private ContactService contacts;

  @EJB private PermissionService permissions;

  @EJB private BillingService billing;

  @Inject private BusinessCallLimits limits;

  @Inject private Calls calls;

  /**
   * Throws the first refusal, with its rule and, when the refusal ends at a known instant, that.
   */
  public void check(NumberView number, WaId waId, long agentId, Instant now) {
    long businessId = number.businessId();
    if (agents.agent(businessId, agentId).isEmpty()) {
      throw CallingException.of(ErrorCode.NOT_FOUND, "No agent " + agentId);
    }
    if (number.settings() != null && !"ENABLED".equals(number.settings().voiceCalls())) {
      throw CallingException.of(
          ErrorCode.CALLING_RESTRICTED, "Voice calls are switched off for this number");
    }
    if (limits.excludedCountries().contains(number.country())) {
      throw CallingException.of(
              ErrorCode.COUNTRY_UNAVAILABLE,
              "Business-initiated calls are not available from numbers of " + number.country())
          .rule("L3");
    }
    Long assignee = contacts.contact(businessId, waId).map(c -> c.assigneeAgentId()).orElse(null);
    if (assignee == null || assignee != agentId) {
      throw CallingException.of(
              ErrorCode.CHAT_NOT_ASSIGNED_TO_AGENT,
              assignee == null
                  ? "The chat with " + waId.value() + " is not assigned to any agent"
                  : "The chat with " + waId.value() + " is assigned to another agent")
          .rule("L6");
    }
    permission(businessId, number.id(), waId);
    if (!calls.liveForPair(number.id(), waId.value()).isEmpty()) {
      throw CallingException.of(
              ErrorCode.CALL_ONGOING, "A call with " + waId.value() + " is already ongoing")
          .rule("L4");
    }
    Optional<Instant> pairFull =
        limits.perPair().fullUntil(calls.pairStartsSince(number.id(), waId.value(), now), now);
    if (pairFull.isPresent()) {
      throw CallingException.of(
              ErrorCode.CALL_LIMIT_EXCEEDED,
              limits.perPair().max()
                  + " business calls to "
                  + waId.value()
                  + " in the last 24 hours already")
          .retryAfter(pairFull.get())
          .rule("L2");
    }
    Optional<Instant> numberFull =
        limits.perNumber().fullUntil(calls.numberConnectedSince(number.id(), now), now);
    if (numberFull.isPresent()) {
      throw CallingException.of(
              ErrorCode.CALL_LIMIT_EXCEEDED,
              limits.perNumber().max()
                  + " connected business calls from this number in the last 24 hours already")
          .retryAfter(numberFull.get())
          .rule("L1");
    }
    billing.checkCanStartOutbound(businessId);
    billing.rateFor(waId, now);
  }

  private void permission(long businessId, String numberId, WaId waId) {
    CallLimits allowed = permissions.callLimits(businessId, numberId, waId);
    if (allowed.canCall()) {
      return;
    }
    if ("P7".equals(allowed.blockingRule())) {
      throw CallingException.of(
              ErrorCode.CPR_EXPIRED,
              "The temporary call permission of " + waId.value() + " has lapsed")
          .rule("P7");
    }
    throw CallingException.of(
            ErrorCode.NO_APPROVED_PERMISSION,
            waId.value() + " has not granted call permission to this number")
        .rule("P1");
  }
}
