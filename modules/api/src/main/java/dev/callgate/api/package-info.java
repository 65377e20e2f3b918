/**
 * The integrator-facing API WAR, mounted at {@code /api}: REST under {@code /api/v1}, SOAP under
 * {@code /api/soap}, OpenAPI at {@code /api/openapi}. It only translates: every decision is made by
 * the module services it calls, so REST and SOAP never disagree.
 */
package dev.callgate.api;
