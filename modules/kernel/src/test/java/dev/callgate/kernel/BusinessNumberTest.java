package dev.callgate.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class BusinessNumberTest {

  @Test
  void parsesLikeAWaId() {
    BusinessNumber number = BusinessNumber.of("+91 98123 45678");

    assertThat(number.value()).isEqualTo("919812345678");
    assertThat(number.country()).isEqualTo("IN");
    assertThat(number.countryCallingCode()).isEqualTo(91);
    assertThat(number.e164()).isEqualTo("+919812345678");
    assertThat(number).hasToString("919812345678").isEqualTo(BusinessNumber.of("919812345678"));
  }

  @Test
  void L3_countryComesFromTheNumberItself() {
    assertThat(BusinessNumber.of("12127365000").country()).isEqualTo("US");
    assertThat(BusinessNumber.of("17872345678").country()).isEqualTo("PR");
    assertThat(BusinessNumber.of("16135550123").country()).isEqualTo("CA");
  }

  @Test
  void expectedCountryIsAccepted() {
    assertThat(BusinessNumber.of("5511987654321", "BR").country()).isEqualTo("BR");
    assertThat(BusinessNumber.of("5511987654321", "br").country()).isEqualTo("BR");
  }

  @Test
  void wrongCountryIsRefused() {
    CallingException e =
        catchThrowableOfType(
            CallingException.class, () -> BusinessNumber.of("5511987654321", "IN"));

    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(e.fields())
        .containsExactly(new FieldProblem("phoneNumber", "number is in BR, expected IN"));
  }

  @Test
  void L3_sameCallingCodeButOtherCountryIsRefused() {
    CallingException e =
        catchThrowableOfType(CallingException.class, () -> BusinessNumber.of("17872345678", "US"));

    assertThat(e.fields())
        .singleElement()
        .extracting(FieldProblem::problem)
        .isEqualTo("number is in PR, expected US");
  }

  @Test
  void invalidNumberNamesThePhoneNumberField() {
    CallingException e =
        catchThrowableOfType(CallingException.class, () -> BusinessNumber.of("12ab"));

    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(e.fields()).singleElement().extracting(FieldProblem::field).isEqualTo("phoneNumber");
  }

  @Test
  void isNotEqualToTheSameDigitsAsAWaId() {
    assertThat((Object) BusinessNumber.of("919812345678")).isNotEqualTo(WaId.of("919812345678"));
  }
}
