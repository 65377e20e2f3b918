package dev.callgate.api.security;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.ApiCaller;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of the current request, set by {@link ApiKeyFilter}. */
@RequestScoped
public class CurrentCaller {

  private ApiCaller caller;
  private String source;

  void set(ApiCaller caller, String source) {
    this.caller = caller;
    this.source = source;
  }

  public long businessId() {
    return require().businessId();
  }

  /** The caller as the audit log records it. */
  public Actor actor() {
    return require().actor(source);
  }

  private ApiCaller require() {
    if (caller == null) {
      throw new IllegalStateException("No authenticated caller on this request");
    }
    return caller;
  }
}
