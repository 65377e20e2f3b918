package dev.callgate.billing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rate card exactly as the module ships it: read from its Flyway migration, so the rule tests
 * price with the data the database will hold, not with a copy typed into a test.
 */
final class ShippedRateCard {

  static final String MIGRATION = "/db/migration/billing/V2__rate_card_2025_07_01.sql";

  private static final Pattern CARD =
      Pattern.compile("\\((\\d+), timestamp with time zone '([^']+)', '([A-Z]{3})', '([^']+)'");
  private static final Pattern RATE =
      Pattern.compile("\\((\\d+), '([^']+)', '([^']+)', (null|[0-9.]+)\\)");
  private static final Pattern COUNTRY = Pattern.compile("\\((\\d+), '([A-Z]{2})', '([^']+)'\\)");
  private static final DateTimeFormatter SQL_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssX");

  private ShippedRateCard() {}

  static RateTable table() {
    String sql = sql();
    Matcher card = CARD.matcher(sql);
    if (!card.find()) {
      throw new IllegalStateException("no card in " + MIGRATION);
    }
    return new RateTable(
        Long.parseLong(card.group(1)),
        effectiveFrom(card.group(2)),
        card.group(3),
        card.group(4),
        rows(sql),
        countries(sql));
  }

  static Instant effectiveFrom(String sqlTimestamp) {
    return OffsetDateTime.parse(sqlTimestamp, SQL_TIMESTAMP).toInstant();
  }

  static List<RateTable.Row> rows(String sql) {
    List<RateTable.Row> rows = new ArrayList<>();
    Matcher m = RATE.matcher(sql);
    while (m.find()) {
      BigDecimal rate = m.group(4).equals("null") ? null : new BigDecimal(m.group(4));
      rows.add(new RateTable.Row(m.group(2), m.group(3), rate));
    }
    return rows;
  }

  static Map<String, String> countries(String sql) {
    Map<String, String> countries = new LinkedHashMap<>();
    Matcher m = COUNTRY.matcher(sql);
    while (m.find()) {
      countries.put(m.group(2), m.group(3));
    }
    return countries;
  }

  static String sql() {
    try (InputStream in = ShippedRateCard.class.getResourceAsStream(MIGRATION)) {
      if (in == null) {
        throw new IllegalStateException(MIGRATION + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
