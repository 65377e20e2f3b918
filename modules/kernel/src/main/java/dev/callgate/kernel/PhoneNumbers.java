package dev.callgate.kernel;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one parser behind {@link WaId} and {@link BusinessNumber}. The country always comes from
 * libphonenumber's numbering plan, never from the calling code alone: +1 787 is Puerto Rico, not
 * the United States (B4), and the L3 country check depends on that.
 */
final class PhoneNumbers {

  /** E.164 allows at most 15 digits; libphonenumber would otherwise accept up to 17. */
  private static final int MAX_DIGITS = 15;

  private static final Pattern SEPARATORS = Pattern.compile("[ \\-]");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final String NON_GEOGRAPHIC = "001";

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** A number that passed validation, in canonical E.164 digits. */
  record Parsed(String digits, String country, int countryCallingCode) implements Serializable {}

  private PhoneNumbers() {}

  /** Refuses with a {@code validation_failed} error naming {@code field}. */
  static Parsed parse(String raw, String field) {
    if (raw == null || raw.isBlank()) {
      throw invalid(field, "is required");
    }
    String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
    if (digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    if (!DIGITS.matcher(digits).matches()) {
      throw invalid(field, "must be digits in international format, e.g. 919812345678");
    }
    if (digits.length() > MAX_DIGITS) {
      throw invalid(field, "has more than " + MAX_DIGITS + " digits");
    }
    PhoneNumber number;
    try {
      number = UTIL.parse("+" + digits, null);
    } catch (NumberParseException e) {
      throw invalid(field, reason(e));
    }
    if (!UTIL.isValidNumber(number)) {
      throw invalid(field, "is not a valid phone number");
    }
    String country = UTIL.getRegionCodeForNumber(number);
    // Global services such as +800 belong to no country, so no market or country rule applies.
    if (country == null || NON_GEOGRAPHIC.equals(country)) {
      throw invalid(field, "is not a number of any country");
    }
    // Canonical form, so "+44 020..." and "4420..." are the same number.
    String canonical = UTIL.format(number, PhoneNumberFormat.E164).substring(1);
    return new Parsed(canonical, country, number.getCountryCode());
  }

  static CallingException invalid(String field, String problem) {
    return CallingException.validation(List.of(new FieldProblem(field, problem)));
  }

  private static String reason(NumberParseException e) {
    return switch (e.getErrorType()) {
      case INVALID_COUNTRY_CODE -> "does not start with a known country calling code";
      case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "is too short";
      case TOO_LONG -> "is too long";
      default -> "is not a phone number";
    };
  }
}
