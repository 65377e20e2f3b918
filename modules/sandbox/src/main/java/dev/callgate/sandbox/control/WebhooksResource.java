package dev.callgate.sandbox.control;

import dev.callgate.sandbox.webhooks.Delivery;
import dev.callgate.sandbox.webhooks.DeliveryLog;
import dev.callgate.sandbox.webhooks.SubscriptionCheck;
import dev.callgate.sandbox.webhooks.WebhookSender;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What was delivered to Callgate ({@code GET /webhooks}) and how disorderly delivery is ({@code
 * /delivery}). The listing leaves out each delivery's signature: a signature of a known body is
 * what a forger would need to replay it.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

  @Inject DeliveryLog log;
  @Inject WebhookSender sender;
  @Inject SubscriptionCheck subscription;

  /** Meta's subscription handshake against Callgate's receiver, with the verify token. */
  @POST
  @Path("/webhooks/verify")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response verify() {
    SubscriptionCheck.Outcome outcome = subscription.verify();
    JsonObjectBuilder body = Json.createObjectBuilder().add("verified", outcome.verified());
    if (outcome.httpStatus() != null) {
      body.add("httpStatus", outcome.httpStatus());
    }
    if (outcome.error() != null) {
      body.add("error", outcome.error());
    }
    return ControlBodies.ok(body.build());
  }

  @GET
  @Path("/webhooks")
  public Response delivered(@QueryParam("limit") @DefaultValue("100") int limit) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Delivery d : log.newestFirst(Math.max(1, limit))) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("id", d.id())
              .add("createdAt", d.createdAt().toString())
              .add("url", d.url())
              .add("field", d.field())
              .add("status", d.status().name())
              .add("attempts", d.attempts())
              .add("body", d.body());
      if (d.httpStatus() != null) {
        item.add("httpStatus", d.httpStatus());
      }
      if (d.lastError() != null) {
        item.add("lastError", d.lastError());
      }
      if (d.duplicateOf() != null) {
        item.add("duplicateOf", d.duplicateOf());
      }
      list.add(item);
    }
    return ControlBodies.ok(list.build());
  }

  @GET
  @Path("/delivery")
  public Response rates() {
    return ControlBodies.ok(rateBody());
  }

  @PUT
  @Path("/delivery")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response setRates(String body) {
    JsonObject json = ControlBodies.parse(body);
    double duplicate = rate(json, "duplicateRate", sender.duplicateRate());
    double reorder = rate(json, "reorderRate", sender.reorderRate());
    sender.setRates(duplicate, reorder);
    return ControlBodies.ok(rateBody());
  }

  private JsonObject rateBody() {
    return Json.createObjectBuilder()
        .add("duplicateRate", sender.duplicateRate())
        .add("reorderRate", sender.reorderRate())
        .build();
  }

  private static double rate(JsonObject json, String name, double current) {
    if (!json.containsKey(name)) {
      return current;
    }
    if (!(json.get(name) instanceof JsonNumber n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
      throw ControlBodies.refuse(400, "validation_failed", name + " must be a number from 0 to 1");
    }
    return n.doubleValue();
  }
}
