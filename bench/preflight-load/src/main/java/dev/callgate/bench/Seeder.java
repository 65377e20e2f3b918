package dev.callgate.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes every pair callable by the agent: the contact assigned to the agent (L6), then the
 * customer's permanent grant from the business profile delivered as a signed webhook (P1, P3c). A
 * bounded number of workers share the pairs, so the server sees steady traffic rather than 10,000
 * requests at once.
 */
final class Seeder {

  private final Api api;
  private final Settings settings;
  private final Customers customers;
  private final GrantWebhook grants;

  // a fresh message id per run: the receiver drops a message id it has seen, and a second run
  // must reach the pairs again (one revoked since, say)
  private final String run = Long.toString(System.currentTimeMillis(), 36);

  /** What one worker did: its request times and how many pairs it could not seed. */
  private record Worker(Latencies contacts, Latencies grants, AtomicInteger failed) {}

  Seeder(Api api, Settings settings, Customers customers) {
    this.api = api;
    this.settings = settings;
    this.customers = customers;
    this.grants = new GrantWebhook(settings);
  }

  void seed(long agentId) throws InterruptedException {
    int workers = settings.seedConcurrency();
    AtomicInteger next = new AtomicInteger();
    List<Callable<Worker>> tasks = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      tasks.add(() -> seedWhileLeft(next, agentId));
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    long start = System.nanoTime();
    List<Worker> done = new ArrayList<>();
    try {
      for (Future<Worker> worker : pool.invokeAll(tasks)) {
        done.add(worker.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a seeding worker died", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Latencies contactTimes = Latencies.merge(done.stream().map(Worker::contacts).toList());
    Latencies grantTimes = Latencies.merge(done.stream().map(Worker::grants).toList());
    System.out.printf(
        "seeded %d pairs in %.1f s with %d workers: %.1f pairs/s (%.1f requests/s), %d failed%n",
        customers.count(),
        seconds,
        workers,
        customers.count() / seconds,
        2 * customers.count() / seconds,
        done.stream().mapToInt(w -> w.failed().get()).sum());
    System.out.printf(
        "  contact PUT   p50 %.2f ms, p99 %.2f ms%n  grant webhook p50 %.2f ms, p99 %.2f ms%n",
        contactTimes.percentileMillis(50),
        contactTimes.percentileMillis(99),
        grantTimes.percentileMillis(50),
        grantTimes.percentileMillis(99));
  }

  private Worker seedWhileLeft(AtomicInteger next, long agentId) throws InterruptedException {
    Worker worker = new Worker(new Latencies(), new Latencies(), new AtomicInteger());
    for (int i = next.getAndIncrement(); i < customers.count(); i = next.getAndIncrement()) {
      String waId = customers.waId(i);
      try {
        long t0 = System.nanoTime();
        HttpResponse<String> contact =
            api.put(
                "/contacts/" + waId,
                "{\"name\":\"Bench " + i + "\",\"assigneeAgentId\":" + agentId + "}");
        long t1 = System.nanoTime();
        byte[] body =
            grants.body(waId, "wamid.preflight-" + run + "-" + i, Instant.now().getEpochSecond());
        HttpResponse<String> grant = api.webhook(body, grants.signature(body));
        worker.contacts().add(t1 - t0);
        worker.grants().add(System.nanoTime() - t1);
        if (contact.statusCode() != 200 || grant.statusCode() != 200) {
          worker.failed().incrementAndGet();
          System.out.printf(
              "  %s: contact %d %s, grant %d %s%n",
              waId, contact.statusCode(), contact.body(), grant.statusCode(), grant.body());
        }
      } catch (IOException e) {
        worker.failed().incrementAndGet();
        System.out.printf("  %s: %s%n", waId, e);
      }
      if ((i + 1) % 2000 == 0) {
        System.out.printf("  %d pairs sent%n", i + 1);
      }
    }
    return worker;
  }
}
