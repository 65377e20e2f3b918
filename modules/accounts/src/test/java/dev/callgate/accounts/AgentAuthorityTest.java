package dev.callgate.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentAuthorityTest {

  private static final long SALES = 10L;
  private static final long SUPPORT = 20L;

  private static final AgentView ME = agent(1, SALES);
  private static final AgentView SALES_MATE = agent(2, SALES);
  private static final AgentView SUPPORT_MATE = agent(3, SUPPORT);
  private static final AgentView NO_TEAM = agent(4, null);

  @Test
  void R2_anyAgentMaySwitchThemself() {
    for (Role role : Role.values()) {
      assertThat(as(role, SALES).maySetAvailabilityOf(ME)).as(role.name()).isTrue();
    }
  }

  @Test
  void A1_ownersSuperadminsAdminsAndApiKeysMaySwitchAnyAgentOfTheBusiness() {
    for (Role role : new Role[] {Role.OWNER, Role.SUPERADMIN, Role.ADMIN}) {
      assertThat(as(role, null).maySetAvailabilityOf(SUPPORT_MATE)).as(role.name()).isTrue();
    }
    assertThat(AgentAuthority.wholeBusiness().maySetAvailabilityOf(SUPPORT_MATE)).isTrue();
  }

  @Test
  void A1_aSalesLeadMaySwitchTheirOwnTeamOnly() {
    AgentAuthority lead = as(Role.SALES_LEAD, SALES);
    assertThat(lead.maySetAvailabilityOf(SALES_MATE)).isTrue();
    assertThat(lead.maySetAvailabilityOf(SUPPORT_MATE)).isFalse();
    assertThat(lead.maySetAvailabilityOf(NO_TEAM)).isFalse();
    assertThat(as(Role.SALES_LEAD, null).maySetAvailabilityOf(NO_TEAM)).isFalse();
  }

  @Test
  void A1_aTeammateMaySwitchNobodyElseEvenInTheirTeam() {
    assertThat(as(Role.TEAMMATE, SALES).maySetAvailabilityOf(SALES_MATE)).isFalse();
  }

  @Test
  void A1_ownersSuperadminsAdminsAndApiKeysAssignAnyChatToAnyone() {
    for (AgentAuthority authority :
        new AgentAuthority[] {
          as(Role.OWNER, null),
          as(Role.SUPERADMIN, null),
          as(Role.ADMIN, SUPPORT),
          AgentAuthority.wholeBusiness()
        }) {
      assertThat(authority.assignmentRefusal(SALES_MATE, SUPPORT_MATE)).isEmpty();
      assertThat(authority.assignmentRefusal(null, SALES_MATE)).isEmpty();
      assertThat(authority.assignmentRefusal(SALES_MATE, null)).isEmpty();
    }
  }

  @Test
  void A1_aSalesLeadAssignsWithinTheirTeamOnly() {
    AgentAuthority lead = as(Role.SALES_LEAD, SALES);
    assertThat(lead.assignmentRefusal(null, SALES_MATE)).isEmpty();
    assertThat(lead.assignmentRefusal(SALES_MATE, ME)).isEmpty();
    assertThat(lead.assignmentRefusal(SALES_MATE, null)).isEmpty();
    assertThat(lead.assignmentRefusal(null, SUPPORT_MATE))
        .contains("A Sales Lead assigns chats within their own team only");
    // a chat of another team is not theirs to take away either
    assertThat(lead.assignmentRefusal(SUPPORT_MATE, SALES_MATE)).isPresent();
  }

  @Test
  void A1_aTeammateMayOnlyTakeAnUnassignedChatForThemself() {
    AgentAuthority teammate = as(Role.TEAMMATE, SALES);
    assertThat(teammate.assignmentRefusal(null, ME)).isEmpty();
    assertThat(teammate.assignmentRefusal(null, SALES_MATE))
        .contains("A Teammate may only take an unassigned chat for themself");
    assertThat(teammate.assignmentRefusal(SALES_MATE, ME)).isPresent();
    assertThat(teammate.assignmentRefusal(ME, SALES_MATE)).isPresent();
    assertThat(teammate.assignmentRefusal(SALES_MATE, null)).isPresent();
  }

  @Test
  void A1_leavingAnAssignmentAsItIsIsAlwaysAllowed() {
    for (Role role : Role.values()) {
      AgentAuthority authority = as(role, null);
      assertThat(authority.assignmentRefusal(SUPPORT_MATE, SUPPORT_MATE)).as(role.name()).isEmpty();
      assertThat(authority.assignmentRefusal(null, null)).as(role.name()).isEmpty();
    }
  }

  @Test
  void A1_anActorNamesAnAgentOnlyWhenItIsOne() {
    assertThat(Actor.agent(7, "rahul@sunrise.example", "10.0.0.1").agentEmail())
        .contains("rahul@sunrise.example");
    assertThat(new ApiCaller(7, 3, "cg_demo").actor("10.0.0.1").agentEmail()).isEmpty();
    assertThat(Actor.system(7, "job").agentEmail()).isEmpty();
  }

  private static AgentAuthority as(Role role, Long teamId) {
    return new AgentAuthority(ME.id(), role, teamId);
  }

  private static AgentView agent(long id, Long teamId) {
    return new AgentView(id, 1, "Agent " + id, id + "@example.test", Role.TEAMMATE, teamId, null);
  }
}
