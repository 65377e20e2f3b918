package dev.callgate.bench;

/**
 * The benchmark's customers: UK mobile numbers {@code 447810000000}, {@code 447810000001}, ... Each
 * index always gives the same number, so a second run finds the contacts and permissions of the
 * first. The 7810 range is one libphonenumber takes as a valid UK mobile, which Callgate insists on
 * (WaId) and prices from the United Kingdom row of the rate card.
 */
final class Customers {

  private static final String PREFIX = "447810";
  private static final int MAX = 1_000_000;

  private final int count;

  Customers(int count) {
    if (count < 1 || count > MAX) {
      throw new IllegalArgumentException("pairs must be between 1 and " + MAX);
    }
    this.count = count;
  }

  int count() {
    return count;
  }

  String waId(int index) {
    return PREFIX + String.format("%06d", index);
  }
}
