package dev.callgate.accounts.internal;

import dev.callgate.accounts.CallingSettings;
import dev.callgate.accounts.NumberView;
import dev.callgate.kernel.BusinessNumber;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A business phone number with its calling settings (S1). */
@Entity
@Table(name = "accounts_phone_number")
@NamedQuery(
    name = PhoneNumber.BY_BUSINESS,
    query =
        "select n from PhoneNumber n where n.businessId = :business order by n.displayPhoneNumber")
public class PhoneNumber {

  static final String BY_BUSINESS = "PhoneNumber.byBusiness";

  @Id private String id;

  @Column(name = "business_id")
  private long businessId;

  @Column(name = "waba_id")
  private String wabaId;

  @Column(name = "display_phone_number")
  private String displayPhoneNumber;

  @Column(name = "friendly_name")
  private String friendlyName;

  private String country;

  @Column(name = "voice_calls")
  private String voiceCalls = "ENABLED";

  @Column(name = "call_buttons")
  private String callButtons = "DEFAULT";

  @Column(name = "callback_requests")
  private String callbackRequests = "ENABLED";

  @Column(name = "call_hours_status")
  private String callHoursStatus = "DISABLED";

  @Column(name = "timezone_id")
  private String timezoneId = "UTC";

  @ElementCollection
  @CollectionTable(name = "accounts_number_hours", joinColumns = @JoinColumn(name = "number_id"))
  @OrderColumn(name = "idx")
  private List<WeeklyRange> weeklyHours = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "accounts_number_holiday", joinColumns = @JoinColumn(name = "number_id"))
  @OrderColumn(name = "idx")
  private List<HolidayRange> holidays = new ArrayList<>();

  @Version private long version;

  @Embedded private PushState push = new PushState();

  protected PhoneNumber() {}

  /** The country is read from the number itself, never taken from input (L3). */
  public PhoneNumber(
      String id, long businessId, String wabaId, BusinessNumber number, String friendlyName) {
    this.id = id;
    this.businessId = businessId;
    this.wabaId = wabaId;
    this.displayPhoneNumber = number.value();
    this.country = number.country();
    this.friendlyName = friendlyName;
  }

  public void openOn(String dayOfWeek, String open, String close) {
    weeklyHours.add(new WeeklyRange(dayOfWeek, open, close));
  }

  public void useCallHours(String timezone) {
    this.callHoursStatus = "ENABLED";
    this.timezoneId = timezone;
  }

  /** Takes over settings changed in WhatsApp Manager; a null leaves that setting as it is. */
  /** Replaces the settings wholesale, as the Cloud API does with call hours on each POST. */
  public void configure(CallingSettings next) {
    voiceCalls = next.voiceCalls();
    callButtons = next.callButtons();
    callbackRequests = next.callbackRequests();
    callHoursStatus = next.callHoursStatus();
    timezoneId = next.timezoneId();
    weeklyHours.clear();
    next.weeklyOperatingHours()
        .forEach(r -> weeklyHours.add(new WeeklyRange(r.dayOfWeek(), r.openTime(), r.closeTime())));
    holidays.clear();
    next.holidaySchedule()
        .forEach(
            h ->
                holidays.add(
                    new HolidayRange(LocalDate.parse(h.date()), h.startTime(), h.endTime())));
  }

  public void followUpstream(String voiceCalls, String callButtons, String callbackRequests) {
    if (voiceCalls != null) {
      this.voiceCalls = voiceCalls;
    }
    if (callButtons != null) {
      this.callButtons = callButtons;
    }
    if (callbackRequests != null) {
      this.callbackRequests = callbackRequests;
    }
  }

  public String id() {
    return id;
  }

  PushState push() {
    return push;
  }

  public long businessId() {
    return businessId;
  }

  public String wabaId() {
    return wabaId;
  }

  public NumberView view() {
    CallingSettings settings =
        new CallingSettings(
            voiceCalls,
            callButtons,
            callbackRequests,
            callHoursStatus,
            timezoneId,
            weeklyHours.stream().map(WeeklyRange::view).toList(),
            holidays.stream().map(HolidayRange::view).toList(),
            "https://wa.me/call/" + displayPhoneNumber);
    return new NumberView(
        id, businessId, displayPhoneNumber, friendlyName, wabaId, country, settings);
  }
}
