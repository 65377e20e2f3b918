package dev.callgate.sandbox.control;

import dev.callgate.sandbox.meta.BusinessNumber;
import dev.callgate.sandbox.meta.Numbers;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;

/** The business numbers the sandbox knows, and their WABA and display number. */
@Path("/numbers")
@Produces(MediaType.APPLICATION_JSON)
public class NumbersResource {

  @Inject Numbers numbers;

  @GET
  public Response list() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    numbers.all().stream()
        .sorted(Comparator.comparing(BusinessNumber::phoneNumberId))
        .map(NumbersResource::describe)
        .forEach(list::add);
    return ControlBodies.ok(list.build());
  }

  @PUT
  @Path("/{phoneNumberId: \\d{5,20}}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response put(@PathParam("phoneNumberId") String phoneNumberId, String body) {
    JsonObject json = ControlBodies.parse(body);
    String wabaId = ControlBodies.text(json, "wabaId", null);
    String display = ControlBodies.text(json, "displayPhoneNumber", null);
    if (!wabaId.matches("\\d{5,20}") || !display.replaceFirst("^\\+", "").matches("\\d{6,15}")) {
      throw ControlBodies.refuse(
          400, "validation_failed", "wabaId and displayPhoneNumber must be digits");
    }
    BusinessNumber number = new BusinessNumber(phoneNumberId, wabaId, display);
    numbers.put(number);
    return ControlBodies.ok(describe(number).build());
  }

  private static JsonObjectBuilder describe(BusinessNumber n) {
    return Json.createObjectBuilder()
        .add("phoneNumberId", n.phoneNumberId())
        .add("wabaId", n.wabaId())
        .add("displayPhoneNumber", n.displayPhoneNumber());
  }
}
