package dev.callgate.sandbox.meta;

/**
 * A business phone number as Meta knows it: its id, the WhatsApp Business Account that owns it, and
 * its display number (digits only, as webhook metadata writes it).
 */
public record BusinessNumber(String phoneNumberId, String wabaId, String displayPhoneNumber) {

  public BusinessNumber {
    displayPhoneNumber = displayPhoneNumber.replaceAll("[^0-9]", "");
  }
}
