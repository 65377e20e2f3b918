package dev.callgate.kernel;

import java.io.Serializable;

/**
 * A consumer's WhatsApp id: the E.164 number without {@code +}, as the Cloud API writes it ({@code
 * 919812345678}). Only valid numbers of a real country can exist, so rules may rely on {@link
 * #country()}.
 */
public final class WaId implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FIELD = "waId";

  private final PhoneNumbers.Parsed number;

  private WaId(PhoneNumbers.Parsed number) {
    this.number = number;
  }

  /** Accepts digits with an optional leading {@code +}; spaces and dashes are ignored. */
  public static WaId of(String raw) {
    return new WaId(PhoneNumbers.parse(raw, FIELD));
  }

  /** The E.164 digits without {@code +}. */
  public String value() {
    return number.digits();
  }

  /** ISO 3166 alpha-2 region of the number, e.g. {@code PR} for +1 787. */
  public String country() {
    return number.country();
  }

  public int countryCallingCode() {
    return number.countryCallingCode();
  }

  public String e164() {
    return "+" + number.digits();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WaId that && value().equals(that.value());
  }

  @Override
  public int hashCode() {
    return value().hashCode();
  }

  @Override
  public String toString() {
    return value();
  }

  // A serialized form is not trusted to hold a valid number: parse it again.
  private Object readResolve() {
    return of(value());
  }
}
