package dev.callgate.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WaIdTest {

  @Test
  void indianMobileAsTheCloudApiWritesIt() {
    WaId id = WaId.of("919812345678");

    assertThat(id.value()).isEqualTo("919812345678");
    assertThat(id.country()).isEqualTo("IN");
    assertThat(id.countryCallingCode()).isEqualTo(91);
    assertThat(id.e164()).isEqualTo("+919812345678");
    assertThat(id).hasToString("919812345678");
  }

  @Test
  void brazilianMobile() {
    WaId id = WaId.of("5511987654321");

    assertThat(id.country()).isEqualTo("BR");
    assertThat(id.countryCallingCode()).isEqualTo(55);
  }

  @Test
  void B4_plusOne212IsUnitedStates() {
    assertThat(WaId.of("12127365000").country()).isEqualTo("US");
  }

  @Test
  void B4_plusOne787IsPuertoRico() {
    WaId id = WaId.of("+1 787 234 5678");

    assertThat(id.country()).isEqualTo("PR");
    assertThat(id.countryCallingCode()).isEqualTo(1);
  }

  @Test
  void plusSpacesAndDashesAreStripped() {
    assertThat(WaId.of("+91 98123-45678")).isEqualTo(WaId.of("919812345678"));
    assertThat(WaId.of(" +91 98123 45678 ").value()).isEqualTo("919812345678");
  }

  @Test
  void equalityIsOnTheCanonicalDigits() {
    assertThat(WaId.of("+919812345678"))
        .isEqualTo(WaId.of("919812345678"))
        .hasSameHashCodeAs(WaId.of("919812345678"))
        .isNotEqualTo(WaId.of("919812345679"));
    // the trunk prefix 0 written after the country code is not part of the number
    assertThat(WaId.of("4402071234567").value()).isEqualTo("442071234567");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "91981234567a", // letters
        "+91 (981) 2345678", // brackets are not accepted
        "9198123", // too short
        "55219", // too short
        "9198123456781234", // more than 15 digits
        "919812345678123", // 15 digits but too long for India
        "99912345678", // no country uses +999
        "80012345678", // +800 is valid but belongs to no country
        "++919812345678"
      })
  void invalidNumbersAreAValidationError(String raw) {
    CallingException e = catchThrowableOfType(CallingException.class, () -> WaId.of(raw));

    assertThat(e).as("WaId.of(%s) must be refused", raw).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(e.fields())
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("waId"))
        .satisfies(p -> assertThat(p.problem()).isNotBlank());
  }

  @Test
  void problemsSayWhatIsWrong() {
    assertThat(problemOf(null)).isEqualTo("is required");
    assertThat(problemOf("91981234567a")).contains("digits");
    assertThat(problemOf("9198123456781234")).contains("15 digits");
    assertThat(problemOf("99912345678")).contains("country calling code");
    assertThat(problemOf("9198123")).isNotEqualTo(problemOf(null));
  }

  @Test
  void survivesSerializationForViewScopedBeans() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(WaId.of("17872345678"));
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      WaId copy = (WaId) in.readObject();
      assertThat(copy).isEqualTo(WaId.of("17872345678"));
      assertThat(copy.country()).isEqualTo("PR");
    }
  }

  private static String problemOf(String raw) {
    CallingException e = catchThrowableOfType(CallingException.class, () -> WaId.of(raw));
    return e.fields().get(0).problem();
  }
}
