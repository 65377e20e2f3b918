package dev.callgate.accounts.internal;

import dev.callgate.accounts.ApiKeyView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "accounts_api_key")
@NamedQuery(name = ApiKey.BY_HASH, query = "select k from ApiKey k where k.secretHash = :hash")
@NamedQuery(
    name = ApiKey.TOUCH,
    query =
        "update ApiKey k set k.lastUsedAt = :now where k.id = :id"
            + " and (k.lastUsedAt is null or k.lastUsedAt < :staleBefore)")
@NamedQuery(
    name = ApiKey.BY_BUSINESS,
    query =
        "select k from ApiKey k where k.businessId = :business order by k.createdAt desc, k.id desc")
public class ApiKey {

  static final String BY_HASH = "ApiKey.byHash";
  static final String BY_BUSINESS = "ApiKey.byBusiness";
  static final String TOUCH = "ApiKey.touch";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_id")
  private long businessId;

  private String name;

  private String prefix;

  @Column(name = "secret_hash")
  private String secretHash;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected ApiKey() {}

  public ApiKey(
      long businessId,
      String name,
      String prefix,
      String secretHash,
      String createdBy,
      Instant at) {
    this.businessId = businessId;
    this.name = name;
    this.prefix = prefix;
    this.secretHash = secretHash;
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  /** Returns whether this call revoked it (false when it already was). */
  public boolean revoke(Instant at) {
    if (revokedAt != null) {
      return false;
    }
    revokedAt = at;
    return true;
  }

  public boolean active() {
    return revokedAt == null;
  }

  public String prefix() {
    return prefix;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public long businessId() {
    return businessId;
  }

  public ApiKeyView view() {
    return new ApiKeyView(
        id, businessId, name, prefix, createdBy, createdAt, revokedAt, lastUsedAt);
  }
}
