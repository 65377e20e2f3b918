package dev.callgate.api.rest;

import dev.callgate.api.security.CurrentCaller;
import dev.callgate.calls.CallView;
import dev.callgate.calls.OutboundCalls;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Business-initiated calls by id: read, and hang up (C1, C5). */
@Path("/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls")
public class CallsResource {

  @EJB private OutboundCalls calls;

  @Inject private CurrentCaller caller;

  @GET
  @Path("{id}")
  @Operation(summary = "A call with its status, SDP answer, duration and cost")
  public CallView call(@PathParam("id") long id) {
    return calls.call(caller.businessId(), id);
  }

  @POST
  @Path("{id}/terminate")
  @Operation(summary = "Hang up: Callgate sends terminate to the Cloud API (C5)")
  public CallView terminate(@PathParam("id") long id) {
    return calls.terminate(caller.actor(), id);
  }
}
