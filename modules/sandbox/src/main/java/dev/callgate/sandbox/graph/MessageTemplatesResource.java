package dev.callgate.sandbox.graph;

import dev.callgate.sandbox.SandboxConfig;
import dev.callgate.sandbox.meta.MetaError;
import dev.callgate.sandbox.meta.Templates;
import dev.callgate.sandbox.meta.Templates.Template;
import dev.callgate.sandbox.time.SandboxTimers;
import dev.callgate.sandbox.webhooks.Payloads;
import dev.callgate.sandbox.webhooks.WebhookSender;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * {@code POST /{wabaId}/message_templates}: a template whose components pass Meta's checks is
 * PENDING at once and reviewed a moment later (status webhook): APPROVED, or REJECTED when its name
 * starts with {@code reject_}.
 */
@Path("/{version: v\\d+\\.\\d+}/{wabaId}/message_templates")
public class MessageTemplatesResource {

  private static final Set<String> CATEGORIES = Set.of("MARKETING", "UTILITY", "AUTHENTICATION");

  @Inject Templates templates;
  @Inject SandboxTimers timers;
  @Inject SandboxConfig config;
  @Inject WebhookSender webhooks;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response submit(@PathParam("wabaId") String wabaId, String body) {
    if (!wabaId.matches("\\d{5,20}")) {
      throw MetaError.invalidParameter("Unknown WhatsApp Business Account id " + wabaId);
    }
    JsonObject request = GraphBodies.parse(body);
    String name = GraphBodies.required(request, "name");
    if (!name.matches("[a-z0-9_]{1,512}")) {
      throw MetaError.invalidParameter(
          "name may contain only lowercase letters, digits and underscores");
    }
    String language = GraphBodies.required(request, "language");
    String category = GraphBodies.required(request, "category").toUpperCase();
    if (!CATEGORIES.contains(category)) {
      throw MetaError.invalidParameter("category must be MARKETING, UTILITY or AUTHENTICATION");
    }
    boolean permissionRequest = TemplateComponents.check(request, category);
    Template template = templates.submit(wabaId, name, language, category, permissionRequest);
    timers.after(config.templateReview(), () -> review(template));
    return GraphReplies.ok(
        Json.createObjectBuilder()
            .add("id", template.id())
            .add("status", "PENDING")
            .add("category", category)
            .build());
  }

  private void review(Template template) {
    boolean reject = template.name().startsWith("reject_");
    String status = reject ? "REJECTED" : "APPROVED";
    templates.review(template, status);
    webhooks.sendTimed(
        template.wabaId(),
        "message_template_status_update",
        Payloads.templateStatus(
            template.id(),
            template.name(),
            template.language(),
            status,
            reject ? "INVALID_FORMAT" : "NONE"));
  }
}
