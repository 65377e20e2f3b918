package dev.callgate.sandbox.webhooks;

import dev.callgate.sandbox.meta.BusinessNumber;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * The {@code value} objects of Meta's webhooks, field for field as in the fixtures ({@code
 * shared/fixtures/meta-webhooks}). Timestamps are epoch seconds written as strings.
 */
public final class Payloads {

  private Payloads() {}

  /**
   * Meta's envelope around one change of a WhatsApp Business Account; {@code time} (epoch seconds)
   * only where Meta sends one, on template status updates.
   */
  public static JsonObject envelope(String wabaId, String field, JsonObject value, Long time) {
    JsonObjectBuilder entry = Json.createObjectBuilder().add("id", wabaId);
    if (time != null) {
      entry.add("time", time);
    }
    entry.add(
        "changes",
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("field", field).add("value", value)));
    return Json.createObjectBuilder()
        .add("object", "whatsapp_business_account")
        .add("entry", Json.createArrayBuilder().add(entry))
        .build();
  }

  /** A {@code connect}: the answer to a business call, or the offer of a user call. */
  public static JsonObject connect(
      BusinessNumber number,
      CallFacts call,
      String userName,
      String sdpType,
      String sdp,
      Instant at) {
    JsonObjectBuilder c = callBase(number, call, "connect", at);
    c.add("session", Json.createObjectBuilder().add("sdp_type", sdpType).add("sdp", sdp));
    JsonObjectBuilder value = value(number);
    if (!call.businessInitiated()) {
      value.add("contacts", contacts(call.waId(), userName));
    }
    return value.add("calls", Json.createArrayBuilder().add(c)).build();
  }

  /**
   * The {@code connect} of a user's call: the user's offer and, for a call from a {@code
   * voice_call} button or a {@code wa.me/call} link, its payload ({@code cta_payload} or {@code
   * deeplink_payload}).
   */
  public static JsonObject userCall(
      BusinessNumber number,
      CallFacts call,
      String userName,
      String offer,
      CallPayload payload,
      Instant at) {
    JsonObjectBuilder c = callBase(number, call, "connect", at);
    if (payload != null) {
      c.add(payload.fromButton() ? "cta_payload" : "deeplink_payload", payload.text());
    }
    c.add("session", Json.createObjectBuilder().add("sdp_type", "offer").add("sdp", offer));
    return value(number)
        .add("contacts", contacts(call.waId(), userName))
        .add("calls", Json.createArrayBuilder().add(c))
        .build();
  }

  /** A business call's RINGING, ACCEPTED or REJECTED. */
  public static JsonObject status(
      BusinessNumber number, CallFacts call, String status, Instant at) {
    JsonObjectBuilder s =
        Json.createObjectBuilder()
            .add("id", call.callId())
            .add("type", "call")
            .add("status", status)
            .add("timestamp", epoch(at))
            .add("recipient_id", call.waId());
    if (call.opaque() != null) {
      s.add("biz_opaque_callback_data", call.opaque());
    }
    return value(number).add("statuses", Json.createArrayBuilder().add(s)).build();
  }

  /** A {@code terminate}; {@code startedAt} is null for a call that was never answered. */
  public static JsonObject terminate(
      BusinessNumber number, CallFacts call, Instant startedAt, Instant endedAt) {
    JsonObjectBuilder c = callBase(number, call, "terminate", endedAt);
    if (startedAt != null) {
      c.add("status", "COMPLETED")
          .add("start_time", epoch(startedAt))
          .add("end_time", epoch(endedAt))
          .add("duration", Math.max(0, endedAt.getEpochSecond() - startedAt.getEpochSecond()));
    } else {
      c.add("status", "FAILED");
    }
    return value(number).add("calls", Json.createArrayBuilder().add(c)).build();
  }

  /**
   * A {@code call_permission_reply}. {@code contextId} is the request's wamid (or the call's wacid
   * for a callback grant); null for grants and revokes from the business profile.
   */
  public static JsonObject permissionReply(
      BusinessNumber number, String waId, String userName, PermissionReply reply, Instant at) {
    JsonObjectBuilder r =
        Json.createObjectBuilder()
            .add("response", reply.accepted() ? "accept" : "reject")
            .add("is_permanent", reply.permanent())
            .add("response_source", reply.source());
    if (reply.expiresAt() != null) {
      r.add("expiration_timestamp", epoch(reply.expiresAt()));
    }
    JsonObjectBuilder message =
        Json.createObjectBuilder()
            .add("from", waId)
            .add("id", reply.messageId())
            .add("timestamp", epoch(at))
            .add("type", "interactive")
            .add(
                "interactive",
                Json.createObjectBuilder()
                    .add("type", "call_permission_reply")
                    .add("call_permission_reply", r));
    if (reply.contextId() != null) {
      message.add(
          "context",
          Json.createObjectBuilder()
              .add("from", number.displayPhoneNumber())
              .add("id", reply.contextId()));
    }
    return value(number)
        .add("contacts", contacts(waId, userName))
        .add("messages", Json.createArrayBuilder().add(message))
        .build();
  }

  /** An ordinary text message from the user to the business. */
  public static JsonObject textMessage(
      BusinessNumber number,
      String waId,
      String userName,
      String messageId,
      String text,
      Instant at) {
    JsonObjectBuilder message =
        Json.createObjectBuilder()
            .add("from", waId)
            .add("id", messageId)
            .add("timestamp", epoch(at))
            .add("type", "text")
            .add("text", Json.createObjectBuilder().add("body", text));
    return value(number)
        .add("contacts", contacts(waId, userName))
        .add("messages", Json.createArrayBuilder().add(message))
        .build();
  }

  /** A {@code message_template_status_update}; reason NONE unless rejected. */
  public static JsonObject templateStatus(
      String templateId, String name, String language, String event, String reason) {
    return Json.createObjectBuilder()
        .add("event", event)
        .add("message_template_id", Long.parseLong(templateId))
        .add("message_template_name", name)
        .add("message_template_language", language)
        .add("reason", reason)
        .build();
  }

  private static JsonObjectBuilder callBase(
      BusinessNumber number, CallFacts call, String event, Instant at) {
    boolean bic = call.businessInitiated();
    JsonObjectBuilder c =
        Json.createObjectBuilder()
            .add("id", call.callId())
            .add("from", bic ? number.displayPhoneNumber() : call.waId())
            .add("to", bic ? call.waId() : number.displayPhoneNumber())
            .add("event", event)
            .add("timestamp", epoch(at))
            .add("direction", bic ? "BUSINESS_INITIATED" : "USER_INITIATED");
    if (call.opaque() != null) {
      c.add("biz_opaque_callback_data", call.opaque());
    }
    return c;
  }

  private static JsonObjectBuilder value(BusinessNumber number) {
    return Json.createObjectBuilder()
        .add("messaging_product", "whatsapp")
        .add(
            "metadata",
            Json.createObjectBuilder()
                .add("display_phone_number", number.displayPhoneNumber())
                .add("phone_number_id", number.phoneNumberId()));
  }

  private static JsonArrayBuilder contacts(String waId, String name) {
    return Json.createArrayBuilder()
        .add(
            Json.createObjectBuilder()
                .add("profile", Json.createObjectBuilder().add("name", name))
                .add("wa_id", waId));
  }

  private static String epoch(Instant at) {
    return String.valueOf(at.getEpochSecond());
  }

  /** What a call webhook says about its call. */
  public record CallFacts(String callId, String waId, boolean businessInitiated, String opaque) {}

  /** The payload a user's call carries: from a call button, or from a deep link. */
  public record CallPayload(String text, boolean fromButton) {}

  /** What a permission reply says. */
  public record PermissionReply(
      String messageId,
      String contextId,
      boolean accepted,
      boolean permanent,
      Instant expiresAt,
      String source) {}
}
