package dev.callgate.console.faces;

import dev.callgate.accounts.NumberView;
import dev.callgate.accounts.Role;
import dev.callgate.kernel.Money;
import dev.callgate.permissions.ConsentSource;
import dev.callgate.permissions.PermissionState;
import dev.callgate.permissions.RequestKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

  /** The one format of an instant, also for sentences built outside a page. */
  public static String format(Instant instant) {
    return instant == null ? "" : INSTANT.format(instant);
  }

  public String role(Role role) {
    return words(role);
  }

  /** Money as people read it: rounded to 4 decimals (B3), with its currency; stored exactly. */
  public String money(Money money) {
    return money == null ? "" : money.rounded().toPlainString() + " " + money.currency();
  }

  public String instant(Instant instant) {
    return format(instant);
  }

  /** "Temporary", "Pending": the word agents see for a pair's state. */
  public String permissionState(PermissionState state) {
    return words(state);
  }

  /**
   * The colour of a state's tag: green while calls are allowed, blue while the customer decides,
   * red when they said no, amber when time ran out; null (grey) for a customer never asked.
   */
  public String permissionSeverity(PermissionState state) {
    if (state == null) {
      return null;
    }
    return switch (state) {
      case TEMPORARY, PERMANENT -> "success";
      case PENDING -> "info";
      case REJECTED, REVOKED -> "danger";
      case EXPIRED -> "warning";
      case NONE -> null;
    };
  }

  /**
   * How a permission change came about, from the ledger's source in either spelling (the enum, or
   * the contract's lower case that {@code PermissionView.source} carries).
   */
  public String source(Object source) {
    if (source == null) {
      return "";
    }
    ConsentSource known =
        source instanceof ConsentSource s
            ? s
            : ConsentSource.valueOf(source.toString().toUpperCase(Locale.ROOT));
    return switch (known) {
      case USER_ACTION -> "Customer's answer";
      case AUTOMATIC -> "Customer called (callback permission)";
      case BUSINESS_PROFILE -> "Business profile";
      case UNANSWERED_CALLS -> "Unanswered calls";
      case EXPIRY -> "Expiry";
      case RECONCILIATION -> "Reconciliation with Meta";
      case BUSINESS_REQUEST -> "Request sent";
    };
  }

  public String requestKind(RequestKind kind) {
    if (kind == null) {
      return "";
    }
    return kind == RequestKind.INTERACTIVE ? "Free-form" : "Template";
  }

  /** A business number as agents know it: its friendly name and the number itself. */
  public String number(NumberView number) {
    if (number == null) {
      return "";
    }
    String digits = "+" + number.displayPhoneNumber();
    return number.friendlyName() == null ? digits : number.friendlyName() + " (" + digits + ")";
  }

  /** "SALES_LEAD" as "Sales lead"; also for request statuses and answers ("ACCEPT"). */
  public String words(Object constant) {
    if (constant == null) {
      return "";
    }
    String words = constant.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
    return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
