package dev.callgate.api.rest;

import dev.callgate.api.security.CurrentCaller;
import dev.callgate.billing.LedgerEntryView;
import dev.callgate.billing.LedgerPage;
import dev.callgate.billing.TopUpRequest;
import dev.callgate.billing.TopUpResult;
import dev.callgate.billing.WalletService;
import dev.callgate.billing.WalletView;
import dev.callgate.kernel.Money;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's prepaid wallet (B5, B6): balance, top-ups and the ledger. Money is a decimal string
 * with its full stored scale ({@code "0.005600"}) beside its {@code currency}.
 */
@Path("/wallet")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing")
public class WalletResource {

  @EJB private WalletService wallets;

  @Inject private CurrentCaller caller;

  /** {@code blocked}: no business-initiated call can start until a top-up (L5). */
  public record WalletJson(String balance, String currency, boolean blocked) {
    static WalletJson of(WalletView wallet) {
      return new WalletJson(wallet.balance().plain(), wallet.currency(), wallet.blocked());
    }
  }

  /** {@code amount} as a decimal string ({@code "25.50"}) or a plain JSON number. */
  public record TopUpJson(JsonValue amount, String reference) {

    TopUpRequest request() {
      return new TopUpRequest(text(amount), reference);
    }

    // A JSON number keeps the text it was written with, so 1e3 is refused as not plain.
    private static String text(JsonValue value) {
      if (value == null || value == JsonValue.NULL) {
        return null;
      }
      return value instanceof JsonString string ? string.getString() : value.toString();
    }
  }

  /** A ledger line; the pricing fields are null on a top-up, {@code reference} on a debit. */
  public record LedgerEntryJson(
      long id,
      String kind,
      String amount,
      String balanceAfter,
      String currency,
      String reference,
      String callId,
      String waId,
      String market,
      String ratePerMinute,
      Integer durationSeconds,
      Long pulses,
      Instant recordedAt,
      String recordedBy) {
    static LedgerEntryJson of(LedgerEntryView e) {
      return new LedgerEntryJson(
          e.id(),
          e.kind().name(),
          e.amount().plain(),
          e.balanceAfter().plain(),
          e.currency(),
          e.reference(),
          e.callId(),
          e.waId(),
          e.market(),
          plain(e.ratePerMinute()),
          e.durationSeconds(),
          e.pulses(),
          e.recordedAt(),
          e.recordedBy());
    }
  }

  public record LedgerPageJson(List<LedgerEntryJson> items, int page, int size, long total) {
    static LedgerPageJson of(LedgerPage page) {
      return new LedgerPageJson(
          page.items().stream().map(LedgerEntryJson::of).toList(),
          page.page(),
          page.size(),
          page.total());
    }
  }

  @GET
  @Operation(summary = "The wallet's balance; blocked while it is zero or negative (L5)")
  public WalletJson wallet() {
    return WalletJson.of(wallets.wallet(caller.businessId()));
  }

  /**
   * 201 with the new ledger line; a reference used before answers 200 with the line it created and
   * credits nothing (B6), and 409 if that line's amount differs.
   */
  @POST
  @Path("/top-ups")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Credit the wallet: 201 with the ledger line; the same reference again answers 200 with"
              + " the first line and credits once (B6)")
  public Response topUp(@NotNull TopUpJson body) {
    TopUpResult result = wallets.topUp(caller.actor(), body.request());
    Response.Status status = result.credited() ? Response.Status.CREATED : Response.Status.OK;
    return Response.status(status).entity(LedgerEntryJson.of(result.entry())).build();
  }

  @GET
  @Path("/ledger")
  @Operation(
      summary =
          "The ledger, newest line first; from/to (ISO-8601 instants) bound when lines were"
              + " recorded, page counts from 0")
  public LedgerPageJson ledger(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParameters query = new QueryParameters();
    Instant start = query.instant("from", from);
    Instant end = query.instant("to", to);
    Integer pageNumber = query.integer("page", page, 0);
    Integer pageSize = query.integer("size", size, 1);
    query.check();
    return LedgerPageJson.of(wallets.ledger(caller.businessId(), start, end, pageNumber, pageSize));
  }

  static String plain(Money money) {
    return money == null ? null : money.plain();
  }
}
