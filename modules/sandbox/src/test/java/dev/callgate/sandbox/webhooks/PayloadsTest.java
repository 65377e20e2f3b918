package dev.callgate.sandbox.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.sandbox.meta.BusinessNumber;
import dev.callgate.sandbox.webhooks.Payloads.CallFacts;
import dev.callgate.sandbox.webhooks.Payloads.PermissionReply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The webhooks the sandbox sends have exactly the fields, nesting and JSON types of Meta's, as
 * recorded in {@code shared/fixtures/meta-webhooks}.
 */
class PayloadsTest {

  private static final BusinessNumber NUMBER =
      new BusinessNumber("436666719526789", "366634483210360", "919000012345");
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final CallFacts BIC = new CallFacts("wacid.A", "12185552828", true, "TRx334");
  private static final CallFacts UIC = new CallFacts("wacid.B", "919812345678", false, null);

  private static JsonObject calls(JsonObject value) {
    return Payloads.envelope(NUMBER.wabaId(), "calls", value, null);
  }

  private static JsonObject messages(JsonObject value) {
    return Payloads.envelope(NUMBER.wabaId(), "messages", value, null);
  }

  @Test
  void businessCallWebhooksHaveMetasShape() throws IOException {
    assertSameShape(
        calls(Payloads.connect(NUMBER, BIC, "Ana", "answer", "v=0", T0)), "bic-connect");
    assertSameShape(calls(Payloads.status(NUMBER, BIC, "RINGING", T0)), "bic-status-ringing");
    assertSameShape(calls(Payloads.status(NUMBER, BIC, "ACCEPTED", T0)), "bic-status-accepted");
    assertSameShape(calls(Payloads.status(NUMBER, BIC, "REJECTED", T0)), "bic-status-rejected");
    assertSameShape(
        calls(Payloads.terminate(NUMBER, BIC, T0, T0.plusSeconds(56))), "bic-terminate-completed");
  }

  @Test
  void userCallWebhooksHaveMetasShape() throws IOException {
    assertSameShape(
        calls(Payloads.connect(NUMBER, UIC, "Harsh", "offer", "v=0", T0)), "uic-connect");
    assertSameShape(
        calls(Payloads.terminate(NUMBER, UIC, T0, T0.plusSeconds(120))), "uic-terminate-completed");
  }

  @Test
  void permissionRepliesHaveMetasShape() throws IOException {
    String waId = "12185552828";
    PermissionReply temporary =
        new PermissionReply(
            "wamid.R", "wamid.Q", true, false, T0.plusSeconds(604800), "user_action");
    PermissionReply permanent =
        new PermissionReply("wamid.R", "wamid.Q", true, true, null, "user_action");
    PermissionReply reject =
        new PermissionReply("wamid.R", "wamid.Q", false, false, null, "user_action");
    assertSameShape(
        messages(Payloads.permissionReply(NUMBER, waId, "Ana", temporary, T0)),
        "permission-reply-accept-temporary");
    assertSameShape(
        messages(Payloads.permissionReply(NUMBER, waId, "Ana", permanent, T0)),
        "permission-reply-accept-permanent");
    assertSameShape(
        messages(Payloads.permissionReply(NUMBER, waId, "Ana", reject, T0)),
        "permission-reply-reject");
  }

  @Test
  void templateStatusUpdatesHaveMetasShape() throws IOException {
    JsonObject value =
        Payloads.templateStatus("594425479261596", "sample_cpr", "en", "APPROVED", "NONE");
    assertSameShape(
        Payloads.envelope(NUMBER.wabaId(), "message_template_status_update", value, 1749196000L),
        "template-status-approved");
  }

  @Test
  void anUnansweredCallTerminatesFailedWithoutDuration() {
    JsonObject call =
        Payloads.terminate(NUMBER, BIC, null, T0).getJsonArray("calls").getJsonObject(0);
    assertThat(call.getString("status")).isEqualTo("FAILED");
    assertThat(call).doesNotContainKeys("duration", "start_time", "end_time");
  }

  private static void assertSameShape(JsonObject ours, String fixture) throws IOException {
    List<String> oursShape = new ArrayList<>();
    List<String> theirs = new ArrayList<>();
    shape("", ours, oursShape);
    shape("", read(fixture), theirs);
    assertThat(oursShape).as(fixture).containsExactlyInAnyOrderElementsOf(theirs);
  }

  // every path with its JSON type: same paths and types means same shape
  private static void shape(String path, JsonValue value, List<String> out) {
    out.add(path + ":" + value.getValueType());
    if (value instanceof JsonObject object) {
      object.forEach((key, child) -> shape(path + "/" + key, child, out));
    } else if (value instanceof JsonArray array) {
      array.forEach(child -> shape(path + "[]", child, out));
    }
  }

  private static JsonObject read(String fixture) throws IOException {
    Path file = Path.of("../../../shared/fixtures/meta-webhooks/" + fixture + ".json");
    if (!Files.exists(file)) {
      file = Path.of("/work/shared/fixtures/meta-webhooks/" + fixture + ".json");
    }
    try (var reader = Json.createReader(new StringReader(Files.readString(file)))) {
      return reader.readObject();
    }
  }
}
