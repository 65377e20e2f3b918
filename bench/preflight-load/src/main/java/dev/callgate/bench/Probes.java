package dev.callgate.bench;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two requests measured: the pre-flight of a random seeded pair, and the no-op. */
final class Probes {

  private static final Pattern RULE = Pattern.compile("\"rule\":\"([^\"]+)\"");
  private static final Pattern CODE = Pattern.compile("\"code\":\"?([^\",}]+)");

  private Probes() {}

  /**
   * {@code POST /numbers/{id}/calls/preflight} for a pair drawn at random, so that the requests
   * spread over the whole table instead of hitting a few rows the database keeps hot.
   */
  static LoadRun.Probe preflight(Api api, Settings settings, Customers customers, long agentId) {
    String path = "/numbers/" + settings.numberId() + "/calls/preflight";
    return () -> {
      String waId = customers.waId(ThreadLocalRandom.current().nextInt(customers.count()));
      HttpResponse<String> response =
          api.post(path, "{\"waId\":\"" + waId + "\",\"agentId\":" + agentId + "}");
      if (response.statusCode() != 200) {
        return Tally.ERROR + "HTTP " + response.statusCode();
      }
      String body = response.body();
      if (body.contains("\"allowed\":true")) {
        return Tally.ALLOWED;
      }
      return "refused " + reason(body);
    };
  }

  static LoadRun.Probe handshake(Api api) {
    return () -> {
      HttpResponse<String> response = api.handshake();
      return response.statusCode() == 200 && "1".equals(response.body().strip())
          ? "ok"
          : Tally.ERROR + "HTTP " + response.statusCode();
    };
  }

  /** The refusal's rule (P1, L4, ...), else its code: the table lists which rule said no. */
  private static String reason(String body) {
    Matcher rule = RULE.matcher(body);
    if (rule.find()) {
      return rule.group(1);
    }
    Matcher code = CODE.matcher(body);
    return code.find() ? code.group(1) : "(no error)";
  }
}
