package dev.callgate.cloudapi.webhook;

import static dev.callgate.cloudapi.webhook.JsonFields.choice;
import static dev.callgate.cloudapi.webhook.JsonFields.flag;
import static dev.callgate.cloudapi.webhook.JsonFields.object;
import static dev.callgate.cloudapi.webhook.JsonFields.objects;
import static dev.callgate.cloudapi.webhook.JsonFields.optInstant;
import static dev.callgate.cloudapi.webhook.JsonFields.optInt;
import static dev.callgate.cloudapi.webhook.JsonFields.optObject;
import static dev.callgate.cloudapi.webhook.JsonFields.optText;
import static dev.callgate.cloudapi.webhook.JsonFields.text;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** Turns one item of a webhook change into its event record. */
final class ChangeReaders {

  private ChangeReaders() {}

  static WebhookEvent call(
      Envelope envelope, JsonObject call, JsonObject value, String contactName, String path) {
    String id = text(call, "id", path);
    String event = text(call, "event", path);
    return switch (event) {
      case "connect" -> connect(envelope, call, contactName, id, path);
      case "terminate" -> terminate(envelope, call, value, id, path);
      default -> throw new WebhookParseException(path + ".event '" + event + "' is unknown");
    };
  }

  private static CallConnect connect(
      Envelope envelope, JsonObject call, String contactName, String id, String path) {
    JsonObject session = optObject(call, "session", path);
    String sdpType = session == null ? null : optText(session, "sdp_type", path + ".session");
    String sdp = session == null ? null : optText(session, "sdp", path + ".session");
    if (sdp == null) {
      // the legacy shape: connection.webrtc.sdp
      JsonObject connection = optObject(call, "connection", path);
      JsonObject webrtc =
          connection == null ? null : optObject(connection, "webrtc", path + ".connection");
      sdp = webrtc == null ? null : optText(webrtc, "sdp", path + ".connection.webrtc");
    }
    return new CallConnect(
        envelope,
        id,
        optText(call, "from", path),
        optText(call, "to", path),
        optText(call, "direction", path),
        optInstant(call, "timestamp", path),
        sdpType,
        sdp,
        contactName,
        optText(call, "deeplink_payload", path),
        optText(call, "cta_payload", path),
        optText(call, "biz_opaque_callback_data", path));
  }

  private static CallTerminate terminate(
      Envelope envelope, JsonObject call, JsonObject value, String id, String path) {
    List<WebhookError> errors =
        objects(value, "errors", path).stream()
            .map(
                e -> {
                  JsonObject data = optObject(e, "error_data", path + ".errors");
                  return new WebhookError(
                      optInt(e, "code", path + ".errors"),
                      optText(e, "message", path + ".errors"),
                      data == null ? null : optText(data, "details", path + ".errors"));
                })
            .toList();
    return new CallTerminate(
        envelope,
        id,
        optText(call, "from", path),
        optText(call, "to", path),
        optText(call, "direction", path),
        optInstant(call, "timestamp", path),
        choice(CallTerminate.Outcome.class, text(call, "status", path), path + ".status"),
        optInstant(call, "start_time", path),
        optInstant(call, "end_time", path),
        optInt(call, "duration", path),
        optText(call, "biz_opaque_callback_data", path),
        errors);
  }

  static CallStatus callStatus(Envelope envelope, JsonObject status, String path) {
    return new CallStatus(
        envelope,
        text(status, "id", path),
        choice(CallStatus.Status.class, text(status, "status", path), path + ".status"),
        optInstant(status, "timestamp", path),
        optText(status, "recipient_id", path),
        optText(status, "biz_opaque_callback_data", path));
  }

  static PermissionReply permissionReply(Envelope envelope, JsonObject message, String path) {
    String at = path + ".interactive.call_permission_reply";
    JsonObject reply =
        object(
            object(message, "interactive", path), "call_permission_reply", path + ".interactive");
    String response = text(reply, "response", at);
    if (!response.equalsIgnoreCase("accept") && !response.equalsIgnoreCase("reject")) {
      throw new WebhookParseException(at + ".response '" + response + "' is unknown");
    }
    JsonObject context = optObject(message, "context", path);
    return new PermissionReply(
        envelope,
        text(message, "id", path),
        text(message, "from", path),
        optInstant(message, "timestamp", path),
        response.equalsIgnoreCase("accept"),
        flag(reply, "is_permanent", at),
        optInstant(reply, "expiration_timestamp", at),
        optText(reply, "response_source", at),
        context == null ? null : optText(context, "id", path + ".context"));
  }

  static CustomerMessage customerMessage(Envelope envelope, JsonObject message, String path) {
    return new CustomerMessage(
        envelope,
        text(message, "id", path),
        text(message, "from", path),
        optInstant(message, "timestamp", path),
        optText(message, "type", path));
  }

  static PermissionStatus d360(JsonObject root) {
    String event = text(root, "event", "$");
    if (!"call_permission_status".equals(event)) {
      throw new WebhookParseException("$.event '" + event + "' is unknown");
    }
    Envelope envelope = new Envelope(text(root, "waba_id", "$"), null, null, null);
    return new PermissionStatus(
        envelope, text(root, "recipient", "$"), text(root, "status", "$").toUpperCase());
  }

  static TemplateStatusUpdate template(Envelope envelope, JsonObject value, String path) {
    String at = path + ".value";
    return new TemplateStatusUpdate(
        envelope,
        text(value, "message_template_id", at),
        optText(value, "message_template_name", at),
        optText(value, "message_template_language", at),
        text(value, "event", at),
        optText(value, "reason", at));
  }

  /**
   * Meta documents the fields but few samples; both {@code phone_number_settings.calling} and a
   * bare {@code calling} next to {@code metadata} are read.
   */
  static AccountSettingsUpdate settings(Envelope envelope, JsonObject value, String path) {
    String at = path + ".value";
    JsonObject holder = optObject(value, "phone_number_settings", at);
    JsonObject scope = holder == null ? value : holder;
    String phoneNumberId = optText(scope, "phone_number_id", at);
    if (phoneNumberId == null) {
      phoneNumberId = envelope.phoneNumberId();
    }
    if (phoneNumberId == null) {
      throw new WebhookParseException(at + " names no phone_number_id");
    }
    Instant timestamp = optInstant(value, "timestamp", at);
    if (timestamp == null) {
      timestamp = envelope.time();
    }
    if (timestamp == null) {
      throw new WebhookParseException(at + ".timestamp is missing");
    }
    JsonObject calling = optObject(scope, "calling", at);
    JsonObject c = calling == null ? scope : calling;
    JsonObject sip = optObject(c, "sip", at);
    return new AccountSettingsUpdate(
        new Envelope(
            envelope.wabaId(), phoneNumberId, envelope.displayPhoneNumber(), envelope.time()),
        phoneNumberId,
        timestamp,
        optText(c, "status", at),
        optText(c, "call_icon_visibility", at),
        optText(c, "callback_permission_status", at),
        sip == null ? null : optText(sip, "status", at),
        optText(c, "srtp_key_exchange_protocol", at));
  }

  static String contactName(JsonObject value, String path) {
    List<JsonObject> contacts = objects(value, "contacts", path + ".value");
    if (contacts.isEmpty()) {
      return null;
    }
    JsonObject profile = optObject(contacts.get(0), "profile", path + ".value.contacts[0]");
    return profile == null ? null : optText(profile, "name", path + ".value.contacts[0].profile");
  }
}
