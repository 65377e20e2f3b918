package dev.callgate.sandbox.graph;

import dev.callgate.sandbox.intake.Intake;
import dev.callgate.sandbox.meta.BusinessNumber;
import dev.callgate.sandbox.meta.Ids;
import dev.callgate.sandbox.meta.MetaError;
import dev.callgate.sandbox.meta.Numbers;
import dev.callgate.sandbox.meta.Templates;
import dev.callgate.sandbox.users.PermissionSimulator;
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
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /{phoneNumberId}/messages}. Call permission requests, free-form or by template, go
 * through Meta's request limits and get the user's reply; other messages are just accepted.
 */
@Path("/{version: v\\d+\\.\\d+}/{phoneNumberId}/messages")
public class MessagesResource {

  @Inject Numbers numbers;
  @Inject Templates templates;
  @Inject PermissionSimulator permissions;
  @Inject Intake intake;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response send(@PathParam("phoneNumberId") String phoneNumberId, String body) {
    BusinessNumber number = numbers.resolve(phoneNumberId);
    JsonObject request = GraphBodies.parse(body);
    GraphBodies.whatsapp(request);
    String to = GraphBodies.recipient(request, "to");
    String type = GraphBodies.optional(request, "type").orElse("text");
    String messageId =
        intake.handle(
            phoneNumberId,
            to,
            action(request, type),
            null,
            () ->
                isPermissionRequest(number, request, type)
                    ? permissions.request(number, to)
                    : Ids.messageId());
    return GraphReplies.ok(
        Json.createObjectBuilder()
            .add("messaging_product", "whatsapp")
            .add(
                "contacts",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("input", to).add("wa_id", to)))
            .add(
                "messages",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", messageId)))
            .build());
  }

  /** What {@link Intake} notes the message as: a free-form permission request, a template, … */
  private static String action(JsonObject request, String type) {
    boolean permissionRequest =
        "interactive".equals(type)
            && request.get("interactive") instanceof JsonObject interactive
            && "call_permission_request".equals(interactive.getString("type", ""));
    return permissionRequest ? "call_permission_request" : type;
  }

  private boolean isPermissionRequest(BusinessNumber number, JsonObject request, String type) {
    if ("interactive".equals(type)) {
      if (!(request.get("interactive") instanceof JsonObject interactive)) {
        throw MetaError.invalidParameter("The parameter interactive is required");
      }
      return "call_permission_request".equals(GraphBodies.required(interactive, "type"));
    }
    if ("template".equals(type)) {
      if (!(request.get("template") instanceof JsonObject template)) {
        throw MetaError.invalidParameter("The parameter template is required");
      }
      String name = GraphBodies.required(template, "name");
      String language =
          template.get("language") instanceof JsonObject lang ? lang.getString("code", "") : "";
      Optional<Templates.Template> known = templates.find(number.wabaId(), name, language);
      if (known.isPresent() && !"APPROVED".equals(known.get().status())) {
        throw new MetaError(
            132001,
            404,
            "OAuthException",
            "(#132001) Template name does not exist in the translation",
            "template name (" + name + ") is " + known.get().status() + ", not APPROVED",
            Map.of());
      }
      // Callgate's templates are call permission requests; one known to lack that component is not.
      return known.map(Templates.Template::callPermissionRequest).orElse(true);
    }
    return false;
  }
}
