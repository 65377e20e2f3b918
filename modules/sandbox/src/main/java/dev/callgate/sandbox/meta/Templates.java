package dev.callgate.sandbox.meta;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Message templates submitted to the sandbox, per WABA, name and language. */
@ApplicationScoped
public class Templates {

  private final Map<String, Template> templates = new ConcurrentHashMap<>();

  /** Registers a new PENDING template; Meta's code 100 if that name and language exist. */
  public Template submit(
      String wabaId, String name, String language, String category, boolean callPermissionRequest) {
    Template template =
        new Template(
            Ids.numericId(), wabaId, name, language, category, callPermissionRequest, "PENDING");
    if (templates.putIfAbsent(key(wabaId, name, language), template) != null) {
      throw new MetaError(
          100,
          400,
          "OAuthException",
          "(#100) Invalid parameter",
          "Content in this language already exists for template " + name,
          Map.of("error_subcode", 2388024));
    }
    return template;
  }

  public void review(Template template, String status) {
    templates.put(
        key(template.wabaId(), template.name(), template.language()), template.withStatus(status));
  }

  /** A template of any language with that name, sent by a number of that WABA. */
  public Optional<Template> find(String wabaId, String name, String language) {
    Template exact = templates.get(key(wabaId, name, language));
    if (exact != null) {
      return Optional.of(exact);
    }
    return templates.values().stream()
        .filter(t -> t.wabaId().equals(wabaId) && t.name().equals(name))
        .findFirst();
  }

  private static String key(String wabaId, String name, String language) {
    return wabaId + "/" + name + "/" + language;
  }

  /** A submitted template and its review status. */
  public record Template(
      String id,
      String wabaId,
      String name,
      String language,
      String category,
      boolean callPermissionRequest,
      String status) {

    Template withStatus(String newStatus) {
      return new Template(id, wabaId, name, language, category, callPermissionRequest, newStatus);
    }
  }
}
