package dev.callgate.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped card 1 is {@code spec/rate-card.csv} and {@code spec/markets.csv} row for row: a typo
 * in the migration would silently misprice a market. The spec files sit beside the repository; a
 * checkout without them skips this test.
 */
class RateCardDataTest {

  private final String sql = ShippedRateCard.sql();

  @Test
  void B4_card1HoldsEveryRowOfTheRateCardCsv() throws IOException {
    List<String[]> csv = csv("rate-card.csv");
    List<RateTable.Row> rows = ShippedRateCard.rows(sql);

    assertThat(rows).hasSize(csv.size());
    for (int i = 0; i < csv.size(); i++) {
      String[] line = csv.get(i);
      RateTable.Row row = rows.get(i);
      assertThat(row.market()).isEqualTo(line[0]);
      assertThat(row.countryCode()).isEqualTo(line[1]);
      assertThat(line[2]).isEqualTo("USD");
      if (line[3].equals("N/A")) {
        assertThat(row.ratePerMinute()).as(line[0]).isNull();
      } else {
        assertThat(row.ratePerMinute()).as(line[0]).isEqualByComparingTo(new BigDecimal(line[3]));
      }
    }
  }

  @Test
  void B4_card1MapsEveryCountryOfTheMarketsCsv() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    csv("markets.csv").forEach(line -> expected.put(line[0], line[1]));

    assertThat(ShippedRateCard.countries(sql)).containsExactlyEntriesOf(expected);
  }

  private static List<String[]> csv(String name) throws IOException {
    Path file = Path.of(System.getProperty("spec.dir", "../../../shared/spec"), name);
    Assumptions.assumeTrue(Files.isRegularFile(file), "no " + file + " beside the repository");
    // the spec's files have no quoted fields: a plain split reads them
    return Files.readAllLines(file).stream()
        .skip(1)
        .filter(line -> !line.isBlank())
        .map(line -> line.split(",", -1))
        .toList();
  }
}
