package io.clouddouble.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.testkit.Sdks;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: headless Chromium (Debian's chromium and chromium-driver) opens it
 * on a fake, the Tea SDK disables an endpoint zone, and the page shows the zone Disconnecting with
 * its history, the call in the request log linked to the zone, the pending transition completed by
 * a clock advance and by its Complete button, faults, coverage, a world loaded, and a reset. Screenshots go to
 * {@code target/console-screenshots/}.
 */
class ConsoleBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final String ENDPOINT = "ep-bp1demo0endpoint000001";
  private static final String ZONE_H = ENDPOINT + "/cn-hangzhou-h";
  private static final String ZONE_I = ENDPOINT + "/cn-hangzhou-i";

  private static CloudDouble fake;
  private static ChromeDriverService service;
  private static WebDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws IOException {
    assertTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the console's browser test needs Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
            + ": install them with `apt-get update && apt-get install -y chromium chromium-driver` (.ci/run does)");
    fake = CloudDouble.start(Settings.defaults().withPort(0));
    profile = Files.createTempDirectory("console-chromium-");
    // The driver is named explicitly, so Selenium Manager never looks for one on the network; the
    // flags keep Chromium from calling home on a closed network (without them it stalls).
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1500,1000", "--user-data-dir=" + profile);
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (fake != null) {
      fake.stop();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void showsACallChangingStateAndTheClockCompletingIt() throws Exception {
    // The zone transitions wait an hour of the fake's clock, so wall time never completes them.
    given().body("{\"name\":\"privatelink-zone-disconnect\",\"progression\":\"after\",\"duration\":\"1h\"}")
        .post(admin("transitions")).then().statusCode(200);
    browser.get(admin("ui"));
    click("live"); // refresh by hand: the test decides when the page reloads
    new Select(waitFor(By.id("f-type"), "VpcEndpointZone")).selectByValue("VpcEndpointZone");
    waitForText("resources-body", "ZoneStatus=Connected");

    disable("cn-hangzhou-h");

    click("res-search");
    waitForText("resources-body", "ZoneStatus=Disconnecting");
    clickWhenShown(By.cssSelector("#resources-body tr[data-id='" + ZONE_H + "']"), "ZoneStatus=Disconnecting", null);
    waitForText("detail-history", "ZoneStatus: Connected → Disconnecting");
    waitForText("detail-pending", "privatelink-zone-disconnect");
    waitForText("detail-json", "\"ZoneStatus\": \"Disconnecting\"");
    screenshot("1-resource-disconnecting");

    click("tab-requests");
    By call = By.cssSelector("#requests-body tr[data-operation='Privatelink:DisableVpcEndpointZoneConnection']");
    waitFor(call, "Privatelink:DisableVpcEndpointZoneConnection success");
    waitFor(call, "200");
    waitFor(call, "VpcEndpointZone " + ZONE_H);
    screenshot("2-request-log");

    click("tab-transitions");
    waitForText("pending-body", "privatelink-zone-disconnect");
    screenshot("3-pending-transition");
    setValue("advance-by", "2h");
    click("advance");
    waitForText("pending-body", "No transition in progress.");
    waitForText("clock-offset", "PT2H");

    // The call log's link opens the zone: the clock completed the transition.
    click("tab-requests");
    clickWhenShown(By.cssSelector("#requests-body a.res"), "VpcEndpointZone " + ZONE_H, null);
    waitForText("detail-history", "ZoneStatus: Disconnecting → Disconnected");
    waitForText("detail-history", "transition privatelink-zone-disconnect");
    waitForText("resources-body", "ZoneStatus=Disconnected");
    screenshot("4-clock-completed-transition");

    // One transition completed by its own button.
    disable("cn-hangzhou-i");
    click("tab-transitions");
    clickWhenShown(By.cssSelector("#pending-body tr[data-transition='privatelink-zone-disconnect']"), ZONE_I,
        By.cssSelector("button.complete"));
    waitForText("pending-body", "No transition in progress.");
    waitForText("message", "Completed privatelink-zone-disconnect on " + ZONE_I);

    click("tab-faults");
    setValue("fault-operation", "Privatelink:DisableVpcEndpointZoneConnection");
    setValue("fault-code", "Throttling.User");
    click("fault-add");
    waitForText("faults-body", "Throttling.User");

    click("tab-coverage");
    waitForText("coverage-totals", "documented outcomes");
    setValue("c-q", "DisableVpcEndpointZoneConnection");
    waitForText("coverage-body", "IncorrectStatus.VpcEndpointZone");
    screenshot("5-coverage");

    click("tab-world");
    setValue("world-json", "{\"accounts\":[{\"cloud\":\"alibaba\",\"accessKeyId\":\"testAccessKeyId\",\"regions\":"
        + "{\"cn-shanghai\":{\"VpcAccess\":[{\"VpcAccessId\":\"console0world0access\",\"Name\":\"from-the-console\","
        + "\"VpcId\":\"vpc-console\",\"InstanceId\":\"i-console\",\"Port\":80}]}}}]}");
    click("world-merge");
    click("world-load");
    waitForText("message", "Loaded the world");
    click("tab-resources");
    new Select(browser.findElement(By.id("f-type"))).selectByValue("");
    setValue("f-q", "console0world");
    click("res-search");
    waitFor(By.cssSelector("#resources-body tr[data-id='console0world0access']"), "cn-shanghai");

    click("reset");
    waitForText("message", "Reset to the loaded world");
    waitForText("res-count", "no resources"); // the merged resource is gone: reset returns to the loaded world
    setValue("f-q", "cn-hangzhou-");
    click("res-search");
    waitFor(By.cssSelector("#resources-body tr[data-id='" + ZONE_H + "']"), "ZoneStatus=Connected");
    waitFor(By.cssSelector("#resources-body tr[data-id='" + ZONE_I + "']"), "ZoneStatus=Connected");
    waitForText("clock-offset", "PT0S");
    click("tab-faults");
    waitForText("faults-body", "No fault injected.");
    click("tab-resources");
    screenshot("6-after-reset");
  }

  private static void disable(String zone) throws Exception {
    Map<String, ?> answer = Sdks.callTea(Sdks.tea(fake), "DisableVpcEndpointZoneConnection", "2020-04-15",
        Map.of("RegionId", "cn-hangzhou", "ServiceId", "epsrv-bp1demo0service0000001",
            "EndpointId", ENDPOINT, "ZoneId", zone), null);
    assertTrue(((Map<?, ?>) answer.get("body")).containsKey("RequestId"), String.valueOf(answer));
  }

  private static String admin(String path) {
    return fake.baseUrl() + "/__admin/clouddouble/" + path;
  }

  private static void click(String id) {
    browser.findElement(By.id(id)).click();
  }

  private static void setValue(String id, String value) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  private static void waitForText(String id, String text) {
    waitFor(By.id(id), text);
  }

  /**
   * Waits until an element with this locator shows the text (the page fetches asynchronously and
   * re-renders, so an element found a moment ago may have been replaced: then it looks again).
   */
  private static WebElement waitFor(By locator, String text) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "the console never showed '" + text + "' in " + locator)
        .until(d -> d.findElements(locator).stream().filter(e -> e.getText().contains(text)).findFirst().orElse(null));
  }

  /** Clicks the element showing the text (or the {@code inner} element inside it) once it is there. */
  private static void clickWhenShown(By locator, String text, By inner) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "the console never showed a clickable '" + text + "' in " + locator)
        .until(d -> {
          WebElement shown = waitFor(locator, text);
          (inner == null ? shown : shown.findElement(inner)).click();
          return true;
        });
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }
}
