package dev.callgate.sandbox.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The latest deliveries, newest first; older ones are dropped so memory stays bounded. */
@ApplicationScoped
public class DeliveryLog {

  @Inject
  @ConfigProperty(name = "sandbox.webhooks.keep")
  int keep;

  private final Deque<Delivery> deliveries = new ConcurrentLinkedDeque<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong ids = new AtomicLong();

  long nextId() {
    return ids.incrementAndGet();
  }

  void add(Delivery delivery) {
    deliveries.addFirst(delivery);
    if (size.incrementAndGet() > keep && deliveries.pollLast() != null) {
      size.decrementAndGet();
    }
  }

  public List<Delivery> newestFirst(int limit) {
    List<Delivery> latest = new ArrayList<>();
    for (Delivery d : deliveries) {
      if (latest.size() >= limit) {
        break;
      }
      latest.add(d);
    }
    return latest;
  }
}
