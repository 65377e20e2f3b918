package dev.callgate.api.rest;

import dev.callgate.accounts.BusinessService;
import dev.callgate.accounts.CallingSettings;
import dev.callgate.accounts.CallingSettingsService;
import dev.callgate.accounts.SettingsPush;
import dev.callgate.api.security.CurrentCaller;
import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.kernel.FieldProblem;
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

  @Inject private CurrentCaller caller;

  /** The call hours part, nested as the contract nests it. */
  public record CallHoursJson(
      String status,
      String timezoneId,
      List<CallingSettings.WeeklyHours> weeklyOperatingHours,
      List<CallingSettings.Holiday> holidaySchedule) {}

  /**
   * The settings; {@code routing} stays null until the routing module stores a pool, rather than
   * showing a pool nobody configured. {@code push} says whether the Cloud API holds these settings;
   * it is ignored in a PUT.
   */
  public record CallingSettingsJson(
      String voiceCalls,
      String callButtons,
      String callbackRequests,
      CallHoursJson callHours,
      Object routing,
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

    static CallingSettingsJson of(CallingSettings s, SettingsPush push) {
      return new CallingSettingsJson(
          s.voiceCalls(),
          s.callButtons(),
          s.callbackRequests(),
          new CallHoursJson(
              s.callHoursStatus(), s.timezoneId(), s.weeklyOperatingHours(), s.holidaySchedule()),
          null,
          s.deepLink(),
          push);
    }
  }

  @GET
  @Operation(summary = "The calling settings of one of the caller's numbers")
  public CallingSettingsJson settings(@PathParam("numberId") String numberId) {
    return businesses
        .number(caller.businessId(), numberId)
        .map(
            n -> CallingSettingsJson.of(n.settings(), settings.push(caller.businessId(), numberId)))
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
    if (body.routing() != null) {
      // refused rather than silently dropped: nothing stores a routing pool yet
      throw CallingException.validation(
          List.of(
              new FieldProblem("routing", "cannot be set yet: inbound routing is not deployed")));
    }
    CallingSettings stored =
        settings.update(caller.actor(), numberId, body.toSettings()).settings();
    return CallingSettingsJson.of(stored, settings.push(caller.businessId(), numberId));
  }
}
