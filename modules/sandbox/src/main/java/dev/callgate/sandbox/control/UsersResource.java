package dev.callgate.sandbox.control;

import dev.callgate.sandbox.meta.BusinessNumber;
import dev.callgate.sandbox.meta.MetaError;
import dev.callgate.sandbox.meta.Numbers;
import dev.callgate.sandbox.meta.Pairs;
import dev.callgate.sandbox.time.SandboxClock;
import dev.callgate.sandbox.users.CallSimulator;
import dev.callgate.sandbox.users.PermissionSimulator;
import dev.callgate.sandbox.users.UserProfile;
import dev.callgate.sandbox.users.UserProfile.OnCall;
import dev.callgate.sandbox.users.UserProfile.OnPermissionRequest;
import dev.callgate.sandbox.users.Users;
import dev.callgate.sandbox.webhooks.Payloads;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** The simulated WhatsApp users: their behaviour, their calls, their permission changes. */
@Path("/users/{waId: \\d{6,15}}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  /** Meta's limit on a call button's or deep link's payload. */
  private static final int MAX_PAYLOAD = 512;

  @Inject Users users;
  @Inject Pairs pairs;
  @Inject Numbers numbers;
  @Inject SandboxClock clock;
  @Inject CallSimulator calls;
  @Inject PermissionSimulator permissions;

  @PUT
  public Response behave(@PathParam("waId") String waId, String body) {
    JsonObject json = ControlBodies.parse(body);
    UserProfile defaults = users.defaults(waId);
    try {
      UserProfile profile =
          new UserProfile(
              waId,
              ControlBodies.text(json, "name", defaults.name()),
              OnPermissionRequest.valueOf(
                  ControlBodies.text(
                      json, "onPermissionRequest", defaults.onPermissionRequest().name())),
              OnCall.valueOf(ControlBodies.text(json, "onCall", defaults.onCall().name())),
              (int)
                  ControlBodies.number(
                      json, "answerAfterSeconds", (long) defaults.answerAfterSeconds()),
              (int) ControlBodies.number(json, "talkSeconds", (long) defaults.talkSeconds()));
      if (profile.answerAfterSeconds() < 0 || profile.talkSeconds() < 0) {
        throw ControlBodies.refuse(
            400, "validation_failed", "answerAfterSeconds and talkSeconds must not be negative");
      }
      users.put(profile);
      return ControlBodies.ok(describe(waId).build());
    } catch (IllegalArgumentException e) {
      throw ControlBodies.refuse(
          400,
          "validation_failed",
          "onPermissionRequest is GRANT_TEMPORARY|GRANT_PERMANENT|REJECT|IGNORE, onCall is"
              + " ANSWER|REJECT|NO_ANSWER");
    }
  }

  @GET
  public Response state(@PathParam("waId") String waId) {
    return ControlBodies.ok(describe(waId).build());
  }

  /**
   * The user calls the business: a user-initiated call with a real SDP offer, {@code {numberId,
   * payload?, via?}}; the payload arrives as the call button's ({@code via} CALL_BUTTON, the
   * default) or the deep link's (DEEP_LINK).
   */
  @POST
  @Path("/calls")
  public Response call(@PathParam("waId") String waId, String body) {
    JsonObject json = ControlBodies.parse(body);
    BusinessNumber number = number(json);
    String text =
        json.containsKey("payload") && !json.isNull("payload")
            ? ControlBodies.text(json, "payload", null)
            : null;
    String via = ControlBodies.text(json, "via", "CALL_BUTTON");
    if (text != null && text.length() > MAX_PAYLOAD) {
      throw ControlBodies.refuse(
          400, "validation_failed", "payload is at most " + MAX_PAYLOAD + " characters");
    }
    if (!via.equals("CALL_BUTTON") && !via.equals("DEEP_LINK")) {
      throw ControlBodies.refuse(400, "validation_failed", "via is CALL_BUTTON or DEEP_LINK");
    }
    Payloads.CallPayload payload =
        text == null ? null : new Payloads.CallPayload(text, via.equals("CALL_BUTTON"));
    try {
      String callId = calls.callBusiness(number, waId, payload);
      return ControlBodies.ok(
          Json.createObjectBuilder()
              .add("callId", callId)
              .add("numberId", number.phoneNumberId())
              .build());
    } catch (MetaError e) {
      throw ControlBodies.refuse(409, "call_ongoing", e.details());
    }
  }

  /** The user answers a request (again): {@code {numberId, requestId, response, permanent}}. */
  @POST
  @Path("/reply")
  public Response reply(@PathParam("waId") String waId, String body) {
    JsonObject json = ControlBodies.parse(body);
    String requestId = ControlBodies.text(json, "requestId", null);
    String response = ControlBodies.text(json, "response", "");
    if (requestId == null || !(response.equals("accept") || response.equals("reject"))) {
      throw ControlBodies.refuse(
          400, "validation_failed", "requestId is required and response is accept or reject");
    }
    boolean permanent = jakarta.json.JsonValue.TRUE.equals(json.get("permanent"));
    if (!permissions.reply(number(json), waId, requestId, response.equals("accept"), permanent)) {
      throw ControlBodies.refuse(
          409,
          "request_expired",
          "Request " + requestId + " is unknown or can no longer be answered");
    }
    return ControlBodies.ok(describe(waId).build());
  }

  /** The user writes to the business: {@code {numberId, text}}. */
  @POST
  @Path("/messages")
  public Response write(@PathParam("waId") String waId, String body) {
    JsonObject json = ControlBodies.parse(body);
    permissions.write(number(json), waId, ControlBodies.text(json, "text", "Hello"));
    return ControlBodies.ok(describe(waId).build());
  }

  @POST
  @Path("/revoke")
  public Response revoke(@PathParam("waId") String waId, String body) {
    permissions.revokeFromProfile(number(ControlBodies.parse(body)), waId);
    return ControlBodies.ok(describe(waId).build());
  }

  @POST
  @Path("/grant")
  public Response grant(@PathParam("waId") String waId, String body) {
    JsonObject json = ControlBodies.parse(body);
    boolean permanent =
        json.containsKey("permanent") && json.get("permanent").equals(jakarta.json.JsonValue.TRUE);
    permissions.grantFromProfile(number(json), waId, permanent);
    return ControlBodies.ok(describe(waId).build());
  }

  private BusinessNumber number(JsonObject json) {
    try {
      return numbers.resolve(ControlBodies.text(json, "numberId", null));
    } catch (MetaError e) {
      throw ControlBodies.refuse(400, "validation_failed", "numberId must be a phone number id");
    }
  }

  private JsonObjectBuilder describe(String waId) {
    UserProfile user = users.get(waId);
    Instant now = clock.instant();
    JsonObjectBuilder perNumber = Json.createObjectBuilder();
    pairs
        .ofUser(waId)
        .forEach(
            (numberId, pair) -> {
              JsonObjectBuilder p =
                  Json.createObjectBuilder().add("permission", pair.permissionStatus(now));
              pair.permissionExpiry(now).ifPresent(at -> p.add("expiresAt", at.toString()));
              p.add(
                  "requestsLast24h",
                  pair.requestsWithin(now, dev.callgate.sandbox.meta.Limits.DAY));
              p.add(
                  "requestsLast7d",
                  pair.requestsWithin(now, dev.callgate.sandbox.meta.Limits.WEEK));
              p.add(
                  "connectedCallsLast24h",
                  pair.connectedCallsWithin(now, dev.callgate.sandbox.meta.Limits.DAY));
              pair.ongoingCall().ifPresent(id -> p.add("ongoingCallId", id));
              perNumber.add(numberId, p);
            });
    return Json.createObjectBuilder()
        .add("waId", waId)
        .add("name", user.name())
        .add("onPermissionRequest", user.onPermissionRequest().name())
        .add("onCall", user.onCall().name())
        .add("answerAfterSeconds", user.answerAfterSeconds())
        .add("talkSeconds", user.talkSeconds())
        .add("numbers", perNumber);
  }
}
