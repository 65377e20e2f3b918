package dev.callgate.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks the operator API about every event sent: stored once, processed, duplicates counted. */
final class Verify {

  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
  private static final Pattern DUPLICATES = Pattern.compile("\"duplicates\":(\\d+)");

  private Verify() {}

  static void store(URI base, List<String> sent) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    int lost = 0;
    int unprocessed = 0;
    int wrongDuplicates = 0;
    for (String line : sent) {
      int expectedDuplicates = line.startsWith("2 ") ? 1 : 0;
      String key = "call:" + line.substring(2) + ":connect";
      String body;
      Matcher status;
      do {
        body = get(base, key);
        status = STATUS.matcher(body);
      } while (status.find()
          && !"PROCESSED".equals(status.group(1))
          && System.nanoTime() < deadline
          && pause());
      status = STATUS.matcher(body);
      if (!status.find()) {
        lost++;
        continue;
      }
      if (!"PROCESSED".equals(status.group(1))) {
        unprocessed++;
      }
      Matcher duplicates = DUPLICATES.matcher(body);
      if (!duplicates.find() || Integer.parseInt(duplicates.group(1)) != expectedDuplicates) {
        wrongDuplicates++;
      }
    }
    System.out.printf(
        "store check: %d events sent, %d lost, %d not processed, %d with a wrong duplicate count%n",
        sent.size(), lost, unprocessed, wrongDuplicates);
  }

  private static boolean pause() {
    try {
      Thread.sleep(200);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String get(URI base, String key) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                base.resolve(
                    "/api/v1/webhook-events?dedupeKey="
                        + URLEncoder.encode(key, StandardCharsets.UTF_8)))
            .header("Authorization", "Bearer " + WebhookLoad.API_KEY)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30))
            .build();
    return WebhookLoad.client().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
