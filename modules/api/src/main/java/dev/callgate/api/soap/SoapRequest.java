package dev.callgate.api.soap;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.kernel.input.BodyTooLargeException;
import dev.callgate.kernel.input.BoundedInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SOAP request read whole, within its byte limit, and parsed once before the SOAP stack sees it:
 * so that a body too large is refused before any parsing (with or without a key), a body that is
 * not a SOAP 1.1 envelope is a client fault in the contract's shape rather than the parser's own
 * words, the WS-Security password can be read for authentication, and the operation's parameters
 * can be checked ({@link SoapParameters}) before JAXB quietly turns a bad one into 0 or null.
 */
public final class SoapRequest {

  static final String ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";
  private static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

  private final BufferedRequest request;
  private final Element body;
  private final Element header;

  private SoapRequest(BufferedRequest request, Element header, Element body) {
    this.request = request;
    this.header = header;
    this.body = body;
  }

  /** Reads and parses the envelope; refuses with 413 or a 400 validation_failed. */
  public static SoapRequest read(HttpServletRequest request, long limit) throws IOException {
    byte[] bytes;
    try {
      if (request.getContentLengthLong() > limit) {
        throw new BodyTooLargeException(limit);
      }
      bytes = BoundedInputStream.readAll(request.getInputStream(), limit);
    } catch (BodyTooLargeException e) {
      throw CallingException.of(ErrorCode.PAYLOAD_TOO_LARGE, e.getMessage());
    }
    Element envelope = parse(bytes).getDocumentElement();
    if (!is(envelope, ENVELOPE, "Envelope")) {
      throw refused("is not a SOAP 1.1 envelope ({" + ENVELOPE + "}Envelope)");
    }
    Element header = null;
    Element body = null;
    for (Element child : children(envelope)) {
      if (is(child, ENVELOPE, "Header")) {
        header = child;
      } else if (is(child, ENVELOPE, "Body")) {
        body = child;
      }
    }
    if (body == null) {
      throw refused("is a SOAP envelope without a Body");
    }
    return new SoapRequest(new BufferedRequest(request, bytes), header, body);
  }

  /** The request to pass on: its body can be read again by the SOAP stack. */
  public HttpServletRequest request() {
    return request;
  }

  /** The password of a WS-Security UsernameToken, if the header holds one. */
  public Optional<String> wsSecurityPassword() {
    if (header == null) {
      return Optional.empty();
    }
    var passwords = header.getElementsByTagNameNS(WSSE, "Password");
    return passwords.getLength() == 0
        ? Optional.empty()
        : Optional.of(passwords.item(0).getTextContent().strip());
  }

  /** Whether the header holds a WS-Security UsernameToken at all. */
  public boolean hasUsernameToken() {
    return header != null && header.getElementsByTagNameNS(WSSE, "UsernameToken").getLength() > 0;
  }

  /** Refuses an unknown operation or a parameter JAXB would alter, with every problem at once. */
  public void checkOperation() {
    List<Element> operations = children(body);
    if (operations.size() != 1) {
      throw CallingException.validation(
          List.of(new FieldProblem("Body", "must hold exactly one operation element")));
    }
    List<FieldProblem> problems = SoapParameters.check(operations.get(0));
    if (!problems.isEmpty()) {
      throw CallingException.validation(problems);
    }
  }

  private static Document parse(byte[] bytes) {
    try {
      return builder().parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      if (new String(bytes, StandardCharsets.ISO_8859_1).contains("<!DOCTYPE")) {
        throw refused("must not declare a DTD");
      }
      throw refused(
          "is not well-formed XML (line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ")");
    } catch (SAXException | IOException e) {
      throw refused("is not well-formed XML");
    }
  }

  /** No DTDs at all: no external entities to fetch, no entity expansion to bomb the server. */
  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // reports by exception only, never on the server console
      builder.setErrorHandler(new DefaultHandler());
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be hardened", e);
    }
  }

  static List<Element> children(Element parent) {
    List<Element> children = new java.util.ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        children.add(e);
      }
    }
    return children;
  }

  static boolean is(Element element, String namespace, String localName) {
    return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
  }

  private static CallingException refused(String problem) {
    return CallingException.validation(List.of(new FieldProblem("body", problem)));
  }
}
