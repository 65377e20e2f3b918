package dev.callgate.it.routing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A business of its own for a test that needs more agents than the demo has: written straight into
 * the accounts tables (accounts has no API to create businesses), then used through the modules'
 * public services only, and removed again, with what routing stored for it, so that other tests
 * still find the demo data alone.
 */
record SeededBusiness(long id, String numberId, List<Long> agents) {

  static SeededBusiness create(DataSource db, int agentCount) throws SQLException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = db.getConnection()) {
      long business =
          insert(
              c,
              "insert into accounts_business (name, crm, created_at) values (?, false, ?)",
              "Seeded " + tag,
              Timestamp.from(Instant.now()));
      String waba = "9" + Math.abs(tag.hashCode());
      String number = "8" + Math.abs(tag.hashCode());
      update(
          c,
          "insert into accounts_waba (id, business_id, name) values (?, ?, ?)",
          waba,
          business,
          tag);
      update(
          c,
          "insert into accounts_phone_number (id, business_id, waba_id, display_phone_number,"
              + " friendly_name, country) values (?, ?, ?, ?, ?, 'IN')",
          number,
          business,
          waba,
          "9199" + String.format("%08d", Math.abs(tag.hashCode()) % 100_000_000),
          "Seeded line " + tag);
      List<Long> agents = new ArrayList<>();
      for (int i = 0; i < agentCount; i++) {
        agents.add(
            insert(
                c,
                "insert into accounts_agent (business_id, name, email, password_hash, role)"
                    + " values (?, ?, ?, 'not-a-login', 'TEAMMATE')",
                business,
                "Agent " + i,
                "agent" + i + "-" + tag + "@seeded.example"));
      }
      return new SeededBusiness(business, number, List.copyOf(agents));
    }
  }

  /** Deletes every row the business left, routing's and accounts', children first. */
  void remove(DataSource db) throws SQLException {
    try (Connection c = db.getConnection()) {
      for (String table :
          List.of(
              "routing_offer",
              "routing_ring",
              "routing_presence",
              "routing_business_lock",
              "accounts_audit",
              "accounts_agent")) {
        update(c, "delete from " + table + " where business_id = ?", id);
      }
      for (String table : List.of("routing_pool", "routing_excluded", "routing_number")) {
        update(c, "delete from " + table + " where number_id = ?", numberId);
      }
      update(c, "delete from accounts_phone_number where business_id = ?", id);
      update(c, "delete from accounts_waba where business_id = ?", id);
      update(c, "delete from accounts_business where id = ?", id);
    }
  }

  private static long insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(s, values);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
  }
}
