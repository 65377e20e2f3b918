package dev.callgate.cloudapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.cloudapi.CallPermissions;
import dev.callgate.cloudapi.CallPermissions.Action;
import dev.callgate.cloudapi.CallPermissions.Limit;
import dev.callgate.cloudapi.CallPermissions.Status;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Both documented shapes of {@code GET /{PHONE_NUMBER_ID}/call_permissions} (cloud-api.md §2.2).
 */
class CallPermissionsReaderTest {

  /** The guide's sample, verbatim. */
  static final String GUIDE_SAMPLE =
      """
      {"messaging_product":"whatsapp","permission":{"status":"temporary","expiration_time":1745343479},
       "actions":[
        {"action_name":"send_call_permission_request","can_perform_action":true,
         "limits":[{"time_period":"PT24H","max_allowed":1,"current_usage":0},
                   {"time_period":"P7D","max_allowed":2,"current_usage":1}]},
        {"action_name":"start_call","can_perform_action":false,
         "limits":[{"time_period":"PT24H","max_allowed":5,"current_usage":5,"limit_expiration_time":1745622600}]}]}
      """;

  /** The generated reference's shape: granted|pending|denied|expired, "expiration", "24h". */
  static final String REFERENCE_SAMPLE =
      """
      {"messaging_product":"whatsapp","permission":{"status":"granted","expiration":1745343479},
       "actions":[
        {"action_name":"start_call","can_perform_action":true,
         "limits":[{"time_period":"24h","max_allowed":100,"current_usage":3}]}]}
      """;

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void readsTheGuideShape() {
    CallPermissions p = CallPermissionsReader.read(json(GUIDE_SAMPLE));
    assertThat(p.status()).isEqualTo(Status.TEMPORARY);
    assertThat(p.rawStatus()).isEqualTo("temporary");
    assertThat(p.expiresAt()).isEqualTo(Instant.ofEpochSecond(1745343479));
    assertThat(p.actions()).hasSize(2);

    Action request = p.action(CallPermissions.SEND_CALL_PERMISSION_REQUEST).orElseThrow();
    assertThat(request.canPerform()).isTrue();
    assertThat(request.limits())
        .containsExactly(
            new Limit("PT24H", Duration.ofHours(24), 1, 0, null),
            new Limit("P7D", Duration.ofDays(7), 2, 1, null));

    Action call = p.action(CallPermissions.START_CALL).orElseThrow();
    assertThat(call.canPerform()).isFalse();
    assertThat(call.limits().get(0).limitExpiresAt()).isEqualTo(Instant.ofEpochSecond(1745622600));
    assertThat(call.limits().get(0).currentUsage()).isEqualTo(5);
  }

  @Test
  void readsTheReferenceShape() {
    CallPermissions p = CallPermissionsReader.read(json(REFERENCE_SAMPLE));
    assertThat(p.status()).isEqualTo(Status.TEMPORARY);
    assertThat(p.rawStatus()).isEqualTo("granted");
    assertThat(p.expiresAt()).isEqualTo(Instant.ofEpochSecond(1745343479));
    Limit limit = p.action(CallPermissions.START_CALL).orElseThrow().limits().get(0);
    assertThat(limit.period()).isEqualTo(Duration.ofHours(24));
    assertThat(limit.maxAllowed()).isEqualTo(100);
  }

  @Test
  void mapsEveryDocumentedStatus() {
    Instant expiry = Instant.ofEpochSecond(1);
    assertThat(CallPermissionsReader.status("no_permission", null)).isEqualTo(Status.NONE);
    assertThat(CallPermissionsReader.status("temporary", expiry)).isEqualTo(Status.TEMPORARY);
    assertThat(CallPermissionsReader.status("permanent", null)).isEqualTo(Status.PERMANENT);
    assertThat(CallPermissionsReader.status("granted", null)).isEqualTo(Status.PERMANENT);
    assertThat(CallPermissionsReader.status("granted", expiry)).isEqualTo(Status.TEMPORARY);
    assertThat(CallPermissionsReader.status("pending", null)).isEqualTo(Status.PENDING);
    assertThat(CallPermissionsReader.status("denied", null)).isEqualTo(Status.DENIED);
    assertThat(CallPermissionsReader.status("expired", null)).isEqualTo(Status.EXPIRED);
    assertThat(CallPermissionsReader.status(null, null)).isEqualTo(Status.NONE);
  }

  @Test
  void aPermanentPermissionHasNoExpiryAndNoActionsIsFine() {
    CallPermissions p =
        CallPermissionsReader.read(
            json("{\"messaging_product\":\"whatsapp\",\"permission\":{\"status\":\"permanent\"}}"));
    assertThat(p.status()).isEqualTo(Status.PERMANENT);
    assertThat(p.expiresAt()).isNull();
    assertThat(p.actions()).isEmpty();
  }
}
