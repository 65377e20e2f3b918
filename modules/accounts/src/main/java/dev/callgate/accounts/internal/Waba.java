package dev.callgate.accounts.internal;

import dev.callgate.cloudapi.CloudApiAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A WhatsApp Business Account; its Cloud API credentials override the configured defaults. */
@Entity
@Table(name = "accounts_waba")
@NamedQuery(
    name = Waba.OWN_SECRETS,
    query =
        "select w.id, w.appSecret from Waba w where w.id in :ids and w.appSecret is not null"
            + " and w.appSecret <> ''")
public class Waba {

  static final String OWN_SECRETS = "Waba.ownSecrets";

  @Id private String id;

  @Column(name = "business_id")
  private long businessId;

  private String name;

  @Column(name = "api_base_url")
  private String apiBaseUrl;

  @Column(name = "graph_version")
  private String graphVersion;

  @Column(name = "access_token")
  private String accessToken;

  @Column(name = "app_secret")
  private String appSecret;

  protected Waba() {}

  public Waba(String id, long businessId, String name) {
    this.id = id;
    this.businessId = businessId;
    this.name = name;
  }

  public String id() {
    return id;
  }

  public long businessId() {
    return businessId;
  }

  /** This WABA's Cloud API account: its own settings where set, the defaults elsewhere. */
  CloudApiAccount cloudApiAccount(CloudApiDefaults defaults) {
    return defaults.merge(apiBaseUrl, graphVersion, accessToken, appSecret);
  }
}
