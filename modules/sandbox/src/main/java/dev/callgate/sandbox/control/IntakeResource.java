package dev.callgate.sandbox.control;

import dev.callgate.sandbox.intake.Faults;
import dev.callgate.sandbox.intake.Faults.Fault;
import dev.callgate.sandbox.intake.Received;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Locale;

/**
 * What the Graph endpoints received ({@code GET /received?numberId=&waId=&action=}), and the faults
 * armed for the next requests ({@code /faults}): a test counts what reached "Meta" and makes Meta
 * refuse, fail or answer late.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

  @Inject Received received;
  @Inject Faults faults;

  @GET
  @Path("/received")
  public Response received(
      @QueryParam("numberId") String numberId,
      @QueryParam("waId") String waId,
      @QueryParam("action") String action) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Received.Entry e : received.find(numberId, waId, action)) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("id", e.id)
              .add("at", e.at.toString())
              .add("numberId", e.numberId)
              .add("action", e.action)
              .add("httpStatus", e.httpStatus());
      if (e.waId != null) {
        item.add("waId", e.waId);
      }
      if (e.callId != null) {
        item.add("callId", e.callId);
      }
      if (e.code() != null) {
        item.add("code", e.code());
      }
      list.add(item);
    }
    return ControlBodies.ok(list.build());
  }

  @GET
  @Path("/faults")
  public Response armed() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    faults.armed().forEach(f -> list.add(describe(f)));
    return ControlBodies.ok(list.build());
  }

  /**
   * Arms a fault: {@code {numberId?, waId?, action, mode: FAIL|SLOW_ANSWER|SLOW_ARRIVAL,
   * httpStatus?, code?, delayMillis?, times?}}. FAIL answers with Meta's error envelope (503 and
   * code 131000 unless told otherwise); SLOW_ANSWER does the work and answers {@code delayMillis}
   * later; SLOW_ARRIVAL waits {@code delayMillis} before doing it.
   */
  @POST
  @Path("/faults")
  @Consumes(MediaType.WILDCARD)
  public Response arm(String body) {
    JsonObject json = ControlBodies.parse(body);
    Faults.Mode mode;
    try {
      mode = Faults.Mode.valueOf(ControlBodies.text(json, "mode", "").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ControlBodies.refuse(
          400, "validation_failed", "mode is FAIL, SLOW_ANSWER or SLOW_ARRIVAL");
    }
    long status = ControlBodies.number(json, "httpStatus", 503L);
    long delay = ControlBodies.number(json, "delayMillis", 0L);
    long times = ControlBodies.number(json, "times", 1L);
    if (status < 400 || status > 599 || delay < 0 || delay > 60_000 || times < 1) {
      throw ControlBodies.refuse(
          400,
          "validation_failed",
          "httpStatus is 400-599, delayMillis 0-60000 and times at least 1");
    }
    Fault fault =
        new Fault(
            optional(json, "numberId"),
            optional(json, "waId"),
            ControlBodies.text(json, "action", null),
            mode,
            (int) status,
            (int) ControlBodies.number(json, "code", 131000L),
            Duration.ofMillis(delay),
            (int) times);
    faults.arm(fault);
    return ControlBodies.ok(describe(fault).build());
  }

  @DELETE
  @Path("/faults")
  public Response clear() {
    faults.clear();
    return ControlBodies.ok(Json.createArrayBuilder().build());
  }

  private static String optional(JsonObject json, String name) {
    return json.containsKey(name) && !json.isNull(name) ? ControlBodies.text(json, name, "") : null;
  }

  private static JsonObjectBuilder describe(Fault f) {
    JsonObjectBuilder item =
        Json.createObjectBuilder()
            .add("action", f.action())
            .add("mode", f.mode().name())
            .add("httpStatus", f.httpStatus())
            .add("code", f.code())
            .add("delayMillis", f.delay().toMillis())
            .add("times", f.times());
    if (f.numberId() != null) {
      item.add("numberId", f.numberId());
    }
    if (f.waId() != null) {
      item.add("waId", f.waId());
    }
    return item;
  }
}
