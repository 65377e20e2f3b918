package dev.callgate.api.rest;

import dev.callgate.billing.BillingService;
import dev.callgate.billing.MarketRateView;
import dev.callgate.billing.QuoteView;
import dev.callgate.billing.RateCardView;
import dev.callgate.kernel.WaId;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rate card in force and quotes against it (B2-B4, B7); the same for every business. */
@Path("/rates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing")
public class RatesResource {

  @EJB private BillingService billing;

  @Inject private Clock clock;

  /** {@code ratePerMinute} is null for a market marked N/A (B4). */
  public record MarketJson(
      String market, String countryCode, String ratePerMinute, List<String> countries) {
    static MarketJson of(MarketRateView m) {
      return new MarketJson(
          m.market(), m.countryCode(), WalletResource.plain(m.ratePerMinute()), m.countries());
    }
  }

  public record RateCardJson(
      long id,
      Instant effectiveFrom,
      String currency,
      String fallbackMarket,
      List<MarketJson> markets) {
    static RateCardJson of(RateCardView card) {
      return new RateCardJson(
          card.id(),
          card.effectiveFrom(),
          card.currency(),
          card.fallbackMarket(),
          card.markets().stream().map(MarketJson::of).toList());
    }
  }

  public record QuoteJson(
      String market,
      String ratePerMinute,
      long pulses,
      String cost,
      String currency,
      String waId,
      String country,
      int seconds,
      long rateCardId,
      Instant effectiveFrom) {
    static QuoteJson of(QuoteView q) {
      return new QuoteJson(
          q.market(),
          q.ratePerMinute().plain(),
          q.pulses(),
          q.cost().plain(),
          q.currency(),
          q.waId(),
          q.country(),
          q.seconds(),
          q.rateCardId(),
          q.effectiveFrom());
    }
  }

  @GET
  @Operation(summary = "The rate card in force: every market with its rate per minute, or null")
  public RateCardJson card() {
    return RateCardJson.of(billing.rateCard(clock.instant()));
  }

  @GET
  @Path("/quote")
  @Operation(
      summary =
          "What a connected call of `seconds` to `waId` starting now costs, in 6-second pulses;"
              + " 422 no_rate_for_market for a market marked N/A")
  public QuoteJson quote(@QueryParam("waId") String waId, @QueryParam("seconds") String seconds) {
    QueryParameters query = new QueryParameters();
    WaId destination = query.waId("waId", waId);
    Integer duration = query.integer("seconds", seconds, 0);
    query.required("seconds", duration);
    query.check();
    return QuoteJson.of(billing.quote(destination, duration, clock.instant()));
  }
}
