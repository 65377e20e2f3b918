package dev.callgate.cloudapi.webhook;

import static dev.callgate.cloudapi.webhook.JsonFields.object;
import static dev.callgate.cloudapi.webhook.JsonFields.objects;
import static dev.callgate.cloudapi.webhook.JsonFields.optInstant;
import static dev.callgate.cloudapi.webhook.JsonFields.optObject;
import static dev.callgate.cloudapi.webhook.JsonFields.optText;
import static dev.callgate.cloudapi.webhook.JsonFields.text;

import dev.callgate.kernel.input.JsonLimits;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a webhook delivery: Meta's {@code entry[].changes[]} envelope or 360dialog's flat {@code
 * call_permission_status} body.
 *
 * <p>A body that is not JSON, not one of those shapes, or a calling item lacking what Callgate
 * needs fails with {@link WebhookParseException}. Changes on fields Callgate does not subscribe to
 * are skipped. Ordinary chat messages on the {@code messages} field are reduced to who wrote when
 * ({@link CustomerMessage}), because they open the customer service window (T3).
 */
public final class WebhookParser {

  /**
   * One provider for the class: {@code Json.create…} looks the provider up through the service
   * loader on every call, which showed up as lock contention under load.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  /**
   * Meta's envelopes nest about ten levels; a deeper body is refused before a tree is built, as a
   * parse error (the reader's own limit would fail with an unchecked error instead).
   */
  static final int MAX_DEPTH = 64;

  private WebhookParser() {}

  /** The events of one delivery, in delivery order. */
  public static List<WebhookEvent> parse(byte[] json) {
    return parseEach(json).stream().map(ParsedEvent::event).toList();
  }

  /** The events of one delivery, each with a body of its own (see {@link ParsedEvent}). */
  public static List<ParsedEvent> parseEach(byte[] json) {
    JsonObject root = read(json);
    if (root.containsKey("event") && !root.containsKey("entry")) {
      return List.of(new ParsedEvent(ChangeReaders.d360(root), root.toString()));
    }
    if (root.get("entry") == null) {
      throw new WebhookParseException("neither a Cloud API envelope (entry) nor a 360dialog event");
    }
    List<ParsedEvent> events = new ArrayList<>();
    List<JsonObject> entries = objects(root, "entry", "$");
    for (int e = 0; e < entries.size(); e++) {
      JsonObject entry = entries.get(e);
      String path = "$.entry[" + e + "]";
      String wabaId = text(entry, "id", path);
      List<JsonObject> changes = objects(entry, "changes", path);
      for (int c = 0; c < changes.size(); c++) {
        JsonObject change = changes.get(c);
        String changePath = path + ".changes[" + c + "]";
        String field = text(change, "field", changePath);
        JsonObject value = object(change, "value", changePath);
        JsonObject metadata = optObject(value, "metadata", changePath + ".value");
        Envelope envelope =
            new Envelope(
                wabaId,
                metadata == null ? null : optText(metadata, "phone_number_id", changePath),
                metadata == null ? null : optText(metadata, "display_phone_number", changePath),
                optInstant(entry, "time", path));
        Single single = new Single(root, entry, change, value);
        switch (field) {
          case "calls", "messages" -> calling(envelope, value, changePath, single, events);
          case "message_template_status_update" ->
              events.add(
                  new ParsedEvent(
                      ChangeReaders.template(envelope, value, changePath), single.whole()));
          case "account_settings_update" ->
              events.add(
                  new ParsedEvent(
                      ChangeReaders.settings(envelope, value, changePath), single.whole()));
          default -> {
            // a field Callgate does not subscribe to: nothing to do
          }
        }
      }
    }
    return events;
  }

  private static void calling(
      Envelope envelope, JsonObject value, String path, Single single, List<ParsedEvent> out) {
    String contactName = ChangeReaders.contactName(value, path);
    List<JsonObject> calls = objects(value, "calls", path + ".value");
    for (int i = 0; i < calls.size(); i++) {
      WebhookEvent event =
          ChangeReaders.call(
              envelope, calls.get(i), value, contactName, path + ".value.calls[" + i + "]");
      out.add(new ParsedEvent(event, single.only("calls", calls.get(i))));
    }
    List<JsonObject> statuses = objects(value, "statuses", path + ".value");
    for (int i = 0; i < statuses.size(); i++) {
      JsonObject status = statuses.get(i);
      if ("call".equals(optText(status, "type", path))) {
        String at = path + ".value.statuses[" + i + "]";
        out.add(
            new ParsedEvent(
                ChangeReaders.callStatus(envelope, status, at), single.only("statuses", status)));
      }
    }
    List<JsonObject> messages = objects(value, "messages", path + ".value");
    for (int i = 0; i < messages.size(); i++) {
      JsonObject message = messages.get(i);
      JsonObject interactive = optObject(message, "interactive", path);
      String at = path + ".value.messages[" + i + "]";
      WebhookEvent event =
          interactive != null && "call_permission_reply".equals(optText(interactive, "type", path))
              ? ChangeReaders.permissionReply(envelope, message, at)
              : ChangeReaders.customerMessage(envelope, message, at);
      out.add(new ParsedEvent(event, single.only("messages", message)));
    }
  }

  private static JsonObject read(byte[] json) {
    if (json == null || json.length == 0) {
      throw new WebhookParseException("the body is empty");
    }
    String text = new String(json, StandardCharsets.UTF_8);
    JsonLimits.problem(text, MAX_DEPTH, false)
        .ifPresent(
            problem -> {
              throw new WebhookParseException("the body " + problem);
            });
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      JsonStructure structure = reader.read();
      if (!(structure instanceof JsonObject object)) {
        throw new WebhookParseException("the body is a JSON array, not an object");
      }
      return object;
    } catch (JsonException | IllegalStateException e) {
      throw new WebhookParseException("the body is not valid JSON", e);
    }
  }

  /** Builds the one-event body of an item: the same envelope, narrowed to that item. */
  private record Single(JsonObject root, JsonObject entry, JsonObject change, JsonObject value) {

    String whole() {
      return wrap(value);
    }

    String only(String arrayName, JsonObject item) {
      JsonObjectBuilder narrowed = JSON.createObjectBuilder(value);
      narrowed.remove("calls").remove("statuses").remove("messages");
      narrowed.add(arrayName, JSON.createArrayBuilder().add(item));
      return wrap(narrowed.build());
    }

    private String wrap(JsonObject newValue) {
      JsonObject newChange = JSON.createObjectBuilder(change).add("value", newValue).build();
      JsonObject newEntry =
          JSON.createObjectBuilder(entry)
              .add("changes", JSON.createArrayBuilder().add(newChange))
              .build();
      return JSON.createObjectBuilder(root)
          .add("entry", JSON.createArrayBuilder().add(newEntry))
          .build()
          .toString();
    }
  }
}
