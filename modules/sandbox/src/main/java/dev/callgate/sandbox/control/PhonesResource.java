package dev.callgate.sandbox.control;

import dev.callgate.sandbox.sdp.SdpCheck;
import dev.callgate.sandbox.users.CallSimulator;
import dev.callgate.sandbox.users.PhoneLines;
import dev.callgate.sandbox.users.PhoneView;
import dev.callgate.sandbox.users.UserProfile;
import dev.callgate.sandbox.users.Users;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The phone page's side of a user's calls: its heartbeat, its SDP answer to a business call it was
 * handed, and the user hanging up. {@code GET} only looks, so inspecting a phone with curl never
 * makes it look open.
 */
@Path("/phones/{waId: \\d{6,15}}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PhonesResource {

  @Inject PhoneLines phones;
  @Inject CallSimulator calls;
  @Inject Users users;

  @GET
  public Response look(@PathParam("waId") String waId) {
    return ControlBodies.ok(describe(phones.view(waId)));
  }

  @POST
  @Path("/heartbeat")
  public Response beat(@PathParam("waId") String waId) {
    return ControlBodies.ok(describe(phones.heartbeat(waId)));
  }

  /** {@code {sdp}}: the page's answer; the call then rings and follows the user's behaviour. */
  @POST
  @Path("/calls/{callId}/answer")
  public Response answer(
      @PathParam("waId") String waId, @PathParam("callId") String callId, String body) {
    String sdp = ControlBodies.text(ControlBodies.parse(body), "sdp", null);
    SdpCheck.problem(sdp)
        .ifPresent(
            problem -> {
              throw ControlBodies.refuse(400, "validation_failed", "Invalid SDP: " + problem);
            });
    if (!calls.answerFromPhone(waId, callId, sdp)) {
      throw ControlBodies.refuse(
          409, "call_not_waiting", "Call " + callId + " is not waiting for this phone's answer");
    }
    return ControlBodies.ok(describe(phones.view(waId)));
  }

  @POST
  @Path("/calls/{callId}/hangup")
  public Response hangUp(@PathParam("waId") String waId, @PathParam("callId") String callId) {
    if (!calls.hangUpFromPhone(waId, callId)) {
      throw ControlBodies.refuse(409, "call_ended", "Call " + callId + " is not on this phone");
    }
    return ControlBodies.ok(describe(phones.view(waId)));
  }

  private JsonObjectBuilder user(String waId) {
    UserProfile user = users.get(waId);
    return Json.createObjectBuilder()
        .add("name", user.name())
        .add("onCall", user.onCall().name())
        .add("answerAfterSeconds", user.answerAfterSeconds())
        .add("talkSeconds", user.talkSeconds());
  }

  private jakarta.json.JsonObject describe(PhoneView phone) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("waId", phone.waId())
            .add("open", phone.open())
            .add("user", user(phone.waId()));
    PhoneView.PhoneCall call = phone.call();
    if (call == null) {
      return json.addNull("call").build();
    }
    JsonObjectBuilder c =
        Json.createObjectBuilder()
            .add("callId", call.callId())
            .add("numberId", call.numberId())
            .add("from", "+" + call.from())
            .add("state", call.state());
    if (call.offer() != null) {
      c.add("offer", call.offer());
    }
    if (call.connectedAt() != null) {
      c.add("connectedAt", call.connectedAt().toString());
    }
    if (call.durationSeconds() != null) {
      c.add("durationSeconds", call.durationSeconds());
    }
    return json.add("call", c).build();
  }
}
