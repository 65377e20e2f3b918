package dev.callgate.api.soap.types;

import dev.callgate.billing.QuoteView;
import jakarta.xml.bind.annotation.XmlType;

/** What a call of a given length to a customer would cost, priced in 6-second pulses. */
@XmlType(
    name = "Quote",
    propOrder = {"market", "ratePerMinute", "pulses", "cost", "currency"})
public class Quote {

  public String market;
  public String ratePerMinute;
  public int pulses;
  public String cost;
  public String currency;

  public static Quote of(QuoteView quote) {
    Quote q = new Quote();
    q.market = quote.market();
    q.ratePerMinute = quote.ratePerMinute().plain();
    q.pulses = Math.toIntExact(quote.pulses());
    q.cost = quote.cost().plain();
    q.currency = quote.currency();
    return q;
  }
}
