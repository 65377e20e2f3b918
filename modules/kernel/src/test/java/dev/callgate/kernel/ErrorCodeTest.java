package dev.callgate.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

  @Test
  void P4_tooManyRequestsIsNumeric138011With429() {
    assertThat(ErrorCode.TOO_MANY_CPR_REQUESTS.code()).isEqualTo(138011);
    assertThat(ErrorCode.TOO_MANY_CPR_REQUESTS.numeric()).isTrue();
    assertThat(ErrorCode.TOO_MANY_CPR_REQUESTS.httpStatus()).isEqualTo(429);
    assertThat(ErrorCode.TOO_MANY_CPR_REQUESTS.title()).isEqualTo("Too many CPR requests");
  }

  @Test
  void callingCodesAreIntegersAsInTheErrorTable() {
    assertThat(ErrorCode.NO_APPROVED_PERMISSION.code()).isEqualTo(138006);
    assertThat(ErrorCode.CPR_EXPIRED.code()).isEqualTo(138010);
    assertThat(ErrorCode.CALL_LIMIT_EXCEEDED.code()).isEqualTo(138012);
    assertThat(ErrorCode.COUNTRY_UNAVAILABLE.code()).isEqualTo(138013);
    assertThat(ErrorCode.INVALID_SDP.code()).isEqualTo(138014);
    assertThat(ErrorCode.CALL_ONGOING.code()).isEqualTo(138003);
    assertThat(ErrorCode.PERMANENT_PERMISSION_EXISTS.code()).isEqualTo(138017);
    assertThat(Arrays.stream(ErrorCode.values()).filter(ErrorCode::numeric))
        .allSatisfy(c -> assertThat(c.code()).isInstanceOf(Integer.class))
        .hasSize(8);
  }

  @Test
  void L5_insufficientBalanceIsAStringCodeWith402() {
    assertThat(ErrorCode.INSUFFICIENT_BALANCE.code()).isEqualTo("insufficient_balance");
    assertThat(ErrorCode.INSUFFICIENT_BALANCE.numeric()).isFalse();
    assertThat(ErrorCode.INSUFFICIENT_BALANCE.httpStatus()).isEqualTo(402);
  }

  @Test
  void callgateCodesAreLowercaseSnakeCaseStrings() {
    assertThat(Arrays.stream(ErrorCode.values()).filter(c -> !c.numeric()))
        .allSatisfy(
            c ->
                assertThat((String) c.code()).matches("[a-z_]+").isEqualTo(c.name().toLowerCase()));
  }

  @Test
  void everyCodeIsUniqueAndExplainsItself() {
    assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code)).doesNotHaveDuplicates();
    assertThat(ErrorCode.values())
        .allSatisfy(
            c -> {
              assertThat(c.title()).isNotBlank();
              assertThat(c.resolution()).isNotBlank().isNotEqualTo(c.title());
              assertThat(c.httpStatus()).isBetween(400, 599);
            });
  }

  @Test
  void P1_resolutionTellsToRequestPermissionFirst() {
    assertThat(ErrorCode.NO_APPROVED_PERMISSION.resolution())
        .isEqualTo("Request a call permission from the customer first");
  }

  @Test
  void forCodeMatchesNumbersAndStringsWhateverTheirJavaType() {
    assertThat(ErrorCode.forCode(138006)).contains(ErrorCode.NO_APPROVED_PERMISSION);
    assertThat(ErrorCode.forCode(138006L)).contains(ErrorCode.NO_APPROVED_PERMISSION);
    assertThat(ErrorCode.forCode("138003")).contains(ErrorCode.CALL_ONGOING);
    assertThat(ErrorCode.forCode("no_rate_for_market")).contains(ErrorCode.NO_RATE_FOR_MARKET);
    assertThat(ErrorCode.forCode(131000)).isEmpty();
    assertThat(ErrorCode.forCode(null)).isEmpty();
  }
}
