package dev.callgate.api.soap.types;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Instants as {@code xs:dateTime}. Written in UTC with a {@code Z}, like the REST contract; read
 * with any offset, and a value without one is taken as UTC rather than the server's zone, so the
 * meaning never depends on where Callgate runs.
 */
public class InstantAdapter extends XmlAdapter<String, Instant> {

  @Override
  public Instant unmarshal(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(
            value.trim(), OffsetDateTime::from, LocalDateTime::from);
    return parsed instanceof OffsetDateTime withOffset
        ? withOffset.toInstant()
        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
  }

  @Override
  public String marshal(Instant value) {
    return value == null ? null : value.toString();
  }
}
