package dev.callgate.api.soap;

import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Tells the SOAP runtime that the WS-Security header is understood. {@code ApiKeyFilter} has
 * already authenticated its UsernameToken before the SOAP stack runs; without this declaration the
 * runtime would refuse every client that marks the header {@code mustUnderstand}, as WS-Security
 * stacks do by default.
 */
public class WsSecurityHeader implements SOAPHandler<SOAPMessageContext> {

  private static final QName SECURITY =
      new QName(
          "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd",
          "Security");

  @Override
  public Set<QName> getHeaders() {
    return Set.of(SECURITY);
  }

  @Override
  public boolean handleMessage(SOAPMessageContext context) {
    return true;
  }

  @Override
  public boolean handleFault(SOAPMessageContext context) {
    return true;
  }

  @Override
  public void close(MessageContext context) {}
}
