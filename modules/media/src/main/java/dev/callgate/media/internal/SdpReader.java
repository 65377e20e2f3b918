package dev.callgate.media.internal;

import dev.callgate.kernel.CallingException;
import dev.callgate.kernel.ErrorCode;
import dev.callgate.media.SdpAnswer;
import dev.callgate.media.SdpOffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an SDP offer or answer line by line (RFC 8866 §5) and checks what the Cloud API needs of
 * it. Every way the text can be wrong ends in the one {@link CallingException} of rule C2, never in
 * another exception: the text comes straight from a browser or an integrator.
 */
public final class SdpReader {

  /** Far above any real audio offer (a browser's is about 1 KB); bigger is not an offer. */
  static final int MAX_LENGTH = 16 * 1024;

  private static final Pattern LINE = Pattern.compile("[a-z]=[^\\x00-\\x08\\x0B-\\x1F\\x7F]*");
  private static final Pattern ORIGIN = Pattern.compile("\\S+ \\d+ \\d+ IN IP[46] \\S+");
  private static final Pattern TIMING = Pattern.compile("\\d+ \\d+");
  private static final Pattern FINGERPRINT =
      Pattern.compile("(?i)(sha-1|sha-224|sha-256|sha-384|sha-512) [0-9a-f]{2}(:[0-9a-f]{2})+");
  private static final Pattern CRYPTO = Pattern.compile("\\d{1,9} [A-Za-z0-9_]+ inline:\\S+");
  private static final Pattern ICE_CHARS = Pattern.compile("[A-Za-z0-9+/]+");

  private SdpReader() {}

  public static SdpOffer offer(String raw) {
    Read read = read(raw, "offer");
    return new SdpOffer(read.text(), read.keying());
  }

  /**
   * An answer is checked as an offer is, and must also have taken a DTLS role: {@code
   * a=setup:active} or {@code passive}, never {@code actpass}, which only an offer may say.
   */
  public static SdpAnswer answer(String raw) {
    Read read = read(raw, "answer");
    if ("actpass".equals(read.setup())) {
      throw invalid("answer", "an answer must choose a DTLS role: a=setup:active or passive");
    }
    return new SdpAnswer(read.text(), read.keying());
  }

  private record Read(String text, String keying, String setup) {}

  private static Read read(String raw, String kind) {
    if (raw == null || raw.isBlank()) {
      throw invalid(kind, "the " + kind + " is empty");
    }
    if (raw.length() > MAX_LENGTH) {
      throw invalid(kind, "the " + kind + " is longer than " + MAX_LENGTH + " characters");
    }
    List<String> lines = lines(raw, kind);
    if (!lines.get(0).equals("v=0")) {
      throw invalid(kind, "the first line must be the version line v=0");
    }
    Session session = new Session(kind);
    for (int i = 1; i < lines.size(); i++) {
      session.read(lines.get(i), i + 1);
    }
    return new Read(String.join("\r\n", lines) + "\r\n", session.check(), session.setup);
  }

  private static List<String> lines(String raw, String kind) {
    List<String> lines = new ArrayList<>();
    int number = 0;
    for (String line : raw.split("\r?\n", -1)) {
      number++;
      if (line.isEmpty()) {
        continue;
      }
      if (!LINE.matcher(line).matches()) {
        throw invalid(kind, "line " + number + " is not of the form <type>=<value>");
      }
      lines.add(line);
    }
    if (lines.isEmpty()) {
      throw invalid(kind, "the " + kind + " has no lines");
    }
    return lines;
  }

  static CallingException invalid(String kind, String reason) {
    return CallingException.of(ErrorCode.INVALID_SDP, "Invalid SDP " + kind + ": " + reason)
        .rule("C2");
  }

  /** What the lines said, in the order RFC 8866 allows them. */
  private static final class Session {
    private final String kind;
    private boolean origin;
    private boolean name;
    private boolean timing;
    private int mediaLines;
    private String audioFormats;
    private final List<String> opusPayloads = new ArrayList<>();
    private boolean ufrag;
    private boolean pwd;
    private boolean fingerprint;
    private boolean crypto;
    private String setup;

    Session(String kind) {
      this.kind = kind;
    }

