package dev.callgate.api.security;

import dev.callgate.kernel.CallingException;

/**
 * A SOAP 1.1 fault carrying the contract's error shape, for refusals made before the SOAP stack
 * runs (no key). Faults raised inside operations come from the JAX-WS fault bean instead, with the
 * same element names.
 */
final class SoapFaults {

  private SoapFaults() {}

  static String envelope(CallingException e) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
        + "<soap:Fault><faultcode>soap:Client</faultcode><faultstring>"
        + escape(e.getMessage())
        + "</faultstring><detail><ns:CallingError xmlns:ns=\"urn:callgate:calling:v1\">"
        + "<code>"
        + escape(String.valueOf(e.code().code()))
        + "</code>"
        + "<title>"
        + escape(e.code().title())
        + "</title>"
        + "<message>"
        + escape(e.getMessage())
        + "</message>"
        + "<resolution>"
        + escape(e.resolution())
        + "</resolution>"
        + "</ns:CallingError></detail></soap:Fault></soap:Body></soap:Envelope>";
  }

  private static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }
}
