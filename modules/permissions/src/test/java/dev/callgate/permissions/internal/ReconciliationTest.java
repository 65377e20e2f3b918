package dev.callgate.permissions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.cloudapi.CallPermissions;
import dev.callgate.permissions.PermissionState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule P10: where Callgate and the Cloud API disagree, Meta's answer is adopted. */
class ReconciliationTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void P10_aTemporaryPermissionCallgateMissedIsAdoptedWithMetasExpiry() {
    Instant theirs = NOW.plus(Duration.ofDays(3));
    var verdict =
        Reconciliation.compare(
            PermissionState.NONE, null, meta(CallPermissions.Status.TEMPORARY, theirs), NOW);
    assertThat(verdict.action()).isEqualTo(Reconciliation.Action.GRANT_TEMPORARY);
    assertThat(verdict.expiresAt()).isEqualTo(theirs);
  }

  @Test
  void P10_expiriesWithinAMinuteOfEachOtherAgree() {
    Instant ours = NOW.plus(Duration.ofDays(3));
    var verdict =
        Reconciliation.compare(
            PermissionState.TEMPORARY,
            ours,
            meta(CallPermissions.Status.TEMPORARY, ours.plusSeconds(59)),
            NOW);
    assertThat(verdict.action()).isEqualTo(Reconciliation.Action.KEEP);
  }

  @Test
  void P10_noPermissionAtMetaEndsAnActivePermissionHere() {
    var verdict =
        Reconciliation.compare(
            PermissionState.PERMANENT, null, meta(CallPermissions.Status.NONE, null), NOW);
    assertThat(verdict.action()).isEqualTo(Reconciliation.Action.END);
    assertThat(verdict.endState()).isEqualTo(PermissionState.REVOKED);
  }

  @Test
  void P10_metasExpiredStatusEndsAsExpired() {
    var verdict =
        Reconciliation.compare(
            PermissionState.TEMPORARY,
            NOW.plusSeconds(600),
            meta(CallPermissions.Status.EXPIRED, null),
            NOW);
    assertThat(verdict.endState()).isEqualTo(PermissionState.EXPIRED);
  }

  @Test
  void P10_aPermanentPermissionAtMetaIsAdopted() {
    var verdict =
        Reconciliation.compare(
            PermissionState.REJECTED, null, meta(CallPermissions.Status.PERMANENT, null), NOW);
    assertThat(verdict.action()).isEqualTo(Reconciliation.Action.GRANT_PERMANENT);
  }

  @Test
  void P10_agreementOnNoPermissionChangesNothing() {
    var verdict =
        Reconciliation.compare(
            PermissionState.REVOKED, null, meta(CallPermissions.Status.NONE, null), NOW);
    assertThat(verdict.action()).isEqualTo(Reconciliation.Action.KEEP);
  }

  private static CallPermissions meta(CallPermissions.Status status, Instant expiresAt) {
    return new CallPermissions(status, status.name().toLowerCase(), expiresAt, List.of());
  }
}
