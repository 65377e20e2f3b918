package dev.callgate.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pre-flight latency against many pairs (issue 5: p99 under 10 ms at 200 concurrent requests over
 * 10,000 pairs). Seeds the pairs on one number (contact assigned to the agent, permanent permission
 * granted by webhook), waits for the grants to be processed, then runs {@code POST
 * /numbers/{id}/calls/preflight} for random pairs at each concurrency level, each time followed by
 * the no-op handshake at the same concurrency for comparison.
 *
 * <p>Arguments (all optional): base URL, seconds per level (15), concurrency levels (1,50,200).
 * System properties: {@code -Dpairs=10000}, {@code -Dseed=false} to reuse the pairs of an earlier
 * run, {@code -DseedConcurrency=8}, {@code -DwarmUp=5} (seconds before each measured window), and
 * the demo values {@code -DapiKey=}, {@code -Dsecret=}, {@code -DverifyToken=}, {@code
 * -DnumberId=}, {@code -DwabaId=}, {@code -DdisplayNumber=}, {@code -DagentEmail=}.
 */
public final class PreflightLoad {

  private PreflightLoad() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.of(args);
    Api api = new Api(settings);
    Customers customers = new Customers(settings.pairs());
    long agentId = agentId(api, settings.agentEmail());
    System.out.printf(
        "%s, number %s, %d pairs, agent %s (id %d)%n",
        settings.base(), settings.numberId(), customers.count(), settings.agentEmail(), agentId);
    if (settings.seed()) {
      new Seeder(api, settings, customers).seed(agentId);
    }
    new SettleCheck(api, settings, customers).awaitPermanent();

    LoadRun.Probe preflight = Probes.preflight(api, settings, customers, agentId);
    LoadRun.Probe noop = Probes.handshake(api);
    List<LoadRun.Result[]> results = new ArrayList<>();
    for (int concurrency : settings.levels()) {
      System.out.printf(
          "level %d: %d s warm-up and %d s measured, pre-flight then no-op%n",
          concurrency, settings.warmUpSeconds(), settings.seconds());
      results.add(
          new LoadRun.Result[] {
            LoadRun.run(concurrency, settings.warmUpSeconds(), settings.seconds(), preflight),
            LoadRun.run(concurrency, settings.warmUpSeconds(), settings.seconds(), noop)
          });
    }
    Report.header();
    for (LoadRun.Result[] level : results) {
      Report.row("preflight", level[0], true);
      Report.row("no-op", level[1], false);
    }
    for (LoadRun.Result[] level : results) {
      Report.details("preflight", level[0], Tally.ALLOWED);
      Report.details("no-op", level[1], "ok");
    }
  }

  /** The agent's id, found by e-mail: ids depend on the order the demo data was created in. */
  private static long agentId(Api api, String email) throws IOException, InterruptedException {
    HttpResponse<String> response = api.get("/agents");
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET /api/v1/agents answered " + response.statusCode() + ": " + response.body());
    }
    // agents are flat objects, so the one with this e-mail is the braces around it
    Matcher agent =
        Pattern.compile("\\{[^{}]*\"email\":\"" + Pattern.quote(email) + "\"[^{}]*}")
            .matcher(response.body());
    if (!agent.find()) {
      throw new IllegalStateException("No agent " + email + " in " + response.body());
    }
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(agent.group());
    if (!id.find()) {
      throw new IllegalStateException("No id in " + agent.group());
    }
    return Long.parseLong(id.group(1));
  }
}
