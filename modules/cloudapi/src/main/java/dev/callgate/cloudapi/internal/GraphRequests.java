package dev.callgate.cloudapi.internal;

import dev.callgate.cloudapi.TemplateRequest;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The request bodies of {@code cloud-api.md} §2.1 and §4, built exactly as Meta documents them. */
final class GraphRequests {

  private GraphRequests() {}

  static JsonObject connect(String to, String sdpOffer, String bizOpaque) {
    JsonObjectBuilder body =
        whatsapp()
            .add("to", to)
            .add("action", "connect")
            .add("session", session("offer", sdpOffer));
    return withOpaque(body, bizOpaque).build();
  }

  /** pre_accept and accept carry the SDP answer; only accept carries the opaque data. */
  static JsonObject answer(String action, String callId, String sdpAnswer, String bizOpaque) {
    JsonObjectBuilder body =
        whatsapp()
            .add("call_id", callId)
            .add("action", action)
            .add("session", session("answer", sdpAnswer));
    return withOpaque(body, bizOpaque).build();
  }

  /** reject and terminate. */
  static JsonObject callAction(String action, String callId) {
    return whatsapp().add("call_id", callId).add("action", action).build();
  }

  static JsonObject callPermissionRequest(String to, String bodyText) {
    JsonObject interactive =
        Json.createObjectBuilder()
            .add("type", "call_permission_request")
            .add("action", Json.createObjectBuilder().add("name", "call_permission_request"))
            .add("body", Json.createObjectBuilder().add("text", bodyText))
            .build();
    return whatsapp()
        .add("recipient_type", "individual")
        .add("to", to)
        .add("type", "interactive")
        .add("interactive", interactive)
        .build();
  }

  static JsonObject template(String to, String name, String language, List<String> parameters) {
    JsonObjectBuilder template =
        Json.createObjectBuilder()
            .add("name", name)
            .add("language", Json.createObjectBuilder().add("code", language));
    if (parameters != null && !parameters.isEmpty()) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      parameters.forEach(
          p -> values.add(Json.createObjectBuilder().add("type", "text").add("text", p)));
      template.add(
          "components",
          Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("type", "body").add("parameters", values)));
    }
    return whatsapp()
        .add("recipient_type", "individual")
        .add("to", to)
        .add("type", "template")
        .add("template", template)
        .build();
  }

  static JsonObject messageTemplate(TemplateRequest t) {
    JsonArrayBuilder components = Json.createArrayBuilder();
    if (t.headerText() != null && !t.headerText().isBlank()) {
      components.add(
          Json.createObjectBuilder()
              .add("type", "HEADER")
              .add("format", "TEXT")
              .add("text", t.headerText()));
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("type", "BODY").add("text", t.bodyText());
    if (!t.bodyExamples().isEmpty()) {
      body.add(
          "example",
          Json.createObjectBuilder()
              .add(
                  "body_text",
                  Json.createArrayBuilder().add(Json.createArrayBuilder(t.bodyExamples()))));
    }
    components.add(body);
    if (t.footerText() != null && !t.footerText().isBlank()) {
      components.add(Json.createObjectBuilder().add("type", "FOOTER").add("text", t.footerText()));
    }
    components.add(Json.createObjectBuilder().add("type", "call_permission_request"));
    return Json.createObjectBuilder()
        .add("name", t.name())
        .add("language", t.language())
        .add("category", t.category())
        .add("allow_category_change", t.allowCategoryChange())
        .add("components", components)
        .build();
  }

  private static JsonObjectBuilder whatsapp() {
    return Json.createObjectBuilder().add("messaging_product", "whatsapp");
  }

  private static JsonObjectBuilder session(String type, String sdp) {
    return Json.createObjectBuilder().add("sdp_type", type).add("sdp", sdp);
  }

  private static JsonObjectBuilder withOpaque(JsonObjectBuilder body, String bizOpaque) {
    return bizOpaque == null ? body : body.add("biz_opaque_callback_data", bizOpaque);
  }
}
