package dev.callgate.it.templates;

import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import dev.callgate.it.webhooks.WebhookSender;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Template bodies, status webhooks and the wait for Meta's review, for the template tests. */
final class Templates {

  private Templates() {}

  static String valid(String name, String language) {
    return "{\"name\":\""
        + name
        + "\",\"language\":\""
        + language
        + "\",\"category\":\"UTILITY\",\"headerText\":\"Order update\","
        + "\"bodyText\":\"Hi {{1}}, may we call you about order {{2}}?\","
        + "\"footerText\":\"Aurora Modas\",\"examples\":[\"Ana\",\"ON-12853\"],"
        + "\"allowCategoryChange\":true}";
  }

  static List<String> fields(Reply refused) {
    return refused.error().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
        .map(f -> f.getString("field"))
        .toList();
  }

  /**
   * Polls the template until it has the status; the sandbox reviews a moment after submission and
   * the webhook is processed asynchronously.
   */
  static JsonObject awaitStatus(Http api, long id, String status, Duration within) {
    AtomicReference<JsonObject> last = new AtomicReference<>();
    boolean reached =
        WebhookSender.eventually(
            within,
            () -> {
              last.set(api.get("/api/v1/templates/" + id).json());
              return status.equals(last.get().getString("status"));
            });
    if (!reached) {
      throw new AssertionError("Template " + id + " never became " + status + ": " + last.get());
    }
    return last.get();
  }

  /** Meta's status webhook about a template Callgate knows. */
  static String statusWebhook(JsonObject template, String event, String reason) {
    return statusWebhook(
        template.getString("wabaId"),
        template.getString("metaTemplateId"),
        template.getString("name"),
        template.getString("language"),
        event,
        reason);
  }

  /** Without {@code time}, so that arrival order decides, whatever the sandbox clock says. */
  static String statusWebhook(
      String wabaId, String metaId, String name, String language, String event, String reason) {
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\""
        + wabaId
        + "\",\"changes\":[{\"field\":\"message_template_status_update\",\"value\":{"
        + "\"event\":\""
        + event
        + "\",\"message_template_id\":"
        + metaId
        + ",\"message_template_name\":\""
        + name
        + "\",\"message_template_language\":\""
        + language
        + "\",\"reason\":\""
        + reason
        + "\"}}]}]}";
  }
}
