/**
 * The XML types of the SOAP contract, in namespace {@code urn:callgate:calling:v1}. Each mirrors
 * one JSON shape of the REST contract field for field, so an integrator can switch protocols
 * without relearning the model. Money travels as decimal strings and instants as {@code
 * xs:dateTime} in UTC, exactly as in REST.
 *
 * <p>Every {@link java.time.Instant} field is marked {@code @XmlSchemaType(name = "dateTime")}: the
 * package's adapter writes it as text, and only the field-level mark makes the WSDL say so.
 *
 * <p>They are wire types with public fields: JAXB reads and writes them, and the endpoint fills
 * them from module records, so getters and setters would only add noise.
 */
@XmlSchema(namespace = CallingService.NAMESPACE)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapter(type = Instant.class, value = InstantAdapter.class)
package dev.callgate.api.soap.types;

import dev.callgate.api.soap.CallingService;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.time.Instant;
