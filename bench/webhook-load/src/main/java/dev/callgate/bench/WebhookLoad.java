package dev.callgate.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts signed call-connect webhooks to a running Callgate at rising concurrency, each level for a
 * bounded time, and prints events/s with p50/p99 latency beside the same figures for a no-op
 * endpoint (the verification handshake). Every tenth event is delivered twice. Afterwards it asks
 * the operator API about every event: lost (never stored), not processed, or with the wrong
 * duplicate count.
 *
 * <p>Arguments (all optional): base URL, seconds per level, concurrency levels (comma list).
 */
public final class WebhookLoad {

  static final String SECRET = System.getProperty("secret", "sandbox-app-secret");
  static final String API_KEY = System.getProperty("apiKey", "cg_demoSunrise4c9f2a7d1e8b");
  static final String VERIFY_TOKEN = System.getProperty("verifyToken", "sandbox-verify-token");
  static final String NUMBER = System.getProperty("numberId", "106540352242922");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private WebhookLoad() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    String[] levels = (args.length > 2 ? args[2] : "1,4,16,32").split(",");
    ConcurrentLinkedQueue<String> sent = new ConcurrentLinkedQueue<>();
    System.out.printf(
        "%-6s %-10s %10s %9s %9s %10s %9s %9s %7s%n",
        "conc", "endpoint", "req/s", "p50 ms", "p99 ms", "noop/s", "p50 ms", "p99 ms", "errors");
    for (String level : levels) {
      int concurrency = Integer.parseInt(level.strip());
      Stats webhook = run(concurrency, seconds, () -> postEvent(base, sent));
      Stats noop = run(concurrency, Math.max(2, seconds / 2), () -> handshake(base));
      System.out.printf(
          "%-6d %-10s %10.1f %9.2f %9.2f %10.1f %9.2f %9.2f %7d%n",
          concurrency,
          "webhook",
          webhook.rate(),
          webhook.percentile(50),
          webhook.percentile(99),
          noop.rate(),
          noop.percentile(50),
          noop.percentile(99),
          webhook.errors.get() + noop.errors.get());
    }
    Verify.store(base, new ArrayList<>(sent));
  }

  interface Call {
    int send() throws Exception;
  }

  static final class Stats {
    final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong errors = new AtomicLong();
    long elapsedNanos;

    double rate() {
      return nanos.size() / (elapsedNanos / 1e9);
    }

    double percentile(int p) {
      List<Long> sorted = new ArrayList<>(nanos);
      if (sorted.isEmpty()) {
        return Double.NaN;
      }
      Collections.sort(sorted);
      return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
  }

  static Stats run(int concurrency, int seconds, Call call) throws InterruptedException {
    Stats stats = new Stats();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    for (int i = 0; i < concurrency; i++) {
      pool.execute(
          () -> {
            while (System.nanoTime() < end) {
              long t0 = System.nanoTime();
              try {
                int status = call.send();
                if (status == 200) {
                  stats.nanos.add(System.nanoTime() - t0);
                } else {
                  stats.errors.incrementAndGet();
                }
              } catch (Exception e) {
                stats.errors.incrementAndGet();
              }
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    stats.elapsedNanos = System.nanoTime() - start;
    return stats;
  }

  static int postEvent(URI base, ConcurrentLinkedQueue<String> sent) throws Exception {
    String callId = "wacid.bench-" + UUID.randomUUID();
    byte[] body = Payloads.connect(NUMBER, callId).getBytes(StandardCharsets.UTF_8);
    int status = post(base, body);
    if (status == 200) {
      boolean twice = (callId.hashCode() & 0x7fffffff) % 10 == 0;
      if (twice) {
        status = post(base, body);
      }
      sent.add((twice ? "2 " : "1 ") + callId);
    }
    return status;
  }

  static int post(URI base, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/webhooks/whatsapp"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("X-Hub-Signature-256", Payloads.sign(SECRET, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  static int handshake(URI base) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                base.resolve(
                    "/api/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=42&hub.verify_token="
                        + URLEncoder.encode(VERIFY_TOKEN, StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(30))
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  static HttpClient client() {
    return CLIENT;
  }
}
