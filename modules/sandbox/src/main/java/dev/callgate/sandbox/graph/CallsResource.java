package dev.callgate.sandbox.graph;

import dev.callgate.sandbox.intake.Intake;
import dev.callgate.sandbox.meta.BusinessNumber;
import dev.callgate.sandbox.meta.MetaError;
import dev.callgate.sandbox.meta.NumberSettings;
import dev.callgate.sandbox.meta.Numbers;
import dev.callgate.sandbox.users.CallSimulator;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /{phoneNumberId}/calls}: connect, pre_accept, accept, reject, terminate. */
@Path("/{version: v\\d+\\.\\d+}/{phoneNumberId}/calls")
public class CallsResource {

  private static final int MAX_OPAQUE = 512;

  @Inject Numbers numbers;
  @Inject CallSimulator calls;
  @Inject NumberSettings settings;
  @Inject Intake intake;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response act(@PathParam("phoneNumberId") String phoneNumberId, String body) {
    BusinessNumber number = numbers.resolve(phoneNumberId);
    JsonObject request = GraphBodies.parse(body);
    GraphBodies.whatsapp(request);
    String action = GraphBodies.required(request, "action");
    String to =
        "connect".equals(action)
            ? GraphBodies.recipient(request, "to")
            : calls.userOf(GraphBodies.optional(request, "call_id").orElse(null)).orElse(null);
    String callId = GraphBodies.optional(request, "call_id").orElse(null);
    return intake.handle(phoneNumberId, to, action, callId, () -> act(number, action, request));
  }

  private Response act(BusinessNumber number, String action, JsonObject request) {
    String phoneNumberId = number.phoneNumberId();
    return switch (action) {
      case "connect" -> connect(number, request);
      case "pre_accept" -> {
        calls.preAccept(phoneNumberId, callId(request), GraphBodies.sdp(request, "answer"));
        yield GraphReplies.success();
      }
      case "accept" -> {
        String callId = callId(request);
        calls.accept(phoneNumberId, callId, GraphBodies.sdp(request, "answer"));
        yield GraphReplies.success();
      }
      case "reject" -> {
        calls.endByBusiness(phoneNumberId, callId(request), true);
        yield GraphReplies.success();
      }
      case "terminate" -> {
        calls.endByBusiness(phoneNumberId, callId(request), false);
        yield GraphReplies.success();
      }
      default ->
          throw MetaError.invalidParameter(
              "action must be connect, pre_accept, accept, reject or terminate");
    };
  }

  private Response connect(BusinessNumber number, JsonObject request) {
    if (!"ENABLED".equals(settings.calling(number.phoneNumberId()).getString("status", ""))) {
      throw new MetaError(
          138000,
          401,
          "(#138000) Calling not enabled",
          "Calling is disabled for this phone number; enable it with POST /settings");
    }
    String to = GraphBodies.recipient(request, "to");
    String offer = GraphBodies.sdp(request, "offer");
    String opaque = GraphBodies.optional(request, "biz_opaque_callback_data").orElse(null);
    if (opaque != null && opaque.length() > MAX_OPAQUE) {
      throw MetaError.invalidParameter(
          "biz_opaque_callback_data is longer than " + MAX_OPAQUE + " characters");
    }
    String callId = calls.callUser(number, to, offer, opaque);
    return GraphReplies.ok(
        Json.createObjectBuilder()
            .add("messaging_product", "whatsapp")
            .add(
                "calls",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", callId)))
            .build());
  }

  private static String callId(JsonObject request) {
    return GraphBodies.required(request, "call_id");
  }
}
