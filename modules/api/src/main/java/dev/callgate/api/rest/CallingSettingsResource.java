package dev.callgate.api.rest;

import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.CallingSettings;
import dev.callgate.accounts.CallingSettingsService;
import dev.callgate.accounts.SettingsPush;
import dev.callgate.api.security.CurrentCaller;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.routing.RoutingSettings;
import dev.callgate.routing.RoutingSettingsService;
import dev.callgate.routing.RoutingStrategy;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A number's calling settings (rule S1) in the contract's shape: read, and replaced whole. */
@Path("/numbers/{numberId}/calling-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Numbers")
public class CallingSettingsResource {

  @EJB private BusinessService businesses;

  @EJB private CallingSettingsService settings;

  @EJB private RoutingSettingsService routing;

  @Inject private CurrentCaller caller;

  /** The call hours part, nested as the contract nests it. */
  public record CallHoursJson(
      String status,
      String timezoneId,
      List<CallingSettings.WeeklyHours> weeklyOperatingHours,
      List<CallingSettings.Holiday> holidaySchedule) {}

  /**
   * The routing part (R4-R6, R11): an empty pool is every agent of the business; for ORDERED the
   * pool's order is the ring list, primary first.
   */
  public record RoutingJson(RoutingStrategy strategy, List<Long> pool, List<Long> excluded) {

    RoutingSettings toSettings() {
      return new RoutingSettings(strategy, pool, excluded);
    }

    static RoutingJson of(RoutingSettings s) {
      return new RoutingJson(s.strategy(), s.pool(), s.excluded());
    }
  }

  /**
   * The settings; a PUT without {@code routing} leaves the routing as it was. {@code push} says
   * whether the Cloud API holds these settings; it is ignored in a PUT.
   */
  public record CallingSettingsJson(
      String voiceCalls,
      String callButtons,
      String callbackRequests,
      CallHoursJson callHours,
      RoutingJson routing,
      String deepLink,
      SettingsPush push) {

    CallingSettings toSettings() {
      CallHoursJson hours =
          callHours == null ? new CallHoursJson(null, null, List.of(), List.of()) : callHours;
      return new CallingSettings(
          voiceCalls,
          callButtons,
          callbackRequests,
          hours.status(),
          hours.timezoneId(),
          hours.weeklyOperatingHours(),
          hours.holidaySchedule(),
          null);
    }

    static CallingSettingsJson of(CallingSettings s, RoutingSettings routing, SettingsPush push) {
      return new CallingSettingsJson(
          s.voiceCalls(),
          s.callButtons(),
          s.callbackRequests(),
          new CallHoursJson(
              s.callHoursStatus(), s.timezoneId(), s.weeklyOperatingHours(), s.holidaySchedule()),
          RoutingJson.of(routing),
          s.deepLink(),
          push);
    }
  }

  @GET
  @Operation(summary = "The calling settings of one of the caller's numbers")
  public CallingSettingsJson settings(@PathParam("numberId") String numberId) {
    long business = caller.businessId();
    return businesses
        .number(business, numberId)
        .map(
            n ->
                CallingSettingsJson.of(
                    n.settings(),
                    routing.settings(business, numberId),
                    settings.push(business, numberId)))
        .orElseThrow(() -> CallingException.of(ErrorCode.NOT_FOUND, "No number " + numberId));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Replace the calling settings; validated as a whole, stored, then pushed to the Cloud API"
              + " (push says how that went)")
  public CallingSettingsJson update(
      @PathParam("numberId") String numberId, @NotNull CallingSettingsJson body) {
    long business = caller.businessId();
    RoutingSettings wanted = body.routing() == null ? null : body.routing().toSettings();
    if (wanted != null) {
      // checked before the rest is stored and pushed to Meta, so a bad pool changes nothing
      routing.check(business, wanted);
    }
    CallingSettings stored =
        settings.update(caller.actor(), numberId, body.toSettings()).settings();
    RoutingSettings routed =
        wanted == null
            ? routing.settings(business, numberId)
            : routing.update(caller.actor(), numberId, wanted);
    return CallingSettingsJson.of(stored, routed, settings.push(business, numberId));
  }
}