    private CallingException invalid(String reason) {
      return SdpReader.invalid(kind, reason);
    }

    void read(String line, int number) {
      char type = line.charAt(0);
      String value = line.substring(2);
      switch (type) {
        case 'o' -> {
          if (!ORIGIN.matcher(value).matches()) {
            throw invalid("line " + number + ": the origin line needs six fields, IN IP4|IP6");
          }
          origin = true;
        }
        case 's' -> name = !value.isEmpty();
        case 't' -> {
          if (!TIMING.matcher(value).matches()) {
            throw invalid("line " + number + ": the timing line needs a start and a stop time");
          }
          timing = true;
        }
        case 'm' -> media(value, number);
        case 'a' -> attribute(value, number);
        default -> {
          // c=, b=, i=, u=, e=, p=, r=, z=, k=: allowed, nothing Callgate needs from them
        }
      }
    }

    private void media(String value, int number) {
      mediaLines++;
      String[] parts = value.split(" ");
      if (parts.length < 4 || !parts[0].equals("audio")) {
        throw invalid(
            "line " + number + ": only one audio m-line (m=audio <port> <proto> <fmt>) is allowed");
      }
      if (!parts[1].matches("\\d{1,5}") || !parts[2].contains("RTP")) {
        throw invalid("line " + number + ": the audio m-line needs a port and an RTP profile");
      }
      audioFormats =
          " " + value.substring(value.indexOf(parts[2]) + parts[2].length()).trim() + " ";
    }

    private void attribute(String value, int number) {
      int colon = value.indexOf(':');
      String name = (colon < 0 ? value : value.substring(0, colon)).toLowerCase(Locale.ROOT);
      String rest = colon < 0 ? "" : value.substring(colon + 1).trim();
      switch (name) {
        case "ice-ufrag" -> ufrag = ice(rest, 4, number, "ice-ufrag");
        case "ice-pwd" -> pwd = ice(rest, 22, number, "ice-pwd");
        case "fingerprint" -> {
          if (!FINGERPRINT.matcher(rest).matches()) {
            throw invalid("line " + number + ": the fingerprint must be <hash> <hex:hex:...>");
          }
          fingerprint = true;
        }
        case "crypto" -> {
          if (!CRYPTO.matcher(rest).matches()) {
            throw invalid(
                "line " + number + ": the crypto line must be <tag> <suite> inline:<key>");
          }
          crypto = true;
        }
        case "setup" -> setup = rest.toLowerCase(Locale.ROOT);
        case "rtpmap" -> {
          String[] parts = rest.split(" ", 2);
          if (parts.length == 2 && parts[1].toLowerCase(Locale.ROOT).startsWith("opus/48000")) {
            opusPayloads.add(parts[0]);
          }
        }
        default -> {
          // other attributes (setup, mid, rtcp-mux, fmtp, candidate, ...) pass through untouched
        }
      }
    }

    private boolean ice(String value, int minLength, int number, String what) {
      if (value.length() < minLength
          || value.length() > 256
          || !ICE_CHARS.matcher(value).matches()) {
        throw invalid(
            "line " + number + ": " + what + " must be " + minLength + "-256 ICE characters");
      }
      return true;
    }

    String check() {
      if (!origin) {
        throw invalid("the origin line (o=) is missing");
      }
      if (!name) {
        throw invalid("the session name line (s=) is missing or empty");
      }
      if (!timing) {
        throw invalid("the timing line (t=) is missing");
      }
      if (mediaLines != 1) {
        throw invalid("an " + kind + " needs exactly one audio m-line, not " + mediaLines);
      }
      if (opusPayloads.stream().noneMatch(pt -> audioFormats.contains(" " + pt + " "))) {
        throw invalid("the audio m-line offers no Opus (a=rtpmap:<pt> opus/48000/2)");
      }
      if (!ufrag || !pwd) {
        throw invalid("ICE credentials (a=ice-ufrag and a=ice-pwd) are missing");
      }
      if (!fingerprint && !crypto) {
        throw invalid("keying is missing: a DTLS a=fingerprint or an SDES a=crypto line");
      }
      return fingerprint ? "DTLS" : "SDES";
    }
  }
}
