package dev.callgate.routing.internal;

import dev.callgate.routing.RoutingSettings;
import dev.callgate.routing.RoutingStrategy;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A number's routing settings and its round-robin cursor (R5): the last agent of the pool the
 * number offered a call to, kept in the database so every node continues from the same place.
 */
@Entity
@Table(name = "routing_number")
public class NumberRouting {

  @Id
  @Column(name = "number_id")
  private String numberId;

  @Column(name = "business_id")
  private long businessId;

  @Enumerated(EnumType.STRING)
  private RoutingStrategy strategy;

  @Column(name = "last_agent_id")
  private Long lastAgentId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "routing_pool", joinColumns = @JoinColumn(name = "number_id"))
  @OrderColumn(name = "position")
  @Column(name = "agent_id")
  private List<Long> pool = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "routing_excluded", joinColumns = @JoinColumn(name = "number_id"))
  @OrderColumn(name = "position")
  @Column(name = "agent_id")
  private List<Long> excluded = new ArrayList<>();

  protected NumberRouting() {}

  NumberRouting(String numberId, long businessId) {
    this.numberId = numberId;
    this.businessId = businessId;
    this.strategy = RoutingStrategy.ROUND_ROBIN;
  }

  void configure(RoutingSettings settings) {
    strategy = settings.strategy();
    pool.clear();
    pool.addAll(settings.pool());
    excluded.clear();
    excluded.addAll(settings.excluded());
  }

  /** The pool's round robin went to {@code agent} (R5). */
  void offeredTo(Long agent) {
    lastAgentId = agent;
  }

  long businessId() {
    return businessId;
  }

  Long cursor() {
    return lastAgentId;
  }

  RoutingSettings settings() {
    return new RoutingSettings(strategy, pool, excluded);
  }
}
