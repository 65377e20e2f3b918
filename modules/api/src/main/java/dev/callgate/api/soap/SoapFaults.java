package dev.callgate.api.soap;

import dev.callgate.api.errors.ErrorBody;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A SOAP 1.1 fault carrying the contract's error shape, for refusals made before the SOAP stack
 * runs (a body too large, not a SOAP envelope, no key, a malformed parameter). Faults raised inside
 * operations come from the JAX-WS fault bean instead, with the same element names. {@code
 * soap:Client} for the caller's mistakes, {@code soap:Server} for Callgate's own failures.
 */
public final class SoapFaults {

  private SoapFaults() {}

  /**
   * Answers with the fault. SOAP 1.1 over HTTP answers a fault with 500 (WS-I Basic Profile R1126),
   * which is what SOAP clients parse a fault from; only the refusals HTTP itself has words for keep
   * their status: 401 (no or a bad key) and 413 (a body over the limit).
   */
  public static void write(HttpServletResponse response, CallingException e) throws IOException {
    int status = e.code().httpStatus();
    ErrorBody.closeAfterTooLarge(response, e);
    response.setStatus(status == 401 || status == 413 ? status : 500);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("text/xml");
    response.getWriter().write(envelope(e));
  }

  static String faultCode(int httpStatus) {
    return httpStatus < 500 ? "soap:Client" : "soap:Server";
  }

  static String envelope(CallingException e) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope"
                + " xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<soap:Fault><faultcode>");
    xml.append(faultCode(e.code().httpStatus()))
        .append("</faultcode><faultstring>")
        .append(escape(e.getMessage()))
        .append("</faultstring><detail><ns:CallingError xmlns:ns=\"")
        .append(CallingService.NAMESPACE)
        .append("\">");
    element(xml, "code", String.valueOf(e.code().code()));
    element(xml, "title", e.code().title());
    element(xml, "message", e.getMessage());
    element(xml, "resolution", e.resolution());
    if (e.rule() != null) {
      element(xml, "rule", e.rule());
    }
    for (FieldProblem p : e.fields()) {
      xml.append("<fields>");
      element(xml, "field", p.field());
      element(xml, "problem", p.problem());
      xml.append("</fields>");
    }
    return xml.append("</ns:CallingError></detail></soap:Fault></soap:Body></soap:Envelope>")
        .toString();
  }

  private static void element(StringBuilder xml, String name, String text) {
    xml.append('<').append(name).append('>').append(escape(text)).append("</").append(name);
    xml.append('>');
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
