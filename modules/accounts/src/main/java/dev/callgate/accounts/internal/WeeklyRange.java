package dev.callgate.accounts.internal;

import dev.callgate.accounts.CallingSettings.WeeklyHours;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class WeeklyRange {

  @Column(name = "day_of_week")
  private String dayOfWeek;

  @Column(name = "open_time")
  private String openTime;

  @Column(name = "close_time")
  private String closeTime;

  protected WeeklyRange() {}

  WeeklyRange(String dayOfWeek, String openTime, String closeTime) {
    this.dayOfWeek = dayOfWeek;
    this.openTime = openTime;
    this.closeTime = closeTime;
  }

  WeeklyHours view() {
    return new WeeklyHours(dayOfWeek, openTime, closeTime);
  }
}
