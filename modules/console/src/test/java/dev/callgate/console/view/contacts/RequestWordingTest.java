package dev.callgate.console.view.contacts;

import static dev.callgate.console.view.contacts.PairFixtures.LIMITS;
import static dev.callgate.console.view.contacts.PairFixtures.free;
import static dev.callgate.console.view.contacts.PairFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
import dev.callgate.permissions.RequestLimits;
import dev.callgate.permissions.RequestPreflight;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the request form words the permission service's pre-flight. The decisions themselves are the
 * service's (RequestRulesTest in the permissions module); these pre-flights are written by hand.
 */
class RequestWordingTest {

  @Test
  void T3_insideTheServiceWindowBothFormsAreNamed() {
    String note =
        RequestWording.note(
            new RequestPreflight(true, true, true, List.of(), free(), open(), false));

    assertThat(note)
        .contains("open until 2025-03-10 22:00 UTC", "free-form message or an approved");
  }

  @Test
  void T3_outsideTheServiceWindowOnlyTheTemplateIsNamed() {
    String note =
        RequestWording.note(
            new RequestPreflight(true, false, true, List.of(), free(), null, false));

    assertThat(note).contains("only an approved template");
  }

  @Test
  void T3_T2_aClosedWindowWithoutTemplateSaysBoth() {
    CallingException closed =
        CallingException.validation(List.of(new FieldProblem("kind", "closed"))).rule("T3");
    RequestPreflight preflight =
        new RequestPreflight(false, false, false, List.of(closed), free(), null, false);

    assertThat(RequestWording.reasons(preflight, LIMITS))
        .singleElement()
        .asString()
        .contains("customer service window", "not possible (T3)", "no approved template", "(T2)");
    assertThat(RequestWording.note(preflight)).isNull();
  }

  @Test
  void P4_usedUpLimitsAreWordedWithTheCountsAndTheInstantOfTheNextRequest() {
    Instant next = Instant.parse("2025-03-11T09:30:00Z");
    CallingException tooMany =
        CallingException.of(ErrorCode.TOO_MANY_CPR_REQUESTS, "1 sent").retryAfter(next).rule("P4");
    RequestLimits used = new RequestLimits(false, 1, 1, next, "P4");
    RequestPreflight preflight =
        new RequestPreflight(false, false, false, List.of(tooMany), used, open(), true);

    assertThat(RequestWording.reasons(preflight, LIMITS))
        .singleElement()
        .asString()
        .contains("1 of 1 per 24 hours", "1 of 2 per 7 days", "(P4)", "2025-03-11 09:30 UTC");
  }

  @Test
  void P9_aPermanentPermissionIsWordedAlone() {
    CallingException permanent =
        CallingException.of(ErrorCode.PERMANENT_PERMISSION_EXISTS, "permanent").rule("P9");
    RequestPreflight preflight =
        new RequestPreflight(
            false,
            false,
            false,
            List.of(permanent),
            new RequestLimits(false, 0, 1, null, "P9"),
            null,
            false);

    assertThat(RequestWording.reasons(preflight, LIMITS))
        .singleElement()
        .asString()
        .contains("permanent", "(P9)");
  }

  @Test
  void P6_aRequestStillAwaitedIsReplacedByANewOne() {
    String note =
        RequestWording.note(
            new RequestPreflight(true, true, false, List.of(), free(), open(), true));

    assertThat(note).contains("no approved template", "replaces", "(P6)");
  }
}
