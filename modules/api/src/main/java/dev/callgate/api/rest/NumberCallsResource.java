package dev.callgate.api.rest;

import dev.callgate.api.errors.ErrorBody;
import dev.callgate.api.security.CurrentCaller;
import dev.callgate.calls.CallView;
import dev.callgate.calls.OutboundCalls;
import dev.callgate.calls.Preflight;
import dev.callgate.calls.StartCall;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Starting business-initiated calls from one number (C1, L1-L7). A root resource of its own: JAX-RS
 * picks one root class per request path without backtracking, so these paths cannot live on a class
 * rooted at {@code /}.
 */
@Path("/numbers/{numberId}/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls")
public class NumberCallsResource {

  /**
   * One provider for the class: {@code Json.create…} looks the provider up through the service
   * loader on every call, which showed up as lock contention under load.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  @EJB private OutboundCalls calls;

  @Inject private CurrentCaller caller;

  /** The body of a pre-flight. */
  public record PreflightJson(String waId, Long agentId) {}

  @POST
  @Path("preflight")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Could this agent call this customer now, and if not, why and until when (L7)")
  public JsonObject preflight(@PathParam("numberId") String numberId, @NotNull PreflightJson body) {
    Preflight answer = calls.preflight(caller.businessId(), numberId, body.waId(), body.agentId());
    JsonObjectBuilder json = JSON.createObjectBuilder().add("allowed", answer.allowed());
    if (answer.refusal() != null) {
      // the refusal the real start would give, in the contract's error shape
      json.add("error", ErrorBody.of(answer.refusal()).getJsonObject("error"));
    }
    return json.build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a call with the agent's SDP offer; the answer arrives on GET /calls/{id}")
  public Response start(@PathParam("numberId") String numberId, @NotNull StartCall body) {
    CallView call = calls.start(caller.actor(), numberId, body);
    return Response.status(Response.Status.CREATED).entity(CallJson.of(call)).build();
  }
}
