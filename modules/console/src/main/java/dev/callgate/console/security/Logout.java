package dev.callgate.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The header's log-out button: ends the authentication and the whole session. */
@Named
@RequestScoped
public class Logout {

  @Inject private HttpServletRequest request;

  @Inject private ExternalContext external;

  public void submit() throws ServletException, IOException {
    request.logout();
    // Invalidating drops everything the session held: views, view-scoped beans, CurrentAgent.
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }
}
