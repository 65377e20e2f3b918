package dev.callgate.console.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How the console authenticates: a form on the console's own sign-in page, checked by {@link
 * AgentIdentityStore}. A visitor who asks for a protected page is redirected (not forwarded) to
 * sign in, so the browser's address bar always names the page it shows, and returns to the page
 * first asked for afterwards. An empty error page lets the sign-in page report a failure itself.
 * The roles are those of rule A1; web.xml says which role may open which page.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"OWNER", "SUPERADMIN", "SALES_LEAD", "ADMIN", "TEAMMATE"})
@ApplicationScoped
public class ConsoleSecurity {}
