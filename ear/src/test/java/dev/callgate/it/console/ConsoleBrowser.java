package dev.callgate.it.console;

import dev.callgate.it.TestServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium on the console, with its own throw-away profile. Both binaries are
 * named explicitly, so Selenium Manager never tries to download a browser. Every wait is an
 * explicit condition: pages answer ajax at their own pace and a fixed sleep is either too short or
 * wasted.
 */
public final class ConsoleBrowser implements AutoCloseable {

  private static final String CHROMIUM =
      System.getProperty("callgate.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("callgate.chromedriver", "/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private ConsoleBrowser(Path profile, ChromeDriverService service, ChromeDriver driver) {
    this.profile = profile;
    this.service = service;
    this.driver = driver;
    // An ajax update replaces elements while a condition looks at them: look again.
    this.wait = new WebDriverWait(driver, PATIENCE);
    wait.ignoring(StaleElementReferenceException.class);
  }

  public static ConsoleBrowser start() {
    requireBrowser();
    Path profile;
    try {
      profile = Files.createTempDirectory("callgate-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1440,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    return new ConsoleBrowser(profile, service, new ChromeDriver(service, options));
  }

  /**
   * A developer machine without Debian's chromium skips the browser tests with a clear reason; CI
   * (which installs it) never does, so a missing browser there fails instead of hiding.
   */
  private static void requireBrowser() {
    boolean present =
        Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    if (!present && !"true".equalsIgnoreCase(System.getenv("CI"))) {
      Assumptions.abort(
          "Browser tests need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": apt-get install chromium chromium-driver");
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a path of the server under test, e.g. {@code /console/agents.xhtml}. */
  public void open(String path) {
    driver.get(TestServer.uri(path).toString());
  }

  /** Submits the sign-in form; the caller waits for whatever page it expects next. */
  public void signIn(String email, String password) {
    open("/console/login.xhtml");
    type(By.id("login:email"), email);
    type(By.id("login:password"), password);
    click(By.id("login:signIn"));
  }

  public WebElement waitFor(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public <T> T waitUntil(ExpectedCondition<T> condition) {
    return wait.until(condition);
  }

  public void click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  public void type(By locator, String text) {
    WebElement field = waitFor(locator);
    field.clear();
    field.sendKeys(text);
  }

  /** Picks an option of a PrimeFaces select-one menu by its label, as a person would. */
  public void choose(String menuId, String label) {
    pick(menuId, "li[data-label='" + label + "']");
  }

  /**
   * Picks the option whose label contains {@code text}: for labels that carry a part other tests
   * may rename (a number's friendly name) beside a stable one (the number).
   */
  public void chooseContaining(String menuId, String text) {
    pick(menuId, "li[data-label*='" + text + "']");
  }

  private void pick(String menuId, String option) {
    click(By.id(menuId));
    By panel = By.id(menuId + "_panel");
    // The panel slides in; a click during the transition lands beside the moving option.
    waitUntil(
        ExpectedConditions.attributeContains(panel, "class", "ui-connected-overlay-enter-done"));
    click(By.cssSelector("[id='" + menuId + "_items'] " + option));
    waitUntil(ExpectedConditions.invisibilityOfElementLocated(panel));
  }

  public boolean isPresent(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  /**
   * The HTTP status the server answers for a GET of {@code path} in this browser's session, which
   * the browser itself does not reveal.
   */
  public int statusOf(String path) {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.uri(path)).timeout(PATIENCE);
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session.getValue());
    }
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Saves what the browser shows now as {@code target/<name>.png} of the module under test, for a
   * person to look at after the run.
   */
  public Path screenshot(String name) {
    Path file = Path.of(System.getProperty("basedir", "."), "target", name + ".png");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a leftover profile in the temp directory is harmless
    }
  }
}
