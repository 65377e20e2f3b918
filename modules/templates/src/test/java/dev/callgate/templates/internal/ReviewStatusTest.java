package dev.callgate.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.templates.TemplateDraft;
import dev.callgate.templates.TemplateView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** T2: a template's status follows Meta's submission answer and status webhooks. */
class ReviewStatusTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void T2_aNewTemplateIsPendingAndNotSendable() {
    TemplateView view = submitted().view();
    assertThat(view.status()).isEqualTo("PENDING");
    assertThat(view.metaTemplateId()).isEqualTo("594425479261596");
    assertThat(view.category()).isEqualTo("MARKETING"); // Meta's choice, as allowed
    assertThat(view.placeholders()).isEqualTo(1);
  }

  @Test
  void T2_anApprovalMakesItApprovedWithoutReason() {
    MessageTemplate template = submitted();
    assertThat(template.statusChanged("APPROVED", "NONE", at(10), at(11))).isTrue();
    assertThat(template.view().status()).isEqualTo(TemplateView.APPROVED);
    assertThat(template.view().rejectionReason()).isNull();
  }

  @Test
  void T2_aRejectionKeepsItsReason() {
    MessageTemplate template = submitted();
    template.statusChanged("REJECTED", "INVALID_FORMAT", at(10), at(11));
    assertThat(template.view().status()).isEqualTo("REJECTED");
    assertThat(template.view().rejectionReason()).isEqualTo("INVALID_FORMAT");
  }

  @Test
  void T2_anApprovalAfterAnAppealReplacesTheRejectionAndItsReason() {
    MessageTemplate template = submitted();
    template.statusChanged("REJECTED", "INVALID_FORMAT", at(10), at(11));
    assertThat(template.statusChanged("APPROVED", "NONE", at(50), at(51))).isTrue();
    assertThat(template.view().status()).isEqualTo("APPROVED");
    assertThat(template.view().rejectionReason()).isNull();
  }

  @Test
  void T2_aLatePendingNeverUndoesAReview() {
    MessageTemplate template = submitted();
    template.statusChanged("APPROVED", "NONE", at(10), at(11));
    assertThat(template.statusChanged("PENDING", "NONE", at(20), at(21))).isFalse();
    assertThat(template.view().status()).isEqualTo("APPROVED");
  }

  @Test
  void T2_aReportOlderThanTheAppliedOneIsIgnored() {
    MessageTemplate template = submitted();
    template.statusChanged("PAUSED", "LOW_QUALITY", at(30), at(31));
    assertThat(template.statusChanged("APPROVED", "NONE", at(10), at(32))).isFalse();
    assertThat(template.view().status()).isEqualTo("PAUSED");
    assertThat(template.view().rejectionReason()).isEqualTo("LOW_QUALITY");
  }

  @Test
  void T2_withoutMetasTimestampTheLaterArrivalWins() {
    MessageTemplate template = submitted();
    template.statusChanged("APPROVED", "NONE", null, at(10));
    assertThat(template.statusChanged("DISABLED", "POLICY", null, at(20))).isTrue();
    assertThat(template.view().status()).isEqualTo("DISABLED");
  }

  @Test
  void T2_reinstatedMeansApprovedAgain() {
    MessageTemplate template = submitted();
    template.statusChanged("PAUSED", "LOW_QUALITY", at(10), at(11));
    template.statusChanged("REINSTATED", "NONE", at(20), at(21));
    assertThat(template.view().status()).isEqualTo("APPROVED");
  }

  @Test
  void T2_aRepeatedReportChangesNothing() {
    MessageTemplate template = submitted();
    assertThat(template.statusChanged("APPROVED", "NONE", at(10), at(11))).isTrue();
    assertThat(template.statusChanged("APPROVED", "NONE", at(10), at(12))).isFalse();
  }

  private static MessageTemplate submitted() {
    TemplateDraft draft =
        new TemplateDraft(
            null,
            "order_call",
            "en",
            "UTILITY",
            null,
            "Hi {{1}}, may we call you?",
            null,
            List.of("Ana"),
            true);
    MessageTemplate template = new MessageTemplate(7, "102290129340398", draft, T0);
    template.submitted("594425479261596", "PENDING", "MARKETING", T0);
    return template;
  }

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }
}
