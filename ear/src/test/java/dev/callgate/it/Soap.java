package dev.callgate.it;

import dev.callgate.it.Http.Reply;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.xml.namespace.QName;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.jaxws.endpoint.dynamic.JaxWsDynamicClientFactory;
import org.apache.cxf.message.Message;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SOAP for black-box tests of {@code CallingService}, two ways. A client generated at run time from
 * the WSDL the server serves (CXF's dynamic client runs XJC and javac on it), so that a contract
 * that drifts breaks a test the way it would break an integrator's build; and raw envelopes over
 * HTTP, for what a generated client hides (a missing key, a WS-Security header).
 */
public final class Soap {

  public static final String NAMESPACE = "urn:callgate:calling:v1";
  public static final String PATH = "/api/soap/CallingService";

  private static final String ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";
  private static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
  private static final String PASSWORD_TEXT =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
          + "#PasswordText";

  /** Generated on first use and kept until {@link #destroy()}: XJC and javac take seconds. */
  private static Client client;

  private Soap() {}

  /** The generated client's answer to one operation, sent with the given API key as Bearer. */
  public static Object invoke(String apiKey, String operation, Object... arguments)
      throws Exception {
    Client soap = client();
    // mutable: CXF adds SOAPAction to this same map
    Map<String, List<String>> headers = new HashMap<>();
    headers.put("Authorization", List.of("Bearer " + apiKey));
    soap.getRequestContext().put(Message.PROTOCOL_HEADERS, headers);
    Object[] result = soap.invoke(operation, arguments);
    return result == null || result.length == 0 ? null : result[0];
  }

  /** A constant of the enum XJC generated for one parameter of an operation. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Object enumArgument(String operation, int parameter, String constant) {
    Class type =
        client()
            .getEndpoint()
            .getBinding()
            .getBindingInfo()
            .getOperation(new QName(NAMESPACE, operation))
            .getUnwrappedOperation()
            .getInput()
            .getMessageParts()
            .get(parameter)
            .getTypeClass();
    return Enum.valueOf(type, constant);
  }

  /** A property of a generated bean, through its getter ({@code getX} or {@code isX}). */
  public static Object property(Object bean, String name) throws Exception {
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (Method m : bean.getClass().getMethods()) {
      if (m.getParameterCount() == 0
          && (m.getName().equals("get" + suffix) || m.getName().equals("is" + suffix))) {
        return m.invoke(bean);
      }
    }
    throw new AssertionError(bean.getClass() + " has no property " + name);
  }

  /**
   * The fault bean of the fault the call must raise, as a generated client hands it over: an
   * exception class generated for the WSDL fault, holding the JAXB {@code CallingError}.
   */
  public static Object faultInfo(Callable<?> call) throws Exception {
    try {
      call.call();
    } catch (Exception thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        for (Method m : t.getClass().getMethods()) {
          if (m.getName().equals("getFaultInfo") && m.getParameterCount() == 0) {
            return m.invoke(t);
          }
        }
      }
      throw new AssertionError("expected a fault declared in the WSDL", thrown);
    }
    throw new AssertionError("expected a SOAP fault, the call succeeded");
  }

  /** Posts a SOAP 1.1 envelope; {@code bearerKey} null sends no Authorization header. */
  public static Reply post(String bearerKey, String header, String body) {
    String envelope =
        "<soapenv:Envelope xmlns:soapenv=\""
            + ENVELOPE
            + "\" xmlns:cg=\""
            + NAMESPACE
            + "\">"
            + header
            + "<soapenv:Body>"
            + body
            + "</soapenv:Body></soapenv:Envelope>";
    return Http.withKey(bearerKey).send("POST", PATH, "text/xml; charset=UTF-8", envelope);
  }

  /**
   * A SOAP header with a WS-Security UsernameToken (plain-text password) marked {@code
   * mustUnderstand}, as WS-Security stacks send it.
   */
  public static String usernameTokenHeader(String username, String password) {
    return "<soapenv:Header><wsse:Security soapenv:mustUnderstand=\"1\" xmlns:wsse=\""
        + WSSE
        + "\"><wsse:UsernameToken><wsse:Username>"
        + username
        + "</wsse:Username><wsse:Password Type=\""
        + PASSWORD_TEXT
        + "\">"
        + password
        + "</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>";
  }

  /** The {@code CallingError} detail of a raw fault answer. */
  public static Element faultDetail(Reply reply) {
    Document answer = Xml.parse(reply.body());
    Xml.first(answer, ENVELOPE, "Fault");
    return Xml.first(answer, NAMESPACE, "CallingError");
  }

  public static synchronized void destroy() {
    if (client != null) {
      client.destroy();
      client = null;
    }
  }

  private static synchronized Client client() {
    if (client == null) {
      // createClient leaves its class loader on the thread; the other tests must not inherit it
      ClassLoader before = Thread.currentThread().getContextClassLoader();
      try {
        String wsdl = TestServer.uri(PATH + "?wsdl").toString();
        client = JaxWsDynamicClientFactory.newInstance().createClient(wsdl);
      } finally {
        Thread.currentThread().setContextClassLoader(before);
      }
    }
    return client;
  }
}
