package dev.callgate.sandbox.graph;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Meta's success bodies. */
final class GraphReplies {

  private GraphReplies() {}

  static Response ok(JsonObject body) {
    return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** {@code {"messaging_product":"whatsapp","success":true}}, Meta's answer to most actions. */
  static Response success() {
    return ok(
        Json.createObjectBuilder()
            .add("messaging_product", "whatsapp")
            .add("success", true)
            .build());
  }
}
