package dev.callgate.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A closed loop: {@code concurrency} workers each send the next request as soon as the last one
 * answered, first for a warm-up that is not recorded (JIT, connection set-up, pools growing), then
 * for the measured window. A request counts when it starts inside the window. Because a worker
 * waits for its answer, a slow server also sends fewer requests, so the percentiles understate what
 * an open stream of arrivals would see (coordinated omission); the req/s column shows it.
 */
final class LoadRun {

  /** One request; answers its outcome label (see {@link Tally}). */
  interface Probe {
    String send() throws IOException, InterruptedException;
  }

  record Result(int concurrency, Latencies latencies, Tally tally, long windowNanos) {

    double rate() {
      return latencies.count() / (windowNanos / 1e9);
    }
  }

  private record Worker(Latencies latencies, Tally tally) {}

  private LoadRun() {}

  static Result run(int concurrency, int warmUpSeconds, int seconds, Probe probe)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long from = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmUpSeconds);
    long end = from + TimeUnit.SECONDS.toNanos(seconds);
    List<Callable<Worker>> workers = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      workers.add(() -> loop(probe, from, end));
    }
    List<Worker> done = new ArrayList<>();
    try {
      for (Future<Worker> worker : pool.invokeAll(workers)) {
        done.add(worker.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker died", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Result(
        concurrency,
        Latencies.merge(done.stream().map(Worker::latencies).toList()),
        Tally.merge(done.stream().map(Worker::tally).toList()),
        end - from);
  }

  private static Worker loop(Probe probe, long from, long end) throws InterruptedException {
    Worker worker = new Worker(new Latencies(), new Tally());
    for (long start = System.nanoTime(); start < end; start = System.nanoTime()) {
      String outcome;
      try {
        outcome = probe.send();
      } catch (IOException e) {
        outcome = Tally.ERROR + e.getClass().getSimpleName();
      }
      long took = System.nanoTime() - start;
      if (start >= from) {
        worker.tally().add(outcome);
        // an error's time says nothing about the endpoint's speed, only its count matters
        if (!outcome.startsWith(Tally.ERROR)) {
          worker.latencies().add(took);
        }
      }
    }
    return worker;
  }
}
