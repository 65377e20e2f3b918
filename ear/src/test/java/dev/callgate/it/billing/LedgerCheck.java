package dev.callgate.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reads one wallet's tables directly, past the billing module, to check what its API cannot show:
 * that the cached balance is the sum of the ledger (B6) and that the database itself refuses to
 * rewrite a ledger line.
 */
final class LedgerCheck {

  private final DataSource dataSource;
  private final long business;

  LedgerCheck(DataSource dataSource, long business) {
    this.dataSource = dataSource;
    this.business = business;
  }

  void assertBalanceIsTheSumOfTheLedger() throws SQLException {
    BigDecimal sum =
        number("select coalesce(sum(amount), 0) from billing_ledger where business_id = ?");
    BigDecimal balance = number("select balance from billing_wallet where business_id = ?");
    assertEquals(0, sum.compareTo(balance), "ledger sum " + sum + " vs balance " + balance);
  }

  long lines() throws SQLException {
    return number("select count(*) from billing_ledger where business_id = ?").longValue();
  }

  void assertLinesCannotBeRewritten() throws SQLException {
    for (String statement :
        new String[] {
          "update billing_ledger set amount = 1000 where business_id = ?",
          "delete from billing_ledger where business_id = ?"
        }) {
      SQLException refused = assertThrows(SQLException.class, () -> execute(statement));
      assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, business);
      s.executeUpdate();
    }
  }

  private BigDecimal number(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, business);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getBigDecimal(1);
      }
    }
  }
}
