package dev.callgate.console.softphone;

import dev.callgate.billing.WalletService;
import dev.callgate.calls.CallView;
import dev.callgate.calls.OutboundCalls;
import dev.callgate.calls.StartCall;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The signed-in agent's own business calls, as the softphone places and follows them. The checks
 * are the calls module's (C2, L1-L7, and the audit of A3); this class only says who is calling.
 *
 * <p>Every state-changing request must come from the console's own origin and be {@code
 * application/json} ({@link dev.callgate.console.security.SameOriginFilter} refuses the rest before
 * this class sees it): a cross-site form cannot send that type, a cross-site script cannot without
 * a CORS pre-flight this application never grants, and either names its own site in {@code Origin}.
 */
@Path("/calls")
@Produces(MediaType.APPLICATION_JSON)
public class SoftphoneCallsResource {

  @Inject private OutboundCalls calls;

  @Inject private WalletService wallets;

  @Inject private CurrentAgent me;

  /** What the softphone sends to dial: the browser's offer, for a customer and a number. */
  public record Dial(String numberId, String waId, String sdpOffer) {}

  /** C1: connect with the browser's offer; the SDP answer arrives later on {@code GET}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response dial(Dial dial) {
    require(dial);
    CallView call =
        calls.start(
            me.actor(),
            dial.numberId(),
            new StartCall(dial.waId(), me.getId(), dial.sdpOffer(), null));
    return Response.status(Response.Status.CREATED).entity(describe(call).toString()).build();
  }

  @GET
  @Path("{id}")
  public JsonObject call(@PathParam("id") long id) {
    return describe(own(id));
  }

  /** C5: the agent hangs up, and Callgate sends {@code terminate}. */
  @POST
  @Path("{id}/hangup")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject hangUp(@PathParam("id") long id) {
    own(id);
    return describe(calls.terminate(me.actor(), id));
  }

  /**
   * A1: an agent's softphone follows the agent's own calls only; any other call of the business is
   * as unknown to it as another business's call is (A2).
   */
  private CallView own(long id) {
    CallView call = calls.call(me.getBusinessId(), id);
    if (call.agentId() == null || call.agentId() != me.getId()) {
      throw CallingException.of(ErrorCode.NOT_FOUND, "No call " + id);
    }
    return call;
  }

  private JsonObject describe(CallView call) {
    return CallJson.of(call, wallets, me.getBusinessId());
  }

  // The calls module checks the rest, and an empty offer there is C2 like any other bad offer.
  private static void require(Dial dial) {
    if (dial == null || dial.numberId() == null || dial.numberId().isBlank()) {
      throw CallingException.validation(List.of(new FieldProblem("numberId", "is required")));
    }
  }
}
