package dev.callgate.accounts.internal;

import dev.callgate.accounts.Actor;
import dev.callgate.accounts.Role;
import dev.callgate.kernel.BusinessNumber;
import dev.callgate.kernel.PublicUrl;
import dev.callgate.kernel.WaId;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds two demo businesses on an empty database when {@code callgate.demo.enabled} is true, and
 * prints where to start. The logins and API keys are documented in the README; they exist only in
 * demo runs.
 */
@Singleton
@Startup
@DependsOn("AccountsSchema")
public class DemoData {

  public static final String PASSWORD = "callgate-demo";
  public static final String SUNRISE_KEY = "cg_demoSunrise4c9f2a7d1e8b";
  public static final String AURORA_KEY = "cg_demoAurora7b3e9d1c5a2f";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext(unitName = "accounts")
  private EntityManager em;

  @Inject private PasswordHasher passwords;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "callgate.demo.enabled", defaultValue = "false")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "callgate.public-url", defaultValue = "auto")
  private String publicUrl;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    long existing = em.createQuery("select count(b) from Business b", Long.class).getSingleResult();
    if (existing == 0) {
      seedSunrise();
      seedAurora();
      LOG.info("Demo data seeded: 2 businesses, 3 numbers, 8 agents, 5 contacts, 2 API keys");
    }
    LOG.info(banner());
  }

  private void seedSunrise() {
    Business sunrise = persist(new Business("Sunrise Electronics", true, clock.instant()));
    long id = sunrise.id();
    persist(new Waba("102290129340398", id, "Sunrise Electronics"));
    PhoneNumber india =
        new PhoneNumber(
            "106540352242922",
            id,
            "102290129340398",
            BusinessNumber.of("919876543210"),
            "Sunrise Support India");
    india.useCallHours("Asia/Kolkata");
    for (String day : new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) {
      india.openOn(day, "0900", "1800");
    }
    persist(india);
    persist(
        new PhoneNumber(
            "106540352242933",
            id,
            "102290129340398",
            BusinessNumber.of("16502530000"),
            "Sunrise US Desk"));
    Team sales = persist(new Team(id, "Sales North"));
    Team support = persist(new Team(id, "Support"));
    agent(id, "Priya Sharma", "priya@sunrise.example", Role.OWNER, null);
    agent(id, "Arjun Mehta", "arjun@sunrise.example", Role.SUPERADMIN, null);
    Agent meera = agent(id, "Meera Iyer", "meera@sunrise.example", Role.SALES_LEAD, sales);
    Agent rahul = agent(id, "Rahul Verma", "rahul@sunrise.example", Role.TEAMMATE, sales);
    Agent kavya = agent(id, "Kavya Nair", "kavya@sunrise.example", Role.ADMIN, support);
    contact(id, "919812345678", "Anil Kumar", rahul, meera);
    contact(id, "919845012345", "Deepa Rao", kavya, null);
    contact(id, "447123456789", "Oliver Smith", null, null);
    persist(
        ApiKeySecrets.keyFor(
            Actor.system(id, "demo-data"), "Demo key", SUNRISE_KEY, clock.instant()));
  }

  private void seedAurora() {
    Business aurora = persist(new Business("Aurora Modas", false, clock.instant()));
    long id = aurora.id();
    persist(new Waba("203390129340411", id, "Aurora Modas"));
    persist(
        new PhoneNumber(
            "207650352242911",
            id,
            "203390129340411",
            BusinessNumber.of("5511987654321"),
            "Aurora Atendimento"));
    Team vendas = persist(new Team(id, "Vendas"));
    agent(id, "Ana Souza", "ana@aurora.example", Role.OWNER, null);
    Agent bruno = agent(id, "Bruno Lima", "bruno@aurora.example", Role.SALES_LEAD, vendas);
    Agent carla = agent(id, "Carla Dias", "carla@aurora.example", Role.TEAMMATE, vendas);
    contact(id, "5521987654321", "João Pereira", carla, bruno);
    contact(id, "5511912345678", "Mariana Costa", bruno, null);
    persist(
        ApiKeySecrets.keyFor(
            Actor.system(id, "demo-data"), "Demo key", AURORA_KEY, clock.instant()));
  }

  private Agent agent(long businessId, String name, String email, Role role, Team team) {
    return persist(new Agent(businessId, name, email, passwords.hash(PASSWORD), role, team));
  }

  /** Through WaId, like every other contact: a number Callgate would refuse cannot be seeded. */
  private void contact(long businessId, String waId, String name, Agent assignee, Agent owner) {
    Contact contact = new Contact(businessId, WaId.of(waId).value(), clock.instant());
    contact.update(
        name,
        assignee == null ? null : assignee.id(),
        owner == null ? null : owner.id(),
        clock.instant());
    persist(contact);
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }

  private String banner() {
    String base = PublicUrl.resolve(publicUrl);
    return String.join(
        System.lineSeparator(),
        "",
        "==================== Callgate demo ====================",
        "Console:     " + base + "/console/",
        "REST API:    " + base + "/api/v1   (OpenAPI: " + base + "/api/openapi)",
        "SOAP WSDL:   " + base + "/api/soap/CallingService?wsdl",
        "Sandbox:     " + base + "/sandbox/",
        "Logins (password " + PASSWORD + "):",
        "  priya@sunrise.example (Owner), meera@sunrise.example (Sales Lead),",
        "  rahul@sunrise.example (Teammate), ana@aurora.example (Owner)",
        "API keys:    Sunrise Electronics  " + SUNRISE_KEY,
        "             Aurora Modas         " + AURORA_KEY,
        "=======================================================");
  }
}
