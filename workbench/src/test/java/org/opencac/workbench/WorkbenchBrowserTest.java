package org.opencac.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opencac.workbench.testing.TestService;

/**
 * A coder's session in headless Chromium (Debian's chromium and chromium-driver): queue, chart with highlighted
 * evidence, accept, reject with a reason, modify, add a missed code via search, finalize with the keyboard only,
 * and the audit trail showing each step. Saves screenshots to {@code target/screenshots/} (the folder named by
 * the system property {@value #SCREENSHOTS_PROPERTY} instead: the README's command to refresh the documentation's
 * screenshots names {@code docs/screenshots}). Skipped, with a message, when Chromium or its driver is not installed.
 */
class WorkbenchBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** System property naming the folder the screenshots are written to (default {@code target/screenshots}). */
    static final String SCREENSHOTS_PROPERTY = "opencac.screenshots.dir";
    private static TestService service;
    private static ChromeDriver driver;
    private static WebDriverWait wait;
    @TempDir
    static Path scratch;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            System.err.println("SKIPPED WorkbenchBrowserTest: install Debian's chromium and chromium-driver "
                    + "(/usr/bin/chromium, /usr/bin/chromedriver) to run the browser tests");
        }
        assumeTrue(present, "Chromium or chromedriver not installed");
        service = TestService.start(TestService.h2(scratch.resolve("store")));
        Path userData = Files.createDirectories(scratch.resolve("chromium"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + userData);
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(driverService, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class); // the page re-renders the list after each decision
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    private static Map<String, Object> encounter(String id, String date) {
        Map<String, Object> m = WorkbenchContract.encounter(id);
        m.put("dateOfService", date);
        return m;
    }

    private static void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private static WebElement code(String code) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#codes li[data-code='" + code
                + "']")));
    }

    /** Moves the selection with j / k until {@code code} is selected: the keyboard way to reach a code. */
    private static void selectWithKeys(String code) {
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) ((JavascriptExecutor) driver).executeScript("return [...document"
                + ".querySelectorAll('#codes li')].map(li => li.dataset.code + '|' + li.getAttribute('aria-selected'))");
        int target = -1;
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).startsWith(code + "|")) {
                target = i;
            }
            if (items.get(i).endsWith("|true")) {
                at = i;
            }
        }
        assertTrue(target >= 0, "no code " + code);
        while (at < target) {
            keys("j");
            at++;
        }
        while (at > target) {
            keys("k");
            at--;
        }
        wait.until(d -> "true".equals(code(code).getAttribute("aria-selected")));
    }

    private static void waitForStatus(String code, String status) {
        wait.until(d -> status.equals(code(code).getAttribute("data-status")));
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty(SCREENSHOTS_PROPERTY, Path.of("target", "screenshots").toString()));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aCoderReviewsAChartAndFinalizesWithTheKeyboard() throws Exception {
        Map<String, String> h = Map.of("X-Coder-Id", "seed", "X-Org-Id", "default");
        assertEquals(201, service.send("POST", "/v1/encounters", encounter("enc-1001", "2026-03-02"), h).statusCode());
        assertEquals(201, service.send("POST", "/v1/encounters", encounter("enc-1002", "2026-03-03"), h).statusCode());
        driver.get(service.base + "/ui/");
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('opencac.coder', 'coder-amy')");
        driver.navigate().refresh();

        // The queue lists both encounters; open the first from the keyboard.
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#queue-table a.open-chart"), 2));
        screenshot("queue.png");
        WebElement link = driver.findElement(By.linkText("enc-1001"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", link);
        keys(Keys.ENTER);

        // The chart shows the note with highlighted evidence for the selected code.
        wait.until(ExpectedConditions.textToBe(By.id("chart-title"), "Chart enc-1001"));
        wait.until(d -> !d.findElements(By.cssSelector("#note mark.ev.active")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("#note mark.ev")).size() >= 5);
        assertTrue(driver.findElements(By.cssSelector("#note .uncoded[data-reason*='negated']")).size() >= 1,
                "the denied chest pain is shown greyed with its reason");
        // Click a code: its spans light up. Click a span: its codes are listed.
        code("E78.5").click();
        wait.until(d -> d.findElements(By.cssSelector("#note mark.ev.active")).stream()
                .allMatch(m -> m.getText().equalsIgnoreCase("hyperlipidemia")));
        driver.findElement(By.xpath("//div[@id='note']/mark[normalize-space()='diabetes']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("span-codes-list"), "Z83.3"));
        new Actions(driver).moveToElement(driver.findElement(By.id("codes"))).click().perform();

        // Accept one.
        selectWithKeys("E78.5");
        keys("a");
        waitForStatus("E78.5", "accepted");
        // Reject one with a reason.
        selectWithKeys("Z83.3");
        keys("r");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reject-reason")));
        new Select(driver.findElement(By.id("reject-reason"))).selectByValue("family_history");
        driver.findElement(By.id("reject-comment")).sendKeys("relative's condition");
        driver.findElement(By.id("reject-ok")).click();
        waitForStatus("Z83.3", "rejected");
        // Modify one through the code search.
        selectWithKeys("E11.9");
        keys("m");
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-search")));
        search.sendKeys("E11.65");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#code-options li[data-code='E11.65']")));
        search.sendKeys(Keys.ENTER);
        search.sendKeys(Keys.ENTER);
        waitForStatus("E11.9", "modified");
        screenshot("chart.png");
        // Add a missed code via search, with the selected note text as its evidence.
        ((JavascriptExecutor) driver).executeScript("""
                const note = document.getElementById('note');
                const walker = document.createTreeWalker(note, NodeFilter.SHOW_TEXT);
                let n;
                while ((n = walker.nextNode())) {
                  const i = n.textContent.indexOf('atorvastatin');
                  if (i >= 0) {
                    const r = document.createRange();
                    r.setStart(n, i); r.setEnd(n, i + 'atorvastatin'.length);
                    const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
                    break;
                  }
                }
                document.getElementById('codes').focus();""");
        keys("n");
        search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-search")));
        assertTrue(driver.findElement(By.id("code-dialog-span")).getText().contains("atorvastatin"));
        search.sendKeys("Z79.899");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#code-options li[data-code='Z79.899']")));
        search.sendKeys(Keys.ENTER);
        search.sendKeys(Keys.ENTER);
        waitForStatus("Z79.899", "added");

        // Finalize with the keyboard only: accept what is pending, finalize, confirm the principal.
        keys("A");
        waitForStatus("I10", "accepted");
        waitForStatus("M54.50", "accepted");
        keys("f");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("principal")));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-list")));
        List<String> claim = driver.findElements(By.cssSelector("#claim-list li")).stream()
                .map(e -> e.getText().split(" ")[0]).toList();
        assertEquals(List.of("I10", "E78.5", "E11.65", "M54.50", "Z79.899"), claim, "the assessment's order, the addition last");

        // The audit trail on the page shows every step, by this coder.
        wait.until(d -> d.findElement(By.id("audit-table")).getText().contains("finalize"));
        String trail = driver.findElement(By.id("audit-table")).getText();
        for (String step : List.of("submit", "accept", "reject", "modify", "add", "finalize")) {
            assertTrue(trail.contains(step), "audit trail lacks " + step + ":\n" + trail);
        }
        assertTrue(trail.contains("coder-amy"));
        JsonNode enc = TestService.json(service.send("GET", "/v1/encounters/"
                + driver.getCurrentUrl().replaceAll(".*/chart/", ""), null, h));
        assertEquals("finalized", enc.get("status").asText());
        assertEquals("coder-amy", enc.get("finalizedBy").asText());
        JsonNode reject = null;
        for (JsonNode d : enc.get("decisions")) {
            if (d.get("action").asText().equals("reject")) {
                reject = d;
            }
        }
        assertEquals("family_history", reject.get("reason").asText());
        assertEquals("relative's condition", reject.get("comment").asText());

        // A second coder reviews the other chart through the API, then the dashboard draws both.
        JsonNode other = TestService.json(service.send("GET", "/v1/queue?status=open", null, h)).get("items").get(0);
        JsonNode second = TestService.json(service.send("GET", "/v1/encounters/" + other.get("id").asLong(), null, h));
        Map<String, String> ben = Map.of("X-Coder-Id", "coder-ben", "X-Org-Id", "default");
        for (JsonNode s : second.get("suggestions")) {
            Map<String, Object> d = s.get("code").asText().startsWith("Z")
                    ? Map.of("suggestionId", s.get("id").asLong(), "action", "reject", "reason", "family_history")
                    : Map.of("suggestionId", s.get("id").asLong(), "action", "accept");
            assertEquals(200, service.send("POST", "/v1/encounters/" + second.get("id").asLong() + "/decisions", d,
                    ben).statusCode());
        }
        keys("g", "d");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dash-summary"), "current decisions"));
        wait.until(d -> d.findElements(By.cssSelector("#chart-code canvas")).size() == 1);
        Thread.sleep(500);
        screenshot("dashboard.png");
        assertTrue(driver.findElement(By.id("chart-code")).getAttribute("aria-label").contains("E78.5: 100"));
        assertTrue(driver.findElement(By.id("chart-triggers")).getAttribute("aria-label").contains("diabetes: 2"));
    }
}
