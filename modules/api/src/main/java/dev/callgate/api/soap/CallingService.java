package dev.callgate.api.soap;

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
import dev.callgate.kernel.input.MultiLine;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import java.util.List;

/**
 * The SOAP face of the integrator contract: the same operations and semantics as REST, for
 * integrators whose platforms speak SOAP. The business is never a parameter: it is the one the API
 * key belongs to (A2). Every refusal is a {@link CallingFault} carrying the contract's error shape.
 */
@WebService(name = "CallingService", targetNamespace = CallingService.NAMESPACE)
@SOAPBinding(
    style = SOAPBinding.Style.DOCUMENT,
    use = SOAPBinding.Use.LITERAL,
    parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
public interface CallingService {

  String NAMESPACE = "urn:callgate:calling:v1";

  /** {@code POST /numbers/{numberId}/permission-requests}. */
  @WebMethod
  @WebResult(name = "permissionRequest")
  PermissionRequest requestPermission(
      @WebParam(name = "numberId") String numberId,
      @WebParam(name = "waId") String waId,
      @WebParam(name = "kind") PermissionKind kind,
      @WebParam(name = "bodyText") @MultiLine String bodyText,
      @WebParam(name = "templateName") String templateName,
      @WebParam(name = "templateLanguage") String templateLanguage,
      @WebParam(name = "parameters") List<String> parameters)
      throws CallingFault;

  /**
   * {@code POST /numbers/{numberId}/permission-requests/preflight}: could a request go now (P9, T3,
   * T2, P4)? The kind and template are optional; the refusal is data, not a fault.
   */
  @WebMethod
  @WebResult(name = "preflight")
  Preflight preflightPermissionRequest(
      @WebParam(name = "numberId") String numberId,
      @WebParam(name = "waId") String waId,
      @WebParam(name = "kind") PermissionKind kind,
      @WebParam(name = "templateName") String templateName,
      @WebParam(name = "templateLanguage") String templateLanguage)
      throws CallingFault;

  /** {@code GET /numbers/{numberId}/permissions/{waId}}. */
  @WebMethod
  @WebResult(name = "permission")
  Permission getPermission(
      @WebParam(name = "numberId") String numberId, @WebParam(name = "waId") String waId)
      throws CallingFault;

  /** {@code POST /numbers/{numberId}/calls/preflight}: would the call be allowed now (L7)? */
  @WebMethod
  @WebResult(name = "preflight")
  Preflight preflightCall(
      @WebParam(name = "numberId") String numberId,
      @WebParam(name = "waId") String waId,
      @WebParam(name = "agentId") long agentId)
      throws CallingFault;

  /** {@code POST /numbers/{numberId}/calls}. */
  @WebMethod
  @WebResult(name = "callStarted")
  CallStarted startCall(
      @WebParam(name = "numberId") String numberId,
      @WebParam(name = "waId") String waId,
      @WebParam(name = "agentId") long agentId,
      @WebParam(name = "sdpOffer") @MultiLine String sdpOffer,
      @WebParam(name = "bizOpaqueCallbackData") @MultiLine String bizOpaqueCallbackData)
      throws CallingFault;

  /** {@code POST /calls/{id}/terminate}. */
  @WebMethod
  void terminateCall(@WebParam(name = "callId") long callId) throws CallingFault;

  /** {@code GET /calls/{id}}. */
  @WebMethod
  @WebResult(name = "call")
  Call getCall(@WebParam(name = "callId") long callId) throws CallingFault;

  /** {@code GET /calls}; what a caller sees follows A1. */
  @WebMethod
  @WebResult(name = "callPage")
  CallPage listCalls(
      @WebParam(name = "filter") CallFilter filter,
      @WebParam(name = "page") int page,
      @WebParam(name = "size") int size)
      throws CallingFault;

  /** {@code PUT /agents/{agentId}/availability}. */
  @WebMethod
  @WebResult(name = "agent")
  Agent setAgentAvailability(
      @WebParam(name = "agentId") long agentId,
      @WebParam(name = "availability") Availability availability)
      throws CallingFault;

  /** {@code GET /wallet}. */
  @WebMethod
  @WebResult(name = "walletBalance")
  WalletBalance getWalletBalance() throws CallingFault;

  /** {@code GET /rates/quote}: the price of a call of {@code seconds} to {@code waId}. */
  @WebMethod
  @WebResult(name = "quote")
  Quote quote(@WebParam(name = "waId") String waId, @WebParam(name = "seconds") int seconds)
      throws CallingFault;
}
