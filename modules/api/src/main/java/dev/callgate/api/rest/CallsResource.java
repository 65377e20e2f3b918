package dev.callgate.api.rest;

import dev.callgate.api.security.CurrentCaller;
import dev.callgate.calls.CallDirection;
import dev.callgate.calls.CallHistory;
import dev.callgate.calls.CallQuery;
import dev.callgate.calls.CallStatus;
import dev.callgate.calls.InboundCalls;
import dev.callgate.calls.MissedBy;
import dev.callgate.calls.OutboundCalls;
import dev.callgate.kernel.WaId;
import dev.callgate.kernel.input.MultiLine;
import dev.callgate.routing.OfferView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Calls of both directions by id: read, list, answer a customer's call, hang up (C1, C3, C5). */
@Path("/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls")
public class CallsResource {

  private static final int DEFAULT_SIZE = 20;

  @EJB private OutboundCalls calls;

  @EJB private InboundCalls inbound;

  @EJB private CallHistory history;

  @Inject private CurrentCaller caller;

  /** The body of an accept: the agent and their browser's SDP answer to the customer's offer. */
  public record AcceptJson(Long agentId, @MultiLine String sdpAnswer) {}

  /** The body of a reject. */
  public record RejectJson(Long agentId) {}

  @GET
  @Operation(summary = "The business's calls of both directions, newest first, paged from 0")
  public CallJson.PageJson list(
      @QueryParam("direction") String direction,
      @QueryParam("status") String status,
      @QueryParam("missedBy") String missedBy,
      @QueryParam("agentId") String agentId,
      @QueryParam("waId") String waId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParameters q = new QueryParameters();
    CallQuery query =
        new CallQuery(
            q.constant("direction", direction, CallDirection.class),
            q.constant("status", status, CallStatus.class),
            q.constant("missedBy", missedBy, MissedBy.class),
            q.integer("agentId", agentId, 1) == null ? null : Long.valueOf(agentId.strip()),
            customer(q, waId),
            q.instant("from", from),
            q.instant("to", to),
            orDefault(q.integer("page", page, 0), 0),
            orDefault(q.integer("size", size, 1), DEFAULT_SIZE));
    q.check();
    return CallJson.PageJson.of(history.calls(caller.businessId(), query));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A call with its status, SDP offer and answer, duration and cost")
  public CallJson call(@PathParam("id") long id) {
    return CallJson.of(calls.call(caller.businessId(), id));
  }

  @POST
  @Path("{id}/accept")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The agent the customer's call rings for answers it with the browser's SDP answer (C3);"
              + " the first accept wins, anyone else gets 409 with the reason")
  public CallJson accept(@PathParam("id") long id, @NotNull AcceptJson body) {
    return CallJson.of(inbound.accept(caller.actor(), id, body.agentId(), body.sdpAnswer()));
  }

  @POST
  @Path("{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The agent declines; the call moves on, never back to them (R7)")
  public CallJson reject(@PathParam("id") long id, @NotNull RejectJson body) {
    return CallJson.of(inbound.reject(caller.actor(), id, body.agentId()));
  }

  @GET
  @Path("{id}/offers")
  @Operation(summary = "Who a customer's call was offered to, in order, and how each offer ended")
  public List<OfferView> offers(@PathParam("id") long id) {
    return inbound.offers(caller.businessId(), id);
  }

  @POST
  @Path("{id}/terminate")
  @Operation(summary = "Hang up: Callgate sends terminate to the Cloud API (C5)")
  public CallJson terminate(@PathParam("id") long id) {
    return CallJson.of(calls.terminate(caller.actor(), id));
  }

  private static String customer(QueryParameters q, String waId) {
    if (waId == null || waId.isBlank()) {
      return null;
    }
    WaId parsed = q.waId("waId", waId);
    return parsed == null ? null : parsed.value();
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
