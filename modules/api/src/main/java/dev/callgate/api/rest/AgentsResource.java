package dev.callgate.api.rest;

import dev.callgate.accounts.AgentService;
import dev.callgate.accounts.AgentView;
import dev.callgate.accounts.Role;
import dev.callgate.api.security.CurrentCaller;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.routing.Activity;
import dev.callgate.routing.AgentPayloads;
import dev.callgate.routing.Availability;
import dev.callgate.routing.OfferView;
import dev.callgate.routing.Presence;
import dev.callgate.routing.PresenceSource;
import dev.callgate.routing.PresenceView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The business's agents with their presence, which routing keeps (R2, R9, R10, R12). */
@Path("/agents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agents")
public class AgentsResource {

  @EJB private AgentService agents;

  @EJB private Presence presence;

  @Inject private AgentPayloads payloads;

  @Inject private CurrentCaller caller;

  /**
   * An agent as the contract lists it, with what routing adds: what they are doing, whether a call
   * can reach them now, and why Callgate changed their availability.
   */
  public record AgentJson(
      long id,
      String name,
      String email,
      Role role,
      Long teamId,
      Availability availability,
      boolean onCall,
      Activity activity,
      boolean reachable,
      String availabilityReason) {
    static AgentJson of(AgentView a, PresenceView p) {
      return new AgentJson(
          a.id(),
          a.name(),
          a.email(),
          a.role(),
          a.teamId(),
          p.availability(),
          p.onCall(),
          p.activity(),
          p.reachable(),
          p.reason());
    }
  }

  public record AvailabilityRequest(@NotNull Availability availability) {}

  @GET
  @Operation(summary = "The business's agents with their availability")
  public List<AgentJson> agents() {
    long business = caller.businessId();
    Map<Long, PresenceView> presences =
        presence.presences(business).stream()
            .collect(Collectors.toMap(PresenceView::agentId, Function.identity()));
    return agents.agents(business).stream()
        .map(
            a ->
                AgentJson.of(
                    a, presences.getOrDefault(a.id(), PresenceView.offline(business, a.id()))))
        .toList();
  }

  @PUT
  @Path("/{agentId}/availability")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Set an agent ONLINE, AWAY or OFFLINE; ONLINE keeps the agent reachable for"
              + " callgate.routing.presence-ttl-seconds, refreshed by every such call (R12)")
  public AgentJson availability(
      @PathParam("agentId") long agentId, @NotNull @Valid AvailabilityRequest body) {
    PresenceView set =
        presence.set(caller.actor(), agentId, body.availability(), PresenceSource.API);
    return AgentJson.of(agent(agentId), set);
  }

  @GET
  @Path("/{agentId}/offers")
  @Operation(summary = "The customers' calls ringing for this agent now (R8)")
  public List<OfferView> offers(@PathParam("agentId") long agentId) {
    return presence.openOffers(caller.businessId(), agentId);
  }

  /** A payload naming an agent, signed by Callgate. */
  public record CallPayloadJson(long agentId, String payload) {}

  @GET
  @Path("/{agentId}/call-payload")
  @Operation(
      summary =
          "A signed agent:<id> payload for a voice_call button or a wa.me/call link"
              + " (?biz_payload=…): calls that carry it ring this agent first (R1)")
  public CallPayloadJson callPayload(@PathParam("agentId") long agentId) {
    agent(agentId);
    return new CallPayloadJson(agentId, payloads.forAgent(caller.businessId(), agentId));
  }

  private AgentView agent(long agentId) {
    return agents
        .agent(caller.businessId(), agentId)
        .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No agent " + agentId));
  }
}
