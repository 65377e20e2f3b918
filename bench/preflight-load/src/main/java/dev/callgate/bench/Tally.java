package dev.callgate.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the measured requests ended, by label: {@code allowed}, {@code refused <rule>}, {@code ok}
 * for the no-op, and {@code error <what>} for anything that is not a 200 answer. One per worker,
 * merged at the end, for the same reason as {@link Latencies}.
 */
final class Tally {

  static final String ALLOWED = "allowed";
  static final String ERROR = "error ";

  private final Map<String, Long> counts = new TreeMap<>();

  void add(String outcome) {
    counts.merge(outcome, 1L, Long::sum);
  }

  static Tally merge(Collection<Tally> parts) {
    Tally all = new Tally();
    parts.forEach(part -> part.counts.forEach((k, v) -> all.counts.merge(k, v, Long::sum)));
    return all;
  }

  long of(String outcome) {
    return counts.getOrDefault(outcome, 0L);
  }

  long errors() {
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(ERROR))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** Every outcome other than {@code except}, for the lines under the table. */
  Map<String, Long> others(String except) {
    Map<String, Long> rest = new TreeMap<>(counts);
    rest.remove(except);
    return rest;
  }
}
