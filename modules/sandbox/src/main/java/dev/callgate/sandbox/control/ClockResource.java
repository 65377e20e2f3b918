package dev.callgate.sandbox.control;

import dev.callgate.sandbox.time.SandboxClock;
import dev.callgate.sandbox.time.SandboxTimers;
import dev.callgate.sandbox.webhooks.CallgateClockSync;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code GET /clock} and {@code POST /clock/advance {seconds}}. Advancing tells Callgate first, so
 * that its clock has moved before the timers that just became due send their webhooks.
 */
@Path("/clock")
public class ClockResource {

  @Inject SandboxClock clock;
  @Inject SandboxTimers timers;
  @Inject CallgateClockSync callgate;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response now() {
    return ControlBodies.ok(state().build());
  }

  @POST
  @Path("/advance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response advance(String body) {
    long seconds = ControlBodies.number(ControlBodies.parse(body), "seconds", null);
    if (seconds < 0) {
      throw ControlBodies.refuse(
          400, "validation_failed", "seconds must not be negative: the clock only moves forward");
    }
    Duration offset = clock.advance(Duration.ofSeconds(seconds));
    String sync = callgate.tell(offset);
    timers.tick();
    return ControlBodies.ok(state().add("callgateSync", sync).build());
  }

  private JsonObjectBuilder state() {
    Instant now = clock.instant();
    return Json.createObjectBuilder()
        .add("now", now.toString())
        .add("epochSeconds", now.getEpochSecond())
        .add("offsetSeconds", clock.offset().getSeconds());
  }
}
