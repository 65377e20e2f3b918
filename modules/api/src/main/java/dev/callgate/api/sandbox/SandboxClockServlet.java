package dev.callgate.api.sandbox;

import dev.callgate.cloudapi.WebhookSignature;
import dev.callgate.kernel.ClockAdvanced;
import dev.callgate.kernel.ShiftableClock;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /api/sandbox/clock {"offsetSeconds": N}}: the sandbox tells Callgate how far its
 * clock is ahead, and Callgate's clock follows, so both sides agree on 24-hour and 7-day windows.
 * Signed like a webhook with the configured app secret, and checked by the same code as webhooks
 * ({@link WebhookSignature}), since anyone who can move the clock can expire permissions; never
 * moves the clock backwards. Once moved, {@link ClockAdvanced} lets timers on the clock fire what
 * became due before this answers, so the sandbox's own timers come after them.
 */
@WebServlet("/sandbox/clock")
public class SandboxClockServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int MAX_BODY = 1024;
  private static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

  @Inject
  @ConfigProperty(name = "callgate.sandbox.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "callgate.cloudapi.app-secret", defaultValue = "")
  String appSecret;

  @Inject transient ShiftableClock clock;

  @Inject transient Event<ClockAdvanced> advanced;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!enabled) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = read(request.getInputStream());
    if (body == null) {
      reply(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body too large");
      return;
    }
    if (appSecret.isEmpty()
        || !WebhookSignature.verify(body, request.getHeader(SIGNATURE_HEADER), appSecret)) {
      reply(
          response, HttpServletResponse.SC_UNAUTHORIZED, "missing or invalid " + SIGNATURE_HEADER);
      return;
    }
    long target;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      JsonObject json = reader.readObject();
      if (!(json.get("offsetSeconds") instanceof JsonNumber n)
          || !n.isIntegral()
          || n.longValue() < 0) {
        reply(
            response,
            HttpServletResponse.SC_BAD_REQUEST,
            "offsetSeconds must be a whole number of seconds, not negative");
        return;
      }
      target = n.longValue();
    } catch (JsonException | IllegalStateException e) {
      reply(response, HttpServletResponse.SC_BAD_REQUEST, "the body is not a JSON object");
      return;
    }
    Duration behind = Duration.ofSeconds(target).minus(clock.offset());
    if (!behind.isNegative() && !behind.isZero()) {
      clock.advance(behind);
      // timers on this clock (ring timeouts) fire what just became due, before the answer
      advanced.fire(new ClockAdvanced(clock.offset()));
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("offsetSeconds", clock.offset().getSeconds())
                .build()
                .toString());
  }

  private static byte[] read(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY + 1);
    return body.length > MAX_BODY ? null : body;
  }

  private static void reply(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("error", Json.createObjectBuilder().add("message", message))
                .build()
                .toString());
  }
}
