package dev.callgate.console.view;

import dev.callgate.accounts.ApiKeyService;
import dev.callgate.accounts.ApiKeyView;
import dev.callgate.accounts.IssuedApiKey;
import dev.callgate.console.faces.Messages;
import dev.callgate.console.security.CurrentAgent;
import dev.callgate.kernel.CallingException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The business's API keys (owners and superadmins only; web.xml guards the page). A new key's
 * secret is shown once, in a dialog, and forgotten when the dialog closes: accounts stores only its
 * hash, so nobody can show it again.
 */
@Named
@ViewScoped
public class ApiKeysBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApiKeyService keys;

  @Inject private CurrentAgent me;

  private transient List<ApiKeyView> list;

  private String name;

  // Transient: a secret must never be written out with a serialized session.
  private transient String issuedSecret;
  private String issuedName;

  public List<ApiKeyView> getKeys() {
    if (list == null) {
      list = keys.keys(me.getBusinessId());
    }
    return list;
  }

  public void issue() {
    try {
      IssuedApiKey issued = keys.issue(me.actor(), name);
      issuedSecret = issued.secret();
      issuedName = issued.key().name();
      name = null;
      list = null;
    } catch (CallingException refused) {
      Messages.refused(refused);
    }
  }

  public void forgetSecret() {
    issuedSecret = null;
    issuedName = null;
  }

  public void revoke(ApiKeyView key) {
    try {
      ApiKeyView revoked = keys.revoke(me.actor(), key.id());
      Messages.info(
          "Key \"" + revoked.name() + "\" revoked", "Requests with it are refused from now on");
    } catch (CallingException refused) {
      Messages.refused(refused);
    }
    list = null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIssuedSecret() {
    return issuedSecret;
  }

  public String getIssuedName() {
    return issuedName;
  }
}
