package dev.callgate.sandbox.control;

import dev.callgate.sandbox.webhooks.SignedPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Tells Callgate the sandbox clock's total offset ({@code POST /api/sandbox/clock}, signed like a
 * webhook), so that both sides of the simulation see the same "now".
 */
@ApplicationScoped
public class CallgateClockSync {

  private static final Logger LOG = Logger.getLogger(CallgateClockSync.class.getName());
  private static final String PATH = "/api/sandbox/clock";

  @Inject SignedPost http;

  /** Returns how it went, for the control API's answer: "ok" or the failure. */
  String tell(Duration offset) {
    String body = Json.createObjectBuilder().add("offsetSeconds", offset.getSeconds()).build().toString();
    SignedPost.Result result = http.postToCallgate(PATH, body);
    if (result.ok()) {
      return "ok";
    }
    LOG.warning("Callgate's clock not moved to offset " + offset + ": " + result.error());
    return "failed: " + result.error();
  }
}
