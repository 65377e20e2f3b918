package dev.callgate.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The grants are processed after their 200, off the request: waits until a sample spread over the
 * pairs (the last one included, being the last processed) reads PERMANENT, and says how long that
 * took, so that the measurement never starts while the pipeline is still busy with the seeding.
 */
final class SettleCheck {

  private static final int SAMPLE = 100;
  private static final long PATIENCE_SECONDS = 300;

  private final Api api;
  private final Settings settings;
  private final Customers customers;

  SettleCheck(Api api, Settings settings, Customers customers) {
    this.api = api;
    this.settings = settings;
    this.customers = customers;
  }

  /** Answers how many sampled pairs are PERMANENT. */
  int awaitPermanent() throws IOException, InterruptedException {
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    int size = Math.min(SAMPLE, customers.count());
    List<String> missing = new ArrayList<>();
    for (int s = 0; s < size; s++) {
      int index = s == size - 1 ? customers.count() - 1 : s * customers.count() / size;
      String waId = customers.waId(index);
      boolean permanent = isPermanent(waId);
      while (!permanent && System.nanoTime() < deadline) {
        Thread.sleep(200);
        permanent = isPermanent(waId);
      }
      if (!permanent) {
        missing.add(waId);
      }
    }
    System.out.printf(
        "sample of %d pairs: %d PERMANENT after %.1f s%s%n",
        size,
        size - missing.size(),
        (System.nanoTime() - start) / 1e9,
        missing.isEmpty() ? "" : "; not PERMANENT: " + missing);
    return size - missing.size();
  }

  private boolean isPermanent(String waId) throws IOException, InterruptedException {
    HttpResponse<String> response =
        api.get("/numbers/" + settings.numberId() + "/permissions/" + waId);
    return response.statusCode() == 200 && response.body().contains("\"status\":\"PERMANENT\"");
  }
}
