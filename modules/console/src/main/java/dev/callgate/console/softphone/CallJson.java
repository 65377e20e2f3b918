package dev.callgate.console.softphone;

import dev.callgate.billing.LedgerEntryKind;
import dev.callgate.billing.LedgerEntryView;
import dev.callgate.billing.WalletService;
import dev.callgate.calls.CallStatus;
import dev.callgate.calls.CallView;
import dev.callgate.kernel.Money;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import java.util.Set;

/**
 * A call as the softphone needs it: the status and SDP answer to act on, and what the agent reads
 * (the duration, the cost rounded for display as B3 asks, and the wallet line that debited it).
 */
final class CallJson {

  private static final Set<CallStatus> ENDED =
      Set.of(CallStatus.REJECTED, CallStatus.COMPLETED, CallStatus.FAILED, CallStatus.MISSED);

  // The debit is looked for among the ledger lines since the call started, newest first.
  private static final int LEDGER_LINES = 200;

  private CallJson() {}

  static JsonObject of(CallView call, WalletService wallets, long businessId) {
    boolean ended = ENDED.contains(call.status());
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", call.id())
            .add("status", call.status().name())
            .add("ended", ended);
    text(json, "sdpAnswer", call.sdpAnswer());
    text(json, "missedBy", call.missedBy() == null ? null : call.missedBy().name());
    text(json, "failure", call.failure());
    text(json, "market", call.market());
    if (call.durationSeconds() != null) {
      json.add("durationSeconds", call.durationSeconds());
    } else {
      json.addNull("durationSeconds");
    }
    if (call.cost() == null) {
      json.addNull("cost").addNull("debit");
      return json.build();
    }
    Money cost = Money.of(call.cost(), call.currency());
    json.add("cost", cost.plain())
        .add("costShown", cost.rounded().toPlainString())
        .add("currency", call.currency());
    if (call.pulses() != null) {
      json.add("pulses", call.pulses());
    }
    Optional<LedgerEntryView> debit = debit(call, wallets, businessId);
    if (debit.isPresent()) {
      LedgerEntryView line = debit.get();
      json.add(
          "debit",
          Json.createObjectBuilder()
              .add("ledgerLine", line.id())
              .add("kind", line.kind().name())
              .add("amount", line.amount().plain())
              .add("balanceAfter", line.balanceAfter().plain())
              .add("balanceAfterShown", line.balanceAfter().rounded().toPlainString()));
    } else {
      json.addNull("debit");
    }
    return json.build();
  }

  /** The ledger keys a call's debit by the Cloud API's call id (B6). */
  private static Optional<LedgerEntryView> debit(
      CallView call, WalletService wallets, long businessId) {
    return wallets.ledger(businessId, call.startedAt(), null, 0, LEDGER_LINES).items().stream()
        .filter(line -> line.kind() == LedgerEntryKind.CALL_DEBIT)
        .filter(line -> call.waCallId() != null && call.waCallId().equals(line.callId()))
        .findFirst();
  }

  private static void text(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}
