package dev.callgate.accounts.internal;

import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "accounts_agent")
@NamedQuery(
    name = Agent.BY_BUSINESS,
    query =
        "select a from Agent a left join fetch a.team where a.businessId = :business order by a.name")
@NamedQuery(
    name = Agent.BY_EMAIL,
    query = "select a from Agent a where lower(a.email) = lower(:email)")
public class Agent {

  static final String BY_BUSINESS = "Agent.byBusiness";
  static final String BY_EMAIL = "Agent.byEmail";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_id")
  private long businessId;

  private String name;

  private String email;

  /** Jakarta Security's PBKDF2 format; the console's identity store reads this column. */
  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private Role role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  @Version private long version;

  protected Agent() {}

  public Agent(
      long businessId, String name, String email, String passwordHash, Role role, Team team) {
    this.businessId = businessId;
    this.name = name;
    this.email = email.toLowerCase(java.util.Locale.ROOT);
    this.passwordHash = passwordHash;
    this.role = role;
    this.team = team;
  }

  String passwordHash() {
    return passwordHash;
  }

  public Long id() {
    return id;
  }

  public long businessId() {
    return businessId;
  }

  public AgentView view() {
    return new AgentView(
        id,
        businessId,
        name,
        email,
        role,
        team == null ? null : team.id(),
        team == null ? null : team.name());
  }
}
