package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.annalist.server.AnnalistServer;
import org.annalist.server.ServerSettings;
import org.annalist.store.EventStore;
import org.annalist.store.StoreSettings;
import org.annalist.store.search.SearchIndex;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in Debian's headless Chromium: starts {@code annalist serve}'s server with the
 * pipeline the CLI wires, pastes the example article into the workspace, and reads the result
 * as a user would: the event table, the event's evidence, the article with its quotes, a person,
 * the dyad timeline, the network and search. Saves a screenshot of each page under
 * target/screenshots/. Skipped (not failed) only where chromium or chromedriver is missing.
 */
class ServeWorkspaceBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String TOKEN = "browser-test-token";

    @Test
    void codesPastedExampleAndShowsEventsEvidenceAndAttributedQuotes(@TempDir Path folder) throws Exception {
        inWorkspace(folder, Duration.ofSeconds(180), (server, browser, wait, screenshots) -> {
            browser.get(server.url());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submit-text")));

            String file = Files.readString(SharedLanguage.exampleArticle(), StandardCharsets.UTF_8);
            java.util.regex.Matcher dateLine = java.util.regex.Pattern.compile("\\A\\s*date\\s+(\\d{4})-(\\d{2})-(\\d{2})\\s+").matcher(file);
            assertThat(dateLine.find()).isTrue();
            browser.findElement(By.id("submit-title")).sendKeys("Iran and Azerbaijan military commission");
            // A date input takes the digits in the browser's order (month, day, year for en-US).
            browser.findElement(By.id("submit-date")).sendKeys(dateLine.group(2) + dateLine.group(3) + dateLine.group(1));
            browser.findElement(By.id("submit-source")).sendKeys("PressTV");
            paste(browser, By.id("submit-text"), file.substring(dateLine.end()));
            browser.findElement(By.id("submit-token")).sendKeys(TOKEN);
            save(browser, screenshots, "01-submit");
            browser.findElement(By.id("submit-button")).click();
            WebElement stored = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".stored-article a")));
            String articleRoute = stored.getAttribute("href");
            save(browser, screenshots, "02-submitted");

            browser.get(server.url() + "#/events");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-table")));
            List<WebElement> consults = browser.findElements(By.cssSelector("#event-table tr.event-row")).stream()
                    .filter(row -> row.findElement(By.cssSelector(".event-type a")).getText().equals("CONSULT"))
                    .filter(row -> (row.findElement(By.cssSelector(".actor")).getText() + " → "
                            + row.findElement(By.cssSelector(".recipient")).getText()).matches(".*IRN.*AZE.*|.*AZE.*IRN.*"))
                    .toList();
            assertThat(consults).as("a CONSULT row between IRN and AZE").isNotEmpty();
            assertThat(consults.get(0).findElement(By.cssSelector("td.confidence")).getText())
                    .as("the merged event's confidence, two decimals").matches("0\\.\\d\\d|1\\.00");
            save(browser, screenshots, "03-events");

            consults.get(0).findElement(By.cssSelector(".event-type a")).click();
            WebElement evidence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sentence-evidence")));
            assertThat(evidence.findElements(By.cssSelector("mark.mark-trigger"))).isNotEmpty();
            assertThat(evidence.findElements(By.cssSelector("mark.mark-actor"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector(".facts dt")).stream().map(WebElement::getText).toList())
                    .as("the event and each report show their confidence").contains("Confidence");
            save(browser, screenshots, "04-event");

            browser.get(articleRoute);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
            save(browser, screenshots, "05-article");
            assertQuoteSpokenBy(browser, "ongoing] trend", "Ashtiani");
            assertQuoteSpokenBy(browser, "developments and processes", "Ashtiani");
            assertQuoteSpokenBy(browser, "We are certain", "Aliye");

            browser.findElement(By.cssSelector("#quote-list .quote-speaker[href]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entity-quotes")));
            save(browser, screenshots, "06-entity");

            browser.get(server.url() + "#/dyad/IRN/AZE?by=month");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline-chart")));
            save(browser, screenshots, "07-dyad");

            browser.get(server.url() + "#/network");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("network")));
            assertThat(browser.findElements(By.cssSelector("#network .node text")).stream().map(WebElement::getText).toList())
                    .contains("IRN", "AZE");
            save(browser, screenshots, "08-network");

            browser.get(server.url() + "#/search?q=joint%20military");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-hits")));
            save(browser, screenshots, "09-search");
        });
    }

    @Test
    void rendersScriptInPastedArticleAsText(@TempDir Path folder) throws Exception {
        inWorkspace(folder, Duration.ofSeconds(120), (server, browser, wait, screenshots) -> {
            browser.get(server.url());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submit-text")));
            browser.findElement(By.id("submit-title")).sendKeys("<img src=x onerror=\"document.title='hacked'\">");
            paste(browser, By.id("submit-text"), "Officials of Turkey met officials of Iraq. <script>document.title='hacked'</script> They talked.");
            browser.findElement(By.id("submit-token")).sendKeys(TOKEN);
            browser.findElement(By.id("submit-button")).click();
            browser.get(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".stored-article a"))).getAttribute("href"));
            WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
            assertThat(text.getText()).contains("<script>document.title='hacked'</script>");
            assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("<img src=x");
            assertThat(browser.findElements(By.cssSelector("#view script, #view img"))).isEmpty();
            assertThat(browser.getTitle()).isEqualTo("Annalist");
            save(browser, screenshots, "10-script-as-text");
        });
    }

    /** Long text is set through the DOM (typing 3,000 characters key by key takes minutes) and announced with an input event. */
    /** What a test does in the workspace: a running server over a fresh store, a headless browser. */
    @FunctionalInterface
    private interface WorkspaceSession {
        void run(AnnalistServer server, WebDriver browser, WebDriverWait wait, Path screenshots) throws Exception;
    }

    /**
     * Starts the server over a fresh store and index with the shared CoreNLP, opens Debian's
     * Chromium on it, runs the session and always closes the browser. Skipped where Chromium or
     * its driver is missing.
     */
    private static void inWorkspace(Path folder, Duration patience, WorkspaceSession session) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (installed by .ci/run)");
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        try (EventStore store = EventStore.open(folder.resolve("annalist.duckdb"), StoreSettings.defaults());
             SearchIndex index = SearchIndex.openForWriting(store.searchIndexDirectory());
             AnnalistServer server = AnnalistServer.start(ServerSettings.of(0, TOKEN), store, index,
                     PipelineAssembly.pipeline(SharedLanguage.annotator(), new PipelineOptions()))) {
            WebDriver browser = browser(folder.resolve("chromium-profile"));
            try {
                session.run(server, browser, new WebDriverWait(browser, patience), screenshots);
            } finally {
                browser.quit();
            }
        }
    }

    private static void paste(WebDriver browser, By field, String text) {
        WebElement element = browser.findElement(field);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", element, text);
    }

    private static void assertQuoteSpokenBy(WebDriver browser, String words, String speaker) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#quote-list .quote-row")).stream()
                .filter(row -> row.findElement(By.cssSelector(".quote-text")).getText().contains(words)).toList();
        assertThat(rows).as("a quote containing '" + words + "'").isNotEmpty();
        assertThat(rows.get(0).findElement(By.cssSelector(".quote-speaker")).getText()).as("speaker of '" + words + "'").contains(speaker);
    }

    private static WebDriver browser(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=en-US", "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void save(WebDriver browser, Path folder, String name) throws java.io.IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(folder.resolve(name + ".png"), png);
    }
}
