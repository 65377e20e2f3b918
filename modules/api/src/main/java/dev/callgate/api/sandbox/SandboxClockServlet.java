package dev.callgate.api.sandbox;

import dev.callgate.api.errors.ErrorBody;
import dev.callgate.cloudapi.WebhookSignature;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ClockAdvanced;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.ShiftableClock;
import dev.callgate.kernel.input.WholeNumbers;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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

  /** A century: far beyond any rule's window, and far from the end of any calendar. */
  private static final long MAX_OFFSET_SECONDS = 100L * 366 * 24 * 3600;

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
      reply(
          response,
          CallingException.of(
              ErrorCode.PAYLOAD_TOO_LARGE, "The body is larger than " + MAX_BODY + " bytes"));
      return;
    }
    if (appSecret.isEmpty()
        || !WebhookSignature.verify(body, request.getHeader(SIGNATURE_HEADER), appSecret)) {
      reply(
          response,
          CallingException.of(ErrorCode.UNAUTHORIZED, "Missing or invalid " + SIGNATURE_HEADER)
              .resolution("Sign the raw body with HMAC-SHA256 and the app secret"));
      return;
    }
    long target;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      JsonObject json = reader.readObject();
      WholeNumbers.Result offset =
          json.get("offsetSeconds") instanceof JsonNumber n
              ? WholeNumbers.exact(n.bigDecimalValue(), 0, MAX_OFFSET_SECONDS)
              : WholeNumbers.parse(null, 0, MAX_OFFSET_SECONDS);
      if (!offset.ok()) {
        reply(response, invalid("offsetSeconds", offset.problem()));
        return;
      }
      target = offset.value();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      reply(response, invalid("body", "is not a JSON object"));
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

  private static CallingException invalid(String field, String problem) {
    return CallingException.validation(List.of(new FieldProblem(field, problem)));
  }

  /** Refusals in the contract's error shape, with its code, like every other answer of /api. */
  private static void reply(HttpServletResponse response, CallingException refusal)
      throws IOException {
    response.setStatus(refusal.code().httpStatus());
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(ErrorBody.of(refusal).toString());
  }
}
