package dev.callgate.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Response times in nanoseconds. Each worker thread fills its own instance and they are merged at
 * the end, so that 200 threads recording never contend on one lock while they are being measured.
 */
final class Latencies {

  private long[] nanos = new long[4096];
  private int size;
  private boolean sorted;

  void add(long value) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = value;
    sorted = false;
  }

  static Latencies merge(Collection<Latencies> parts) {
    Latencies all = new Latencies();
    all.nanos = new long[Math.max(1, parts.stream().mapToInt(p -> p.size).sum())];
    for (Latencies part : parts) {
      System.arraycopy(part.nanos, 0, all.nanos, all.size, part.size);
      all.size += part.size;
    }
    return all;
  }

  int count() {
    return size;
  }

  /**
   * Nearest rank: the smallest value that at least {@code p} percent of the samples do not pass.
   */
  double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    sort();
    int rank = (int) Math.ceil(p / 100.0 * size);
    return nanos[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
  }

  double maxMillis() {
    return percentileMillis(100);
  }

  private void sort() {
    if (!sorted) {
      Arrays.sort(nanos, 0, size);
      sorted = true;
    }
  }
}
