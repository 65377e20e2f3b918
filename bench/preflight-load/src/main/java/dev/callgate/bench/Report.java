package dev.callgate.bench;

import java.util.Map;

/** The results table, one line per endpoint and level, and what the table has no column for. */
final class Report {

  private static final String ROW = "%-5s %-10s %9s %8s %8s %8s %8s %8s %7s%n";

  private Report() {}

  static void header() {
    System.out.printf(
        ROW,
        "conc",
        "endpoint",
        "req/s",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "max ms",
        "allowed",
        "errors");
  }

  /**
   * @param allowedShare whether the endpoint answers allowed or refused, which the no-op does not
   */
  static void row(String endpoint, LoadRun.Result result, boolean allowedShare) {
    Latencies l = result.latencies();
    Tally tally = result.tally();
    String allowed =
        allowedShare && l.count() > 0
            ? String.format("%.1f%%", 100.0 * tally.of(Tally.ALLOWED) / l.count())
            : "-";
    System.out.printf(
        ROW,
        result.concurrency(),
        endpoint,
        String.format("%.1f", result.rate()),
        ms(l.percentileMillis(50)),
        ms(l.percentileMillis(90)),
        ms(l.percentileMillis(99)),
        ms(l.maxMillis()),
        allowed,
        tally.errors());
  }

  /** The refusals by rule and the errors by kind, when there were any. */
  static void details(String endpoint, LoadRun.Result result, String usual) {
    Map<String, Long> others = result.tally().others(usual);
    if (!others.isEmpty()) {
      System.out.printf("      %s at %d: %s%n", endpoint, result.concurrency(), others);
    }
  }

  private static String ms(double value) {
    return String.format("%.2f", value);
  }
}
