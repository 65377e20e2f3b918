package dev.callgate.routing.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/** One due ring, in a transaction of its own (see {@link RingTimers}). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RingExpiry {

  @Inject private RoutingRows rows;

  @Inject private RingEngine engine;

  @Inject private Clock clock;

  public void expire(long callId) {
    rows.ring(callId)
        .ifPresent(
            found -> {
              rows.lockBusiness(found.businessId());
              Ring ring = rows.refreshed(found);
              engine.expire(ring, clock.instant());
            });
  }
}
