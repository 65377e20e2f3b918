/**
 * Tests against a real WildFly: Arquillian in-container tests of the modules, black-box {@code *IT}
 * tests of REST, SOAP and webhooks over HTTP, and browser tests of the console. The server starts
 * once per failsafe run; each class deploys the EAR through {@link Deployments}.
 */
package dev.callgate.it;
