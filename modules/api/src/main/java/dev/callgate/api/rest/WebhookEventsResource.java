package dev.callgate.api.rest;

import dev.callgate.api.security.CurrentCaller;
import dev.callgate.calls.WebhookEventStatus;
import dev.callgate.calls.WebhookEventView;
import dev.callgate.calls.WebhookEvents;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
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

/**
 * Operators' view of the webhook events of the caller's numbers: find what failed and replay it
 * once the cause is fixed.
 */
@Path("/webhook-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhook events")
public class WebhookEventsResource {

  @EJB private WebhookEvents events;

  @Inject private CurrentCaller caller;

  @GET
  @Operation(summary = "Webhook events of the caller's numbers, newest first")
  public List<WebhookEventView> list(
      @QueryParam("status") String status,
      @QueryParam("dedupeKey") String dedupeKey,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
    return events.list(caller.businessId(), status(status), dedupeKey, limit);
  }

  @POST
  @Path("/{id}/replay")
  @Operation(summary = "Process a dead event again, with fresh attempts")
  public WebhookEventView replay(@PathParam("id") long id) {
    return events
        .replay(caller.actor(), id)
        .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No webhook event " + id));
  }

  private static WebhookEventStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return WebhookEventStatus.valueOf(value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw CallingException.validation(
          List.of(new FieldProblem("status", "one of RECEIVED, PROCESSED, FAILED, DEAD")));
    }
  }
}
