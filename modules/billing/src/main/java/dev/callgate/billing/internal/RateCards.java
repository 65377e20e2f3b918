package dev.callgate.billing.internal;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the rate card in force at an instant (B7). A card never changes once shipped, so each one
 * is read from the database once per deployment and kept; which card is in force is asked every
 * time, because a card can be added while the application runs.
 */
@ApplicationScoped
public class RateCards {

  @PersistenceContext(unitName = "billing")
  private EntityManager em;

  private final Map<Long, RateTable> tables = new ConcurrentHashMap<>();

  /** Refused with {@code no_rate_for_market} when no card was in force yet at {@code at}. */
  public RateTable inForceAt(Instant at) {
    RateCardSchedule schedule =
        new RateCardSchedule(
            em.createNamedQuery(RateCard.ALL, RateCard.class)
                .getResultStream()
                .map(RateCard::version)
                .toList());
    long id =
        schedule
            .inForceAt(at)
            .orElseThrow(
                () ->
                    CallingException.of(
                            ErrorCode.NO_RATE_FOR_MARKET, "No rate card was in force at " + at)
                        .rule("B7"))
            .id();
    return tables.computeIfAbsent(id, this::load);
  }

  private RateTable load(long id) {
    return em.find(RateCard.class, id).table();
  }
}
