package dev.callgate.it.billing;

import dev.callgate.it.Http;
import dev.callgate.it.Http.Reply;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.UUID;

/** A business's wallet over REST, as the billing ITs read and top it up. */
final class Wallets {

  private final Http http;

  private Wallets(String apiKey) {
    this.http = Http.withKey(apiKey);
  }

  static Wallets of(String apiKey) {
    return new Wallets(apiKey);
  }

  /** A reference no earlier run of the test server has used. */
  static String newReference(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  JsonObject wallet() {
    return http.get("/api/v1/wallet").json();
  }

  BigDecimal balance() {
    return new BigDecimal(wallet().getString("balance"));
  }

  Reply topUp(String amountJson, String reference) {
    String body =
        "{\"amount\":"
            + amountJson
            + ",\"reference\":"
            + (reference == null ? "null" : "\"" + reference + "\"")
            + "}";
    return http.post("/api/v1/wallet/top-ups", body);
  }

  Reply topUp(BigDecimal amount, String reference) {
    return topUp("\"" + amount.toPlainString() + "\"", reference);
  }

  Reply ledger(String query) {
    return http.get("/api/v1/wallet/ledger" + query);
  }
}
