package dev.callgate.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "accounts_team")
public class Team {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_id")
  private long businessId;

  private String name;

  protected Team() {}

  public Team(long businessId, String name) {
    this.businessId = businessId;
    this.name = name;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }
}
