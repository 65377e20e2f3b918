package dev.callgate.console.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import dev.callgate.console.faces.Labels;
import dev.callgate.console.faces.Messages;
import dev.callgate.console.security.SignInRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sign-in form. Request-scoped rather than view-scoped like the other pages: the password must
 * not outlive the request in a view kept in the session.
 */
@Named
@RequestScoped
public class LoginBacking {

  /** One message for both cases, so the form does not tell who has an account. */
  static final String REFUSED = "Unknown e-mail or wrong password";

  private static final String HOME = "/agents.xhtml";

  @Inject private SecurityContext security;

  @Inject private SignInRefusal refusal;

  @Inject private FacesContext faces;

  @Inject private ExternalContext external;

  private String email;

  private String password;

  /** An agent who is already signed in has nothing to do here. */
  public void skipIfSignedIn() throws IOException {
    // Not SecurityContext.getCallerPrincipal(): WildFly answers "anonymous" before sign-in.
    if (external.getUserPrincipal() != null) {
      external.redirect(external.getRequestContextPath() + HOME);
    }
  }

  public void signIn() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    if (request.getSession(false) != null) {
      // A new id at sign-in makes an id planted before it (session fixation) worthless.
      request.changeSessionId();
    }
    UsernamePasswordCredential credential =
        new UsernamePasswordCredential(email, new Password(password));
    password = null;
    AuthenticationStatus status =
        security.authenticate(request, response, withParams().credential(credential));
    switch (status) {
      // The mechanism has redirected to the page the agent first asked for.
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + HOME);
      default ->
          Messages.error(
              null,
              refusal
                  .throttledUntil()
                  .map(
                      until ->
                          "Too many failed sign-ins for this e-mail. Try again after "
                              + Labels.format(until)
                              + ".")
                  .orElse(REFUSED));
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
