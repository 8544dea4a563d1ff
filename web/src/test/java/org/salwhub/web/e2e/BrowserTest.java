package org.salwhub.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test does: open a fresh headless Chromium with an Accept-Language, go to a page, sign in as a
 * demo account, switch language, wait (looking again when a partial update replaced what it found) and keep
 * screenshots, against the run's one server ({@link org.salwhub.web.it.TestServer}).
 */
abstract class BrowserTest {

    static final String PASSWORD = "SalwHub#2026";
    static final Duration WAIT = Duration.ofSeconds(30);

    static {
        Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder").setLevel(Level.SEVERE);
    }

    /** The run's one server (see {@link org.salwhub.web.it.TestServer}). */
    final URL base = org.salwhub.web.it.TestServer.url();

    WebDriver driver;
    private final List<Path> temporary = new ArrayList<>();
    /** The account (name, password) the browser last signed in as; languages it switches to are undone after. */
    private String[] signedIn;
    private AccountLanguages languages;

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        signedIn = null;
        if (languages != null) {
            languages.restore();
        }
        for (Path dir : temporary) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        temporary.clear();
    }

    /** A new temporary directory, deleted after the test. */
    Path temporaryDirectory(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            temporary.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh browser, its Accept-Language set to {@code languages}; a second call replaces the first browser. */
    void open(String languages) {
        open(languages, Map.of());
    }

    /** A fresh browser with extra Chromium preferences (downloads, for instance). */
    void open(String languages, Map<String, Object> prefs) {
        if (driver != null) {
            driver.quit();
        }
        driver = Chromium.start(temporaryDirectory("salwhub-chromium-"), languages, WAIT, prefs);
    }

    void go(String path) {
        driver.get(url(path).toString());
    }

    URI url(String path) {
        String root = base.toExternalForm().endsWith("/") ? base.toExternalForm() : base.toExternalForm() + "/";
        return URI.create(root + path);
    }

    /** Signs in from the sign-in page (opened here when another page shows). */
    void signIn(String username) {
        signIn(username, PASSWORD);
    }

    /** Signs in with another password than the demo accounts' (a one-time password, for instance). */
    void signIn(String username, String password) {
        if (driver.findElements(By.id("loginForm:username")).isEmpty()) {
            go("login.xhtml");
        }
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:username")));
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("accountForm:signOut")));
        signedIn = new String[] {username, password};
    }

    /** Switches the page's language; signed in, that saves it on the account, which is put back after the test. */
    void chooseLanguage(String code) {
        if (signedIn != null && !driver.findElements(By.id("accountForm:signOut")).isEmpty()) {
            if (languages == null) {
                languages = new AccountLanguages(url(""));
            }
            languages.beforeSwitch(signedIn[0], signedIn[1]);
        }
        driver.findElement(By.cssSelector("form#languageForm a[id$=':lang'][lang='" + code + "']")).click();
        waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", code));
        waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    void assertLanguage(String lang, String dir) {
        WebElement html = driver.findElement(By.tagName("html"));
        assertEquals(lang, html.getAttribute("lang"), "<html lang>");
        assertEquals(dir, html.getAttribute("dir"), "<html dir>");
        WebElement current = driver.findElement(By.cssSelector("form#languageForm a.language-current"));
        assertEquals(lang, current.getAttribute("lang"), "the current language is marked in the top bar");
    }

    /** The side menu sits at the start of the line: left in English and French, right in Arabic. */
    void assertSidebarOnThe(String side) {
        WebElement sidebar = driver.findElement(By.cssSelector("nav.sidebar"));
        WebElement content = driver.findElement(By.cssSelector("main.content"));
        boolean left = sidebar.getRect().getX() < content.getRect().getX();
        assertEquals(side, left ? "left" : "right", "side menu position");
    }

    String pageTitle() {
        return waitFor(d -> d.findElement(By.cssSelector("h1.page-title")).getText().trim());
    }

    /**
     * Picks the option of a PrimeFaces select menu whose label contains {@code label}; clicks again while the panel
     * is still fading in and has not taken the click.
     */
    void choose(String id, String label) {
        waitFor(d -> {
            if (d.findElement(By.id(id + "_label")).getText().contains(label)) {
                return true;
            }
            List<WebElement> options = d.findElements(By.cssSelector("[id='" + id + "_items'] li")).stream()
                    .filter(li -> li.isDisplayed() && li.getText().contains(label)).toList();
            if (options.isEmpty()) {
                d.findElement(By.id(id)).click();
            } else {
                options.get(0).click();
            }
            return false;
        });
    }

    /**
     * Waits; on a timeout keeps a screenshot of what the page showed instead ({@code failed-<n>.png}). An element
     * that a navigation or partial update removed while the condition looked at it (stale, or Chromium's "node does
     * not belong to the document") counts as "not yet", and the condition is tried again.
     */
    <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        try {
                            return condition.apply(d);
                        } catch (WebDriverException e) {
                            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                                return null;
                            }
                            throw e;
                        }
                    });
        } catch (TimeoutException e) {
            screenshot("failed-" + getClass().getSimpleName() + "-" + System.currentTimeMillis());
            throw e;
        }
    }

    void screenshot(String name) {
        Chromium.screenshot(driver, name);
    }

    /**
     * Submits a form as its button would (its fields, the view state, the button's name) from within the page, so
     * with the session's cookies, and returns the body of the answer: for downloads the browser would not save
     * (such as XLSX from the plain-HTTP test server) or that a test reads at once. The fields go as the form
     * encodes them (multipart or URL-encoded).
     */
    byte[] submitForFile(String formId, String buttonId) {
        driver.manage().timeouts().scriptTimeout(WAIT);
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById(arguments[0]);
                const fields = new FormData(form);
                const body = form.enctype === 'multipart/form-data' ? fields : new URLSearchParams(fields);
                body.append(arguments[1], arguments[1]);
                fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin'})
                    .then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
                    .then(b => {
                        let s = '';
                        new Uint8Array(b).forEach(x => s += String.fromCharCode(x));
                        done(btoa(s));
                    })
                    .catch(e => done('ERROR ' + e));
                """, formId, buttonId);
        if (String.valueOf(base64).startsWith("ERROR")) {
            throw new AssertionError(String.valueOf(base64));
        }
        return java.util.Base64.getDecoder().decode((String) base64);
    }
}
