package dev.callgate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Dependencies point one way (DESIGN.md): each module may use only the modules below it, and only
 * their public top package, never their {@code internal} one.
 */
class ArchitectureTest {

  /** Each module and the modules it may depend on, as drawn in DESIGN.md. */
  private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

  static {
    Set<String> base = Set.of("kernel", "cloudapi", "accounts");
    ALLOWED.put("kernel", Set.of());
    ALLOWED.put("cloudapi", Set.of("kernel"));
    ALLOWED.put("accounts", Set.of("kernel", "cloudapi"));
    ALLOWED.put("templates", base);
    ALLOWED.put("permissions", union(base, Set.of("templates")));
    ALLOWED.put("routing", base);
    ALLOWED.put("billing", base);
    ALLOWED.put("media", base);
    ALLOWED.put(
        "calls", union(base, Set.of("templates", "permissions", "routing", "billing", "media")));
    Set<String> everything = union(ALLOWED.get("calls"), Set.of("calls"));
    ALLOWED.put("api", everything);
    ALLOWED.put("console", everything);
    // The sandbox plays Meta: it must work without any of Callgate's code.
    ALLOWED.put("sandbox", Set.of());
  }

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.callgate");
  }

  @Test
  void everyModuleIsOnTheClasspath() {
    for (String module : ALLOWED.keySet()) {
      assertThat(classes.containPackage("dev.callgate." + module))
          .as("classes of module %s imported", module)
          .isTrue();
    }
  }

  @TestFactory
  Stream<DynamicTest> noModuleUsesAnotherModulesInternals() {
    return ALLOWED.keySet().stream()
        .map(
            module ->
                DynamicTest.dynamicTest(
                    module + ".internal is private to " + module,
                    () ->
                        noClasses()
                            .that()
                            .resideOutsideOfPackage("dev.callgate." + module + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage("dev.callgate." + module + ".internal..")
                            .check(classes)));
  }

  @TestFactory
  Stream<DynamicTest> moduleDependenciesFollowTheDesign() {
    return ALLOWED.entrySet().stream()
        .map(
            entry -> {
              String module = entry.getKey();
              String[] forbidden =
                  ALLOWED.keySet().stream()
                      .filter(other -> !other.equals(module) && !entry.getValue().contains(other))
                      .map(other -> "dev.callgate." + other + "..")
                      .toArray(String[]::new);
              return DynamicTest.dynamicTest(
                  module + " depends only on " + entry.getValue(),
                  () ->
                      noClasses()
                          .that()
                          .resideInAPackage("dev.callgate." + module + "..")
                          .should()
                          .dependOnClassesThat()
                          .resideInAnyPackage(forbidden)
                          .allowEmptyShould(true)
                          .check(classes));
            });
  }

  @Test
  void faultToleranceLivesOnlyInTheCloudApiClient() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.callgate.cloudapi..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eclipse.microprofile.faulttolerance..")
        .check(classes);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return Set.copyOf(Stream.concat(a.stream(), b.stream()).toList());
  }
}
