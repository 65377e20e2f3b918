package dev.callgate.sandbox.graph;

import dev.callgate.sandbox.intake.Intake;
import dev.callgate.sandbox.meta.MetaError;
import dev.callgate.sandbox.meta.NumberSettings;
import dev.callgate.sandbox.meta.Numbers;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/** {@code GET} and {@code POST /{phoneNumberId}/settings}: the number's calling settings. */
@Path("/{version: v\\d+\\.\\d+}/{phoneNumberId}/settings")
public class SettingsResource {

  private static final Set<String> ON_OFF = Set.of("ENABLED", "DISABLED");

  @Inject Numbers numbers;
  @Inject NumberSettings settings;
  @Inject Intake intake;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response read(@PathParam("phoneNumberId") String phoneNumberId) {
    numbers.resolve(phoneNumberId);
    return GraphReplies.ok(
        Json.createObjectBuilder().add("calling", settings.calling(phoneNumberId)).build());
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("phoneNumberId") String phoneNumberId, String body) {
    numbers.resolve(phoneNumberId);
    JsonObject request = GraphBodies.parse(body);
    if (!(request.get("calling") instanceof JsonObject calling)) {
      throw MetaError.invalidParameter("The parameter calling is required");
    }
    for (String key : new String[] {"status", "callback_permission_status"}) {
      String value = GraphBodies.optional(calling, key).orElse("ENABLED");
      if (!ON_OFF.contains(value)) {
        throw MetaError.invalidParameter("calling." + key + " must be ENABLED or DISABLED");
      }
    }
    intake.handle(
        phoneNumberId,
        null,
        "settings",
        null,
        () -> {
          settings.update(phoneNumberId, calling);
          return null;
        });
    return GraphReplies.ok(Json.createObjectBuilder().add("success", true).build());
  }
}
