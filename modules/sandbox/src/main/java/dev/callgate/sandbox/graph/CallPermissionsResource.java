package dev.callgate.sandbox.graph;

import dev.callgate.sandbox.SandboxConfig;
import dev.callgate.sandbox.meta.Limits;
import dev.callgate.sandbox.meta.MetaError;
import dev.callgate.sandbox.meta.Numbers;
import dev.callgate.sandbox.meta.Pair;
import dev.callgate.sandbox.meta.Pairs;
import dev.callgate.sandbox.time.SandboxClock;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;

/** {@code GET /{phoneNumberId}/call_permissions?user_wa_id=}: the pair's permission and limits. */
@Path("/{version: v\\d+\\.\\d+}/{phoneNumberId}/call_permissions")
public class CallPermissionsResource {

  @Inject Numbers numbers;
  @Inject Pairs pairs;
  @Inject SandboxClock clock;
  @Inject SandboxConfig config;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response permission(
      @PathParam("phoneNumberId") String phoneNumberId, @QueryParam("user_wa_id") String waId) {
    numbers.resolve(phoneNumberId);
    if (waId == null || !waId.strip().replaceFirst("^\\+", "").matches("\\d{6,15}")) {
      throw MetaError.invalidParameter("The parameter user_wa_id is required (E.164 digits)");
    }
    Pair pair = pairs.of(phoneNumberId, waId.strip().replaceFirst("^\\+", ""));
    Instant now = clock.instant();
    Limits limits = config.limits();
    String status = pair.permissionStatus(now);

    JsonObjectBuilder permission = Json.createObjectBuilder().add("status", status);
    pair.permissionExpiry(now)
        .ifPresent(at -> permission.add("expiration_time", at.getEpochSecond()));

    Optional<Instant> nextRequest = pair.nextRequestAllowed(now);
    JsonObjectBuilder request =
        action(
            "send_call_permission_request",
            !"permanent".equals(status) && nextRequest.isEmpty(),
            Json.createArrayBuilder()
                .add(
                    limit(
                        "PT24H",
                        limits.requestsPer24h(),
                        pair.requestsWithin(now, Limits.DAY),
                        pair.nextRequestAllowed(now, Limits.DAY)))
                .add(
                    limit(
                        "P7D",
                        limits.requestsPer7d(),
                        pair.requestsWithin(now, Limits.WEEK),
                        pair.nextRequestAllowed(now, Limits.WEEK))));
    Optional<Instant> nextCall = pair.nextCallAllowed(now);
    JsonObjectBuilder call =
        action(
            "start_call",
            !"no_permission".equals(status) && nextCall.isEmpty() && pair.ongoingCall().isEmpty(),
            Json.createArrayBuilder()
                .add(
                    limit(
                        "PT24H",
                        limits.connectedCallsPer24h(),
                        pair.connectedCallsWithin(now, Limits.DAY),
                        nextCall)));

    return GraphReplies.ok(
        Json.createObjectBuilder()
            .add("messaging_product", "whatsapp")
            .add("permission", permission)
            .add("actions", Json.createArrayBuilder().add(request).add(call))
            .build());
  }

  private static JsonObjectBuilder action(
      String name, boolean can, jakarta.json.JsonArrayBuilder limits) {
    return Json.createObjectBuilder()
        .add("action_name", name)
        .add("can_perform_action", can)
        .add("limits", limits);
  }

  // limit_expiration_time appears only on a limit that is reached, as Meta does
  private static JsonObjectBuilder limit(String period, int max, int used, Optional<Instant> next) {
    JsonObjectBuilder limit =
        Json.createObjectBuilder()
            .add("time_period", period)
            .add("max_allowed", max)
            .add("current_usage", used);
    if (used >= max && next.isPresent()) {
      limit.add("limit_expiration_time", next.get().getEpochSecond());
    }
    return limit;
  }
}
