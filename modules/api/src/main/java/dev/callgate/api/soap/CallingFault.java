package dev.callgate.api.soap;

import dev.callgate.api.soap.types.CallingError;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import jakarta.xml.ws.WebFault;

/**
 * Every refusal of {@link CallingService}: a SOAP fault whose detail is the contract's error shape,
 * so that SOAP and REST integrators read the same code, message and resolution.
 */
@WebFault(name = "CallingError", targetNamespace = CallingService.NAMESPACE)
public class CallingFault extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient CallingError faultInfo;

  public CallingFault(String message, CallingError faultInfo) {
    super(message);
    this.faultInfo = faultInfo;
  }

  public CallingFault(String message, CallingError faultInfo, Throwable cause) {
    super(message, cause);
    this.faultInfo = faultInfo;
  }

  /** The fault detail; JAX-WS finds it by this name. */
  public CallingError getFaultInfo() {
    return faultInfo;
  }

  public static CallingFault of(CallingException e) {
    return new CallingFault(e.getMessage(), CallingError.of(e), e);
  }

  /**
   * The honest answer of an operation whose module is not deployed yet: the WSDL already holds its
   * final signature, but no fake result is ever returned.
   */
  static CallingFault notImplemented(String operation, String missing) {
    return of(
        CallingException.of(
            ErrorCode.NOT_IMPLEMENTED,
            operation + " is not available yet: " + missing + " is not deployed in this version"));
  }
}
