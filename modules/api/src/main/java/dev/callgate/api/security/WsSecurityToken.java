package dev.callgate.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the password of a WS-Security UsernameToken from a buffered SOAP request: SOAP clients that
 * cannot set HTTP headers present their API key there instead.
 */
final class WsSecurityToken {

  private static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
  private static final XMLInputFactory XML = hardenedFactory();

  private WsSecurityToken() {}

  static Optional<String> password(HttpServletRequest request) {
    if (!(request instanceof BufferedRequest buffered)) {
      return Optional.empty();
    }
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(buffered.body()));
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT
            && WSSE.equals(reader.getNamespaceURI())
            && "Password".equals(reader.getLocalName())) {
          return Optional.of(reader.getElementText().trim());
        }
      }
    } catch (XMLStreamException malformed) {
      // not a readable envelope: no token; the SOAP stack reports the malformed body itself
    }
    return Optional.empty();
  }

  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }
}
