package dev.callgate.api.soap;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Node;

/**
 * Gives every fault leaving the SOAP stack the contract's shape. A fault carrying a {@code
 * CallingError} gets {@code soap:Client} when its code is the caller's mistake (HTTP 4xx) and
 * {@code soap:Server} only for Callgate's own failures; JAX-WS would mark them all Server. A fault
 * of the stack itself (a parameter it could not read) has its parser's words replaced by the
 * contract's error and gets a {@code CallingError} detail too.
 */
public class FaultCodes implements SOAPHandler<SOAPMessageContext> {

  private static final String ENVELOPE = SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE;

  @Override
  public boolean handleFault(SOAPMessageContext context) {
    try {
      SOAPFault fault = context.getMessage().getSOAPBody().getFault();
      if (fault != null) {
        shape(fault);
      }
    } catch (SOAPException e) {
      throw new IllegalStateException("The fault message cannot be read", e);
    }
    return true;
  }

  private static void shape(SOAPFault fault) throws SOAPException {
    SOAPElement error = callingError(fault);
    if (error == null) {
      CallingException e = stackFault(fault.getFaultCodeAsQName().getLocalPart());
      fault.setFaultString(e.getMessage());
      Detail detail = fault.getDetail() == null ? fault.addDetail() : fault.getDetail();
      error = detail.addChildElement(new QName(CallingService.NAMESPACE, "CallingError", "ns"));
      error.addChildElement("code").addTextNode(String.valueOf(e.code().code()));
      error.addChildElement("title").addTextNode(e.code().title());
      error.addChildElement("message").addTextNode(e.getMessage());
      error.addChildElement("resolution").addTextNode(e.resolution());
      for (FieldProblem p : e.fields()) {
        SOAPElement fields = error.addChildElement("fields");
        fields.addChildElement("field").addTextNode(p.field());
        fields.addChildElement("problem").addTextNode(p.problem());
      }
    }
    int status = ErrorCode.forCode(text(error, "code")).map(ErrorCode::httpStatus).orElse(500);
    String code = SoapFaults.faultCode(status);
    fault.setFaultCode(new QName(ENVELOPE, code.substring(code.indexOf(':') + 1), "soap"));
  }

  /**
   * The stack's own faults: Server is ours, Client, MustUnderstand and VersionMismatch the
   * caller's.
   */
  private static CallingException stackFault(String code) {
    return switch (code) {
      case "Server" -> CallingException.of(ErrorCode.INTERNAL_ERROR, "Unexpected failure");
      case "MustUnderstand" ->
          CallingException.validation(
              List.of(
                  new FieldProblem(
                      "Header", "holds a header marked mustUnderstand that is not understood")));
      default ->
          CallingException.validation(
              List.of(new FieldProblem("body", "could not be read as this operation's input")));
    };
  }

  private static SOAPElement callingError(SOAPFault fault) {
    Detail detail = fault.getDetail();
    if (detail == null) {
      return null;
    }
    for (Iterator<?> it = detail.getChildElements(); it.hasNext(); ) {
      if (it.next() instanceof SOAPElement e
          && CallingService.NAMESPACE.equals(e.getNamespaceURI())
          && "CallingError".equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static String text(SOAPElement parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (name.equals(n.getLocalName())) {
        return n.getTextContent().strip();
      }
    }
    return null;
  }

  @Override
  public boolean handleMessage(SOAPMessageContext context) {
    return true;
  }

  @Override
  public Set<QName> getHeaders() {
    return Set.of();
  }

  @Override
  public void close(MessageContext context) {}
}
