package dev.callgate.sandbox.sdp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a session description is one Meta would take: an RFC 8866 audio description with
 * Opus. Returns what is wrong, in words fit for Meta's {@code error_data.details}.
 */
public final class SdpCheck {

  private static final Pattern OPUS =
      Pattern.compile("(?m)^a=rtpmap:(\\d+) opus/48000(/2)?\\s*$", Pattern.CASE_INSENSITIVE);

  private SdpCheck() {}

  /** Empty when valid, else the first problem found. */
  public static Optional<String> problem(String sdp) {
    if (sdp == null || sdp.isBlank()) {
      return Optional.of("SDP is missing");
    }
    List<String> lines = lines(sdp);
    if (!lines.get(0).equals("v=0")) {
      return Optional.of("SDP must start with the version line v=0");
    }
    for (String required : List.of("o=", "s=", "t=")) {
      if (lines.stream().noneMatch(l -> l.startsWith(required))) {
        return Optional.of("SDP lacks the " + required + " line");
      }
    }
    long audio = lines.stream().filter(l -> l.startsWith("m=audio ")).count();
    if (audio != 1) {
      return Optional.of("SDP must have exactly one m=audio line, found " + audio);
    }
    if (lines.stream().anyMatch(l -> l.startsWith("m=") && !l.startsWith("m=audio "))) {
      return Optional.of("Only audio media is supported");
    }
    if (opusPayloadType(sdp).isEmpty()) {
      return Optional.of("SDP does not offer the Opus codec (a=rtpmap:<pt> opus/48000/2)");
    }
    return Optional.empty();
  }

  /** The payload type the description uses for Opus. */
  public static Optional<String> opusPayloadType(String sdp) {
    Matcher m = OPUS.matcher(sdp.replace("\r\n", "\n"));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The value of the first {@code a=<name>:} attribute, such as {@code mid}. */
  public static Optional<String> attribute(String sdp, String name) {
    return lines(sdp).stream()
        .filter(l -> l.startsWith("a=" + name + ":"))
        .map(l -> l.substring(name.length() + 3).strip())
        .findFirst();
  }

  static List<String> lines(String sdp) {
    return sdp.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
