package dev.callgate.console.faces;

import dev.callgate.accounts.Role;
import dev.callgate.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Readable forms of values pages show, in one place so every page says "Sales lead" and formats an
 * instant the same way. Instants are shown in UTC, labelled, because agents of one business may sit
 * in several time zones.
 */
@Named
@ApplicationScoped
public class Labels {

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public String role(Role role) {
    if (role == null) {
      return "";
    }
    String words = role.name().replace('_', ' ').toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Money as people read it: rounded to 4 decimals (B3), with its currency; stored exactly. */
  public String money(Money money) {
    return money == null ? "" : money.rounded().toPlainString() + " " + money.currency();
  }

  public String instant(Instant instant) {
    return instant == null ? "" : INSTANT.format(instant);
  }
}
