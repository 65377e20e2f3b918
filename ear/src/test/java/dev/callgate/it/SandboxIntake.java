package dev.callgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Http.Reply;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * What the sandbox, standing in for Meta, received ({@code /sandbox/v1/received}), and the faults a
 * test arms on it ({@code /sandbox/v1/faults}). Races are judged by what reached Meta here, not by
 * what Callgate answered.
 */
public final class SandboxIntake {

  private static final Http CONTROL = Http.withKey(null);

  private SandboxIntake() {}

  /** The Graph requests of one kind ({@code call_permission_request}, {@code connect}, …). */
  public static List<JsonObject> received(String numberId, String waId, String action) {
    StringBuilder query = new StringBuilder("/sandbox/v1/received?numberId=" + numberId);
    if (waId != null) {
      query.append("&waId=").append(waId);
    }
    query.append("&action=").append(action);
    Reply reply = CONTROL.get(query.toString());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.array().getValuesAs(JsonObject.class);
  }

  /** The next {@code action} request for the pair fails with Meta's error (4xx or 5xx). */
  public static void fail(String numberId, String waId, String action, int httpStatus, int code) {
    arm(
        "{\"numberId\":\"%s\",\"waId\":%s,\"action\":\"%s\",\"mode\":\"FAIL\",\"httpStatus\":%d,\"code\":%d}"
            .formatted(numberId, quoted(waId), action, httpStatus, code));
  }

  /**
   * The next {@code action} request for the pair is slowed down by {@code millis}: before it is
   * carried out ({@code SLOW_ARRIVAL}) or before it is answered ({@code SLOW_ANSWER}).
   */
  public static void slow(String numberId, String waId, String action, String mode, long millis) {
    arm(
        "{\"numberId\":\"%s\",\"waId\":%s,\"action\":\"%s\",\"mode\":\"%s\",\"delayMillis\":%d}"
            .formatted(numberId, quoted(waId), action, mode, millis));
  }

  /** Disarms every fault not used up. */
  public static void clear() {
    Reply reply = CONTROL.send("DELETE", "/sandbox/v1/faults", "application/json", "{}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  private static void arm(String json) {
    Reply reply = CONTROL.post("/sandbox/v1/faults", json);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }
}
