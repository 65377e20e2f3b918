/**
 * The SOAP face of the integrator API at {@code /api/soap/CallingService} (document/literal
 * wrapped, namespace {@code urn:callgate:calling:v1}): the {@link
 * dev.callgate.api.soap.CallingService} contract, its endpoint, and the fault that carries the
 * contract's error shape. It calls the same module services as REST, so the two never disagree; the
 * XML types live in {@code types}.
 */
package dev.callgate.api.soap;
