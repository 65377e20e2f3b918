package dev.callgate.kernel;

/**
 * A consumer's WhatsApp id: the E.164 number without {@code +}, as the Cloud API writes it ({@code
 * 919812345678}). Only valid numbers of a real country can exist, so rules may rely on {@link
 * #country()}.
 */
public final class WaId extends E164Number {

  private static final long serialVersionUID = 1L;
  private static final String FIELD = "waId";

  private WaId(PhoneNumbers.Parsed number) {
    super(number);
  }

  /** Accepts digits with an optional leading {@code +}; spaces and dashes are ignored. */
  public static WaId of(String raw) {
    return new WaId(PhoneNumbers.parse(raw, FIELD));
  }

  // A serialized form is not trusted to hold a valid number: parse it again.
  private Object readResolve() {
    return of(value());
  }
}
