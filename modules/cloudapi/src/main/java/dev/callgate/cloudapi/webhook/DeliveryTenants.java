package dev.callgate.cloudapi.webhook;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The WABAs and business numbers a delivery speaks for: every place where {@link WebhookParser}
 * reads one ({@code entry[].id}, the {@code metadata}, settings and 360dialog ids). The signature
 * check needs them before the delivery is trusted, so they are read with the streaming parser,
 * which holds no tree and never recurses however deep the body nests.
 *
 * @param wabaIds the WhatsApp Business Account ids named
 * @param phoneNumberIds the Cloud API phone number ids named
 */
public record DeliveryTenants(Set<String> wabaIds, Set<String> phoneNumberIds) {

  private static final JsonProvider JSON = JsonProvider.provider();

  private static final String ITEM = "[]";
  private static final String CHANGE = "$.entry.[].changes.[].value.";
  private static final Set<String> WABA_PATHS = Set.of("$.entry.[].id", "$.waba_id");
  private static final Set<String> NUMBER_PATHS =
      Set.of(
          CHANGE + "metadata.phone_number_id",
          CHANGE + "phone_number_settings.phone_number_id",
          CHANGE + "phone_number_id",
          "$.phone_number_id");

  /** Deeper than any path above: below it names are not tracked, only the depth. */
  private static final int TRACKED_DEPTH = 8;

  public DeliveryTenants {
    wabaIds = Set.copyOf(wabaIds);
    phoneNumberIds = Set.copyOf(phoneNumberIds);
  }

  /** The tenants of a JSON delivery; empty when the body is not JSON. */
  public static Optional<DeliveryTenants> of(byte[] body) {
    if (body == null || body.length == 0) {
      return Optional.empty();
    }
    Set<String> wabas = new LinkedHashSet<>();
    Set<String> numbers = new LinkedHashSet<>();
    // the names leading to the container being read; "[]" for an array's items
    List<String> path = new ArrayList<>();
    int depth = 0;
    String key = null;
    try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case KEY_NAME -> key = parser.getString();
          case START_OBJECT, START_ARRAY -> {
            if (depth < TRACKED_DEPTH) {
              path.add(depth == 0 ? "$" : name(key));
            }
            depth++;
            key = null;
          }
          case END_OBJECT, END_ARRAY -> {
            depth--;
            if (depth < TRACKED_DEPTH) {
              path.remove(path.size() - 1);
            }
            key = null;
          }
          case VALUE_STRING, VALUE_NUMBER -> {
            if (depth < TRACKED_DEPTH) {
              String at = String.join(".", path) + "." + name(key);
              if (WABA_PATHS.contains(at)) {
                wabas.add(parser.getString());
              } else if (NUMBER_PATHS.contains(at)) {
                numbers.add(parser.getString());
              }
            }
            key = null;
          }
          default -> key = null;
        }
      }
    } catch (RuntimeException notJson) {
      // JsonException for bad syntax, and Parsson's own RuntimeException for nesting beyond its
      // limit: either way the body names no tenant.
      return Optional.empty();
    }
    return Optional.of(new DeliveryTenants(wabas, numbers));
  }

  private static String name(String key) {
    return key == null ? ITEM : key;
  }
}
