package dev.callgate.sandbox.webhooks;

import dev.callgate.sandbox.SandboxConfig;
import dev.callgate.sandbox.time.SandboxClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts webhooks to Callgate's receiver the way Meta does: signed, asynchronously, retried on
 * failure. First attempts go out one after another in the order they were sent, unless the
 * configured reorder rate holds one back; the duplicate rate sends some twice.
 */
@ApplicationScoped
public class WebhookSender {

  private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
  static final String RECEIVER = "/api/webhooks/whatsapp";

  @Inject SandboxConfig config;
  @Inject SandboxClock clock;
  @Inject DeliveryLog log;
  @Inject SignedPost http;
  @Inject CallgateClockSync clockSync;

  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "sandbox.webhooks.retries")
  int retries;

  @Inject
  @ConfigProperty(name = "sandbox.webhooks.backoff-millis")
  long backoffMillis;

  @Inject
  @ConfigProperty(name = "sandbox.webhooks.duplicate-rate")
  volatile double duplicateRate;

  @Inject
  @ConfigProperty(name = "sandbox.webhooks.reorder-rate")
  volatile double reorderRate;

  private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

  /** Sends one change of a WhatsApp Business Account, in Meta's envelope. */
  public Delivery send(String wabaId, String field, JsonObject value) {
    return send(wabaId, field, value, false);
  }

  /** Like {@link #send}, with the {@code time} that template status updates carry. */
  public Delivery sendTimed(String wabaId, String field, JsonObject value) {
    return send(wabaId, field, value, true);
  }

  private Delivery send(String wabaId, String field, JsonObject value, boolean timed) {
    Long time = timed ? clock.instant().getEpochSecond() : null;
    String body = Payloads.envelope(wabaId, field, value, time).toString();
    Delivery delivery = record(field, body, null);
    if (chance(reorderRate)) {
      // held back so that later webhooks overtake it, as Meta's unordered delivery may do
      scheduler.schedule(() -> attempt(delivery), 1500, TimeUnit.MILLISECONDS);
    } else {
      enqueue(delivery);
    }
    if (chance(duplicateRate)) {
      enqueue(record(field, body, delivery.id()));
    }
    return delivery;
  }

  public void setRates(double duplicateRate, double reorderRate) {
    this.duplicateRate = duplicateRate;
    this.reorderRate = reorderRate;
  }

  public double duplicateRate() {
    return duplicateRate;
  }

  public double reorderRate() {
    return reorderRate;
  }

  private Delivery record(String field, String body, Long duplicateOf) {
    String url = config.callgateBaseUrl() + RECEIVER;
    Delivery delivery =
        new Delivery(
            log.nextId(),
            clock.instant(),
            url,
            field,
            body,
            WebhookSignature.of(body, config.appSecret()),
            duplicateOf);
    log.add(delivery);
    return delivery;
  }

  private synchronized void enqueue(Delivery delivery) {
    tail = tail.thenRunAsync(() -> attempt(delivery), executor).exceptionally(e -> null);
  }

  private void attempt(Delivery delivery) {
    clockSync.refresh();
    SignedPost.Result result = http.post(delivery.url(), delivery.body(), delivery.signature());
    if (result.ok()) {
      delivery.attempted(result.status(), null, Delivery.Status.DELIVERED);
      return;
    }
    if (delivery.attempts() < retries) {
      delivery.attempted(result.status(), result.error(), Delivery.Status.RETRYING);
      long delay = backoffMillis << (delivery.attempts() - 1);
      scheduler.schedule(() -> attempt(delivery), delay, TimeUnit.MILLISECONDS);
    } else {
      delivery.attempted(result.status(), result.error(), Delivery.Status.FAILED);
      LOG.warning(
          "webhook "
              + delivery.id()
              + " ("
              + delivery.field()
              + ") not delivered to "
              + delivery.url()
              + " after "
              + delivery.attempts()
              + " attempts: "
              + result.error());
    }
  }

  private static boolean chance(double rate) {
    return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
  }
}
