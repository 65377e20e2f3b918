package dev.callgate.kernel;

import java.io.Serializable;

/**
 * What {@link WaId} and {@link BusinessNumber} share: a number that passed validation, in E.164
 * digits, with the country its numbering plan assigns. The two stay distinct types so a business
 * number can never be passed where a customer's id is expected.
 */
public abstract sealed class E164Number implements Serializable permits WaId, BusinessNumber {

  private static final long serialVersionUID = 1L;

  private final PhoneNumbers.Parsed number;

  E164Number(PhoneNumbers.Parsed number) {
    this.number = number;
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
    return other != null
        && other.getClass() == getClass()
        && value().equals(((E164Number) other).value());
  }

  @Override
  public int hashCode() {
    return value().hashCode();
  }

  @Override
  public String toString() {
    return value();
  }
}
