package dev.callgate.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Http.Reply;
import dev.callgate.it.Soap;
import dev.callgate.it.Xml;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads refusals in the contract's one error shape, REST and SOAP, asserting the shape itself. */
final class Refusals {

  private static final String ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";

  private Refusals() {}

  /** The REST error object, after checking status, code and the shape's fields. */
  static JsonObject rest(Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonObject error = reply.error();
    assertThat(error.getString("code")).isEqualTo(code);
    assertThat(error.getString("title")).isNotBlank();
    assertThat(error.getString("message")).isNotBlank();
    assertThat(error.getString("resolution")).isNotBlank();
    assertThat(error).containsKeys("retryAfter", "rule", "upstreamCode");
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    return error;
  }

  /** The fields of a REST validation_failed, field to problem, in the order given. */
  static Map<String, String> restFields(Reply reply) {
    JsonObject error = rest(reply, 400, "validation_failed");
    Map<String, String> fields = new LinkedHashMap<>();
    error
        .getJsonArray("fields")
        .getValuesAs(JsonObject.class)
        .forEach(f -> fields.put(f.getString("field"), f.getString("problem")));
    return fields;
  }

  /** A SOAP fault: its faultcode's local part and its CallingError detail. */
  record Fault(String faultCode, String faultString, Element error) {

    String code() {
      return Xml.text(error, "code");
    }

    Map<String, String> fields() {
      Map<String, String> fields = new LinkedHashMap<>();
      NodeList items = error.getElementsByTagName("fields");
      for (int i = 0; i < items.getLength(); i++) {
        Element item = (Element) items.item(i);
        fields.put(Xml.text(item, "field"), Xml.text(item, "problem"));
      }
      return fields;
    }
  }

  static Fault soap(Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
    Document answer = Xml.parse(reply.body());
    Element fault = Xml.first(answer, ENVELOPE, "Fault");
    String faultCode = Xml.text(fault, "faultcode");
    Fault parsed =
        new Fault(
            faultCode.substring(faultCode.indexOf(':') + 1),
            Xml.text(fault, "faultstring"),
            Soap.faultDetail(reply));
    assertThat(parsed.code()).isNotBlank();
    assertThat(Xml.text(parsed.error(), "message")).isNotBlank();
    assertThat(Xml.text(parsed.error(), "resolution")).isNotBlank();
    return parsed;
  }

  /** A fault for the caller's mistake: soap:Client with validation_failed. */
  static Fault soapInvalid(Reply reply) {
    Fault fault = soap(reply, 500);
    assertThat(fault.faultCode()).as(reply.body()).isEqualTo("Client");
    assertThat(fault.code()).isEqualTo("validation_failed");
    return fault;
  }
}
