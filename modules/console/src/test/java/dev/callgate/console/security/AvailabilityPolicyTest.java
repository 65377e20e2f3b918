package dev.callgate.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.Role;
import org.junit.jupiter.api.Test;

class AvailabilityPolicyTest {

  private static final long SALES = 10L;
  private static final long SUPPORT = 20L;

  @Test
  void R2_anyAgentMaySwitchThemself() {
    for (Role role : Role.values()) {
      assertThat(new AvailabilityPolicy(1, role, SALES).maySwitch(agent(1, SALES)))
          .as(role.name())
          .isTrue();
    }
  }

  @Test
  void A1_ownersSuperadminsAndAdminsMaySwitchAnyAgentOfTheBusiness() {
    for (Role role : new Role[] {Role.OWNER, Role.SUPERADMIN, Role.ADMIN}) {
      assertThat(new AvailabilityPolicy(1, role, null).maySwitch(agent(2, SUPPORT)))
          .as(role.name())
          .isTrue();
    }
  }

  @Test
  void A1_aSalesLeadMaySwitchTheirOwnTeamOnly() {
    AvailabilityPolicy lead = new AvailabilityPolicy(1, Role.SALES_LEAD, SALES);
    assertThat(lead.maySwitch(agent(2, SALES))).isTrue();
    assertThat(lead.maySwitch(agent(3, SUPPORT))).isFalse();
    assertThat(lead.maySwitch(agent(4, null))).isFalse();
  }

  @Test
  void A1_aSalesLeadWithoutTeamMaySwitchNobodyElse() {
    assertThat(new AvailabilityPolicy(1, Role.SALES_LEAD, null).maySwitch(agent(2, null)))
        .isFalse();
  }

  @Test
  void A1_aTeammateMaySwitchNobodyElseEvenInTheirTeam() {
    assertThat(new AvailabilityPolicy(1, Role.TEAMMATE, SALES).maySwitch(agent(2, SALES)))
        .isFalse();
  }

  private static AgentView agent(long id, Long teamId) {
    return new AgentView(id, 1, "Agent " + id, id + "@example.test", Role.TEAMMATE, teamId, null);
  }
}
