package dev.callgate.sandbox.webhooks;

import dev.callgate.sandbox.time.SandboxClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells Callgate the sandbox clock's total offset ({@code POST /api/sandbox/clock}, signed like a
 * webhook), so that both sides of the simulation see the same "now". Besides after each advance,
 * the offset is repeated before webhooks (at most every few seconds): a redeployed Callgate starts
 * with an unshifted clock while the sandbox keeps its own.
 */
@ApplicationScoped
public class CallgateClockSync {

  private static final Logger LOG = Logger.getLogger(CallgateClockSync.class.getName());
  private static final String PATH = "/api/sandbox/clock";
  private static final long REFRESH_NANOS = Duration.ofSeconds(2).toNanos();

  @Inject SignedPost http;
  @Inject SandboxClock clock;

  private final AtomicLong lastSent = new AtomicLong(System.nanoTime() - REFRESH_NANOS);

  /** Sends the offset now; returns "ok" or the failure, for the control API's answer. */
  public String tell(Duration offset) {
    return send(offset, Level.WARNING);
  }

  private String send(Duration offset, Level failureLevel) {
    lastSent.set(System.nanoTime());
    String body =
        Json.createObjectBuilder().add("offsetSeconds", offset.getSeconds()).build().toString();
    SignedPost.Result result = http.postToCallgate(PATH, body);
    if (result.ok()) {
      return "ok";
    }
    LOG.log(failureLevel, "Callgate's clock not moved to offset " + offset + ": " + result.error());
    return "failed: " + result.error();
  }

  /** Repeats a non-zero offset if it was not sent recently; Callgate ignores one it already has. */
  void refresh() {
    Duration offset = clock.offset();
    long last = lastSent.get();
    if (!offset.isZero()
        && System.nanoTime() - last > REFRESH_NANOS
        && lastSent.compareAndSet(last, System.nanoTime())) {
      // quietly: between two deployments of Callgate the endpoint is simply not there
      send(offset, Level.FINE);
    }
  }
}
