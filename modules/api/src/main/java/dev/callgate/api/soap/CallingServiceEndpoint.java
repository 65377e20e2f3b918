package dev.callgate.api.soap;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.ApiCaller;
import dev.callgate.api.security.ApiKeyFilter;
import dev.callgate.api.soap.types.Agent;
import dev.callgate.api.soap.types.Availability;
import dev.callgate.api.soap.types.Call;
import dev.callgate.api.soap.types.CallFilter;
import dev.callgate.api.soap.types.CallPage;
import dev.callgate.api.soap.types.CallStarted;
import dev.callgate.api.soap.types.Permission;
import dev.callgate.api.soap.types.PermissionKind;
import dev.callgate.api.soap.types.PermissionRequest;
import dev.callgate.api.soap.types.Preflight;
import dev.callgate.api.soap.types.Quote;
import dev.callgate.api.soap.types.WalletBalance;
import dev.callgate.billing.BillingService;
import dev.callgate.billing.WalletService;
import dev.callgate.calls.OutboundCalls;
import dev.callgate.calls.StartCall;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.WaId;
import dev.callgate.permissions.PermissionRequestCommand;
import dev.callgate.permissions.PermissionService;
import dev.callgate.permissions.RequestKind;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.time.Clock;
import java.util.List;

/**
 * {@link CallingService} over the module services, mapped to {@code /api/soap/CallingService} in
 * {@code web.xml}. Operations whose module is not deployed yet fault with {@code not_implemented}
 * rather than answer with anything made up.
 */
@WebService(
    serviceName = "CallingService",
    portName = "CallingServicePort",
    targetNamespace = CallingService.NAMESPACE,
    endpointInterface = "dev.callgate.api.soap.CallingService")
@HandlerChain(file = "handlers.xml")
public class CallingServiceEndpoint implements CallingService {

  private static final String CALLS = "the calls module";

  @Resource private WebServiceContext context;

  @EJB private AgentService agents;

  @EJB private PermissionService permissions;

  @EJB private WalletService wallets;

  @EJB private BillingService billing;

  @Inject private Clock clock;
  @EJB private OutboundCalls calls;

  @Override
  public PermissionRequest requestPermission(
      String numberId,
      String waId,
      PermissionKind kind,
      String bodyText,
      String templateName,
      String templateLanguage,
      List<String> parameters)
      throws CallingFault {
    Actor actor = actor();
    PermissionRequestCommand command =
        new PermissionRequestCommand(
            waId,
            kind == null ? null : RequestKind.valueOf(kind.name()),
            bodyText,
            templateName,
            templateLanguage,
            parameters);
    return FaultTranslator.translated(
        () -> PermissionRequest.of(permissions.request(actor, numberId, command)));
  }

  @Override
  public Preflight preflightPermissionRequest(
      String numberId,
      String waId,
      PermissionKind kind,
      String templateName,
      String templateLanguage)
      throws CallingFault {
    Actor actor = actor();
    RequestKind asked = kind == null ? null : RequestKind.valueOf(kind.name());
    return FaultTranslator.translated(
        () ->
            Preflight.of(
                permissions.preflight(
                    actor.businessId(), numberId, waId, asked, templateName, templateLanguage)));
  }

  @Override
  public Permission getPermission(String numberId, String waId) throws CallingFault {
    Actor actor = actor();
    return FaultTranslator.translated(
        () -> Permission.of(permissions.permission(actor.businessId(), numberId, waId)));
  }

  @Override
  public Preflight preflightCall(String numberId, String waId, long agentId) throws CallingFault {
    Actor actor = actor();
    return FaultTranslator.translated(
        () -> Preflight.of(calls.preflight(actor.businessId(), numberId, waId, agentId)));
  }

  @Override
  public CallStarted startCall(
      String numberId, String waId, long agentId, String sdpOffer, String bizOpaqueCallbackData)
      throws CallingFault {
    Actor actor = actor();
    StartCall command = new StartCall(waId, agentId, sdpOffer, bizOpaqueCallbackData);
    return FaultTranslator.translated(() -> CallStarted.of(calls.start(actor, numberId, command)));
  }

  @Override
  public void terminateCall(long callId) throws CallingFault {
    Actor actor = actor();
    FaultTranslator.translated(() -> calls.terminate(actor, callId));
  }

  @Override
  public Call getCall(long callId) throws CallingFault {
    Actor actor = actor();
    return FaultTranslator.translated(() -> Call.of(calls.call(actor.businessId(), callId)));
  }

  @Override
  public CallPage listCalls(CallFilter filter, int page, int size) throws CallingFault {
    throw CallingFault.notImplemented("listCalls", CALLS);
  }

  @Override
  public Agent setAgentAvailability(long agentId, Availability availability) throws CallingFault {
    if (availability == null) {
      // JAXB reads an unknown enum value as null, so this also covers "BUSY"
      throw CallingFault.of(
          CallingException.validation(
              List.of(new FieldProblem("availability", "must be ONLINE or OFFLINE"))));
    }
    Actor actor = actor();
    var wanted = dev.callgate.accounts.Availability.valueOf(availability.name());
    return FaultTranslator.translated(
        () -> Agent.of(agents.setAvailability(actor, agentId, wanted)));
  }

  @Override
  public WalletBalance getWalletBalance() throws CallingFault {
    Actor actor = actor();
    return FaultTranslator.translated(() -> WalletBalance.of(wallets.wallet(actor.businessId())));
  }

  @Override
  public Quote quote(String waId, int seconds) throws CallingFault {
    // a quote is the same for every business, but still only for an authenticated caller
    actor();
    return FaultTranslator.translated(
        () -> Quote.of(billing.quote(WaId.of(waId), seconds, clock.instant())));
  }

  /**
   * The caller as {@link ApiKeyFilter} authenticated it, never a business id from the message (A2),
   * with the client address for the audit log.
   */
  private Actor actor() throws CallingFault {
    HttpServletRequest request =
        (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
    if (request.getAttribute(ApiKeyFilter.CALLER_ATTRIBUTE) instanceof ApiCaller caller) {
      return caller.actor(request.getRemoteAddr());
    }
    // only if the filter's mapping and the endpoint's ever drift apart: refuse, never guess
    throw CallingFault.of(CallingException.of(ErrorCode.UNAUTHORIZED, "No API key was presented"));
  }
}
