package dev.callgate.accounts.internal;

import dev.callgate.accounts.BusinessView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "accounts_business")
public class Business {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  private boolean crm;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Business() {}

  public Business(String name, boolean crm, Instant createdAt) {
    this.name = name;
    this.crm = crm;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public BusinessView view() {
    return new BusinessView(id, name, crm);
  }
}
