package dev.callgate.kernel;

import java.util.Locale;
import java.util.Objects;

/**
 * The business's own WhatsApp phone number, digits only as the Cloud API writes it. Its country
 * decides whether business-initiated calls are allowed at all (L3), so it is parsed from the number
 * and never taken from user input.
 */
public final class BusinessNumber extends E164Number {

  private static final long serialVersionUID = 1L;
  private static final String FIELD = "phoneNumber";

  private BusinessNumber(PhoneNumbers.Parsed number) {
    super(number);
  }

  /** Accepts digits with an optional leading {@code +}; spaces and dashes are ignored. */
  public static BusinessNumber of(String raw) {
    return new BusinessNumber(PhoneNumbers.parse(raw, FIELD));
  }

  /**
   * Also refuses a number of another country than the one declared for it, which catches a number
   * registered under the wrong account or typed with the wrong country code.
   */
  public static BusinessNumber of(String raw, String expectedCountry) {
    String expected =
        Objects.requireNonNull(expectedCountry, "expectedCountry").toUpperCase(Locale.ROOT);
    BusinessNumber parsed = of(raw);
    if (!parsed.country().equals(expected)) {
      throw PhoneNumbers.invalid(
          FIELD, "number is in " + parsed.country() + ", expected " + expected);
    }
    return parsed;
  }

  // A serialized form is not trusted to hold a valid number: parse it again.
  private Object readResolve() {
    return of(value());
  }
}
