package dev.callgate.api.rest;

import dev.callgate.api.errors.ErrorBody;
import dev.callgate.api.security.CurrentCaller;
import dev.callgate.permissions.PermissionService;
import dev.callgate.permissions.RequestKind;
import dev.callgate.permissions.RequestLimits;
import dev.callgate.permissions.RequestPreflight;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pre-flight of a call permission request: the decision the request itself makes (P9, T3, T2,
 * P4), answered without sending anything. A root resource of its own for the reason {@link
 * NumberCallsResource} gives.
 */
@Path("/numbers/{numberId}/permission-requests/preflight")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permissions")
public class PermissionPreflightResource {

  /** One provider for the class, as in {@link NumberCallsResource}. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @EJB private PermissionService permissions;

  @Inject private CurrentCaller caller;

  /** The body of a pre-flight: the kind and the template are optional. */
  public record RequestPreflightJson(
      String waId, RequestKind kind, String templateName, String templateLanguage) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Could a call permission request go to this customer now, and if not, which rule stops"
              + " it and until when (P9, T3, T2, P4); no side effects")
  public JsonObject preflight(
      @PathParam("numberId") String numberId, @NotNull RequestPreflightJson body) {
    RequestPreflight answer =
        permissions.preflight(
            caller.businessId(),
            numberId,
            body.waId(),
            body.kind(),
            body.templateName(),
            body.templateLanguage());
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("allowed", answer.allowed())
            .add("interactive", answer.interactive())
            .add("template", answer.template());
    if (answer.refusal() != null) {
      // the refusal the real request would give, in the contract's error shape
      json.add("error", ErrorBody.of(answer.refusal()).getJsonObject("error"));
    }
    JsonArrayBuilder errors = JSON.createArrayBuilder();
    answer.refusals().forEach(r -> errors.add(ErrorBody.of(r).getJsonObject("error")));
    RequestLimits used = answer.requestLimits();
    JsonObjectBuilder limits =
        JSON.createObjectBuilder()
            .add("canRequest", used.canRequest())
            .add("usedLast24h", used.usedLast24h())
            .add("usedLast7d", used.usedLast7d());
    instant(limits, "nextRequestAt", used.nextRequestAt());
    json.add("errors", errors).add("requestLimits", limits);
    instant(json, "serviceWindowEndsAt", answer.serviceWindowEndsAt());
    return json.add("replacesPending", answer.replacesPending()).build();
  }

  private static void instant(JsonObjectBuilder json, String name, Instant at) {
    if (at == null) {
      json.addNull(name);
    } else {
      json.add(name, at.toString());
    }
  }
}
