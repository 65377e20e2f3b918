package dev.callgate.accounts.internal;

import dev.callgate.accounts.CallingSettings.Holiday;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

@Embeddable
public class HolidayRange {

  @Column(name = "holiday_date")
  private LocalDate date;

  @Column(name = "start_time")
  private String startTime;

  @Column(name = "end_time")
  private String endTime;

  protected HolidayRange() {}

  HolidayRange(LocalDate date, String startTime, String endTime) {
    this.date = date;
    this.startTime = startTime;
    this.endTime = endTime;
  }

  Holiday view() {
    return new Holiday(date.toString(), startTime, endTime);
  }
}
