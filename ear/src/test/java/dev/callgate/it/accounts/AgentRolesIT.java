package dev.callgate.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.ContactChange;
import dev.callgate.accounts.ContactService;
import dev.callgate.accounts.ContactView;
import dev.callgate.it.Deployments;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.WaId;
import dev.callgate.routing.Availability;
import dev.callgate.routing.Presence;
import dev.callgate.routing.PresenceSource;
import dev.callgate.routing.PresenceView;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Rule A1 decided in the services that the REST API, SOAP and the console all call: who may move a
 * chat to another agent (accounts), and who may switch another agent online or offline (routing's
 * presence, which asks accounts' authority). Each actor is a demo agent acting with the role the
 * database gives it.
 */
@ExtendWith(ArquillianExtension.class)
class AgentRolesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.callgateWith(AgentRolesIT.class);
  }

  @Inject BusinessService businesses;
  @Inject AgentService agents;
  @Inject ContactService contacts;
  @Inject Presence presence;

  @Test
  void A1_aTeammateTakesAnUnassignedChatForThemselfOnly() {
    Actor rahul = as("rahul");
    WaId free = contact(null);
    assertEquals(id("rahul"), save(rahul, free, id("rahul")).assigneeAgentId());

    WaId kavyas = contact(id("kavya"));
    assertForbidden(() -> save(rahul, kavyas, id("rahul")));
    assertEquals(id("kavya"), read(kavyas).assigneeAgentId(), "the refused change left no trace");
    // renaming a chat that stays where it is changes no assignment
    assertEquals(id("kavya"), save(rahul, kavyas, id("kavya")).assigneeAgentId());

    WaId fresh = freshWaId();
    assertForbidden(() -> save(rahul, fresh, id("meera")));
    assertTrue(contacts.contact(sunrise(), fresh).isEmpty(), "no contact half-created");
  }

  @Test
  void A1_aTeammateNeitherGivesAwayNorDropsTheirOwnChat() {
    Actor rahul = as("rahul");
    WaId own = contact(id("rahul"));
    assertForbidden(() -> save(rahul, own, id("meera")));
    assertForbidden(() -> save(rahul, own, null));
    assertEquals(id("rahul"), read(own).assigneeAgentId());
  }

  @Test
  void A1_aSalesLeadAssignsChatsWithinTheirTeam() {
    Actor meera = as("meera");
    WaId chat = contact(id("rahul"));
    assertEquals(id("meera"), save(meera, chat, id("meera")).assigneeAgentId());
    assertEquals(id("rahul"), save(meera, chat, id("rahul")).assigneeAgentId());
    assertForbidden(() -> save(meera, chat, id("kavya")));
    assertForbidden(() -> save(meera, contact(id("kavya")), id("rahul")));
  }

  @Test
  void A1_ownersSuperadminsAndAdminsAssignAnyChat() {
    for (String who : new String[] {"priya", "arjun", "kavya"}) {
      WaId chat = contact(id("rahul"));
      assertEquals(id("meera"), save(as(who), chat, id("meera")).assigneeAgentId(), who);
      assertNull(save(as(who), chat, null).assigneeAgentId(), who);
    }
  }

  @Test
  void A1_theOwnerOfAContactFollowsTheSameRule() {
    WaId chat = contact(null);
    ContactChange ownedByMeera = new ContactChange("Owned", null, id("meera"));
    assertForbidden(() -> contacts.save(as("rahul"), chat, ownedByMeera));
    assertEquals(id("meera"), contacts.save(as("meera"), chat, ownedByMeera).ownerAgentId());
  }

  @Test
  void A1_anotherAgentsAvailabilityFollowsTheRole() {
    // other test classes share this server's agents: leave them as they were
    Availability arjun = presence.presence(sunrise(), id("arjun")).availability();
    Availability rahul = presence.presence(sunrise(), id("rahul")).availability();
    try {
      assertForbidden(() -> switchTo(as("rahul"), "meera", Availability.OFFLINE));
      assertForbidden(() -> switchTo(as("meera"), "kavya", Availability.ONLINE));
      // anyone switches themself; a sales lead their team; an admin anyone
      switchTo(as("rahul"), "rahul", Availability.ONLINE);
      switchTo(as("meera"), "rahul", Availability.ONLINE);
      assertEquals(
          Availability.ONLINE, switchTo(as("kavya"), "arjun", Availability.ONLINE).availability());
    } finally {
      presence.set(Actor.system(sunrise(), "test"), id("arjun"), arjun, PresenceSource.API);
      presence.set(Actor.system(sunrise(), "test"), id("rahul"), rahul, PresenceSource.API);
    }
  }

  @Test
  void A1_theRefusalNamesTheRuleAndHowToResolveIt() {
    CallingException refused =
        assertForbidden(() -> switchTo(as("rahul"), "meera", Availability.ONLINE));
    assertEquals("A1", refused.rule());
    assertTrue(refused.message().contains("Meera Iyer"), refused.message());
    assertTrue(refused.resolution().contains("sales lead"), refused.resolution());
  }

  private PresenceView switchTo(Actor actor, String who, Availability availability) {
    return presence.set(actor, id(who), availability, PresenceSource.API);
  }

  private ContactView save(Actor actor, WaId waId, Long assignee) {
    return contacts.save(actor, waId, new ContactChange("Roles test", assignee, null));
  }

  /** A fresh contact, assigned by the business itself (as an API key would). */
  private WaId contact(Long assignee) {
    WaId waId = freshWaId();
    contacts.save(
        Actor.system(sunrise(), "test"), waId, new ContactChange("Roles", assignee, null));
    return waId;
  }

  private ContactView read(WaId waId) {
    return contacts.contact(sunrise(), waId).orElseThrow();
  }

  private static CallingException assertForbidden(Executable change) {
    CallingException refused = assertThrows(CallingException.class, change);
    assertEquals(ErrorCode.FORBIDDEN, refused.code(), refused.message());
    return refused;
  }

  private Actor as(String name) {
    return Actor.agent(sunrise(), name + "@sunrise.example", "10.9.8.7");
  }

  private long id(String name) {
    return agent(name).id();
  }

  private AgentView agent(String name) {
    return agents.byEmail(name + "@sunrise.example").orElseThrow();
  }

  private long sunrise() {
    return businesses.businesses().stream()
        .filter(b -> b.name().startsWith("Sunrise"))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static WaId freshWaId() {
    return WaId.of("9197" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
  }
}
