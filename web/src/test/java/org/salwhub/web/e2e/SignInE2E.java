package org.salwhub.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salwhub.web.it.Deployments;

/**
 * Signing in and out, languages and access rules as a person sees them: the built war in Payara Micro,
 * driven through Debian's headless Chromium. Screenshots of the key pages go to {@code it.screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class SignInE2E {

    static final String PASSWORD = "SalwHub#2026";
    static final Duration WAIT = Duration.ofSeconds(30);

    /** Selenium's DevTools bindings trail Debian's Chromium; WebDriver itself needs no exact match. */
    static final Logger CDP_VERSION_WARNINGS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_WARNINGS.setLevel(Level.SEVERE);
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebDriver driver;
    private Path profile;

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            profile = null;
        }
    }

    @Test
    void adminSignsInSwitchesLanguageAndSignsOut() {
        open("en-US,en");

        // the public landing page: member States, a way to sign in, nobody signed in
        go("");
        assertLanguage("en", "ltr");
        List<WebElement> members = driver.findElements(By.cssSelector(".members .chip"));
        assertEquals(15, members.size(), "member States on the landing page");
        assertTrue(members.stream().anyMatch(m -> m.getText().equals("Kenya")), "Kenya is a member State");
        assertNoSignOutLink();
        screenshot("landing-en");

        driver.findElement(By.id("signInLink")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:username")));
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), driver.getCurrentUrl());
        Cookie before = driver.manage().getCookieNamed("JSESSIONID");
        assertNotNull(before, "the sign-in page has a session (its form state)");
        screenshot("login-en");

        signIn("admin");
        assertTrue(driver.getCurrentUrl().contains("/app/dashboard.xhtml"), driver.getCurrentUrl());
        assertEquals("Dashboard", pageTitle());
        assertTrue(driver.findElement(By.id("accounts")).isDisplayed(), "administrators see the account count");
        assertTrue(driver.findElement(By.id("accountForm:signOut")).isDisplayed());
        Cookie after = driver.manage().getCookieNamed("JSESSIONID");
        assertNotNull(after);
        assertNotEquals(before.getValue(), after.getValue(), "a new session ID at sign-in (no session fixation)");
        screenshot("dashboard-en");

        // Arabic: right to left, translated
        chooseLanguage("ar");
        assertLanguage("ar", "rtl");
        assertTrue(pageTitle().contains("لوحة المتابعة"), pageTitle());
        assertTrue(driver.getTitle().contains("لوحة المتابعة"), driver.getTitle());
        assertTrue(driver.findElement(By.tagName("body")).getAttribute("class").contains("rtl"));
        assertSidebarOnThe("right");
        screenshot("dashboard-ar");

        chooseLanguage("fr");
        assertLanguage("fr", "ltr");
        assertEquals("Tableau de bord", pageTitle());
        assertSidebarOnThe("left");
        screenshot("dashboard-fr");

        // signing out ends the session: back on the public page, the signed-in area asks to sign in again
        driver.findElement(By.id("accountForm:signOut")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("signedOut")));
        assertTrue(driver.getCurrentUrl().contains("/index.xhtml"), driver.getCurrentUrl());
        assertNoSignOutLink();
        assertLanguage("fr", "ltr");
        screenshot("signed-out-fr");

        go("app/dashboard.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:username")));
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), driver.getCurrentUrl());
        assertTrue(driver.findElements(By.cssSelector(".page-title")).isEmpty(), "no dashboard after sign-out");
        screenshot("login-after-sign-out-fr");
    }

    @Test
    void aFocalPointGetsTheLanguageSavedOnTheirProfile() {
        open("en-US,en");
        go("login.xhtml");
        assertLanguage("en", "ltr");

        signIn("fp.sudan");
        assertTrue(driver.getCurrentUrl().contains("/app/dashboard.xhtml"), driver.getCurrentUrl());
        assertLanguage("ar", "rtl");
        assertTrue(pageTitle().contains("لوحة المتابعة"), pageTitle());
        assertTrue(driver.findElement(By.id("myState")).getText().contains("السودان"), "own State, in Arabic");
        assertTrue(driver.findElements(By.id("accounts")).isEmpty(), "focal points don't see the account count");
        assertSidebarOnThe("right");
        screenshot("dashboard-fp-sudan-ar");
    }

    @Test
    void aFirstVisitFollowsTheBrowsersLanguage() {
        open("fr");
        go("");
        assertLanguage("fr", "ltr");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("La coopération sur les armes légères"),
                driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElements(By.cssSelector(".members .chip")).stream()
                .anyMatch(m -> m.getText().equals("Soudan")), "member States named in French");
        screenshot("landing-fr");

        // the public page in Arabic too
        chooseLanguage("ar");
        assertLanguage("ar", "rtl");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("التعاون في مجال الأسلحة الصغيرة"));
        screenshot("landing-ar");
    }

    @Test
    void staffCannotOpenTheAdministration() throws Exception {
        open("en-US,en");
        go("login.xhtml");
        signIn("staff");
        assertTrue(driver.findElements(By.id("accounts")).isEmpty(), "only administrators see the account count");
        assertTrue(driver.findElement(By.id("memberStates")).isDisplayed(), "staff see the member States");

        go("app/admin/users.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-box")));
        assertEquals("You are not allowed to open this page.",
                driver.findElement(By.cssSelector(".error-box h1")).getText());
        assertTrue(driver.findElements(By.id("usersForm")).isEmpty(), "not the users page");
        screenshot("forbidden-staff-en");

        // and it is a real 403, not a page that merely says so
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(url("app/admin/users.xhtml")).header("Cookie", "JSESSIONID=" + session.getValue())
                        .timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertFalse(response.body().contains("usersForm"));
    }

    // --- the browser ---------------------------------------------------------------------------------------------

    /** A fresh headless Chromium whose Accept-Language is {@code languages}; never Selenium Manager, no network. */
    private void open(String languages) {
        try {
            profile = Files.createTempDirectory("salwhub-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver = Chromium.start(profile, languages, WAIT, Map.of());
    }

    private void go(String path) {
        driver.get(url(path).toString());
    }

    private URI url(String path) {
        String root = base.toExternalForm().endsWith("/") ? base.toExternalForm() : base.toExternalForm() + "/";
        return URI.create(root + path);
    }

    private void signIn(String username) {
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:username")));
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("loginForm:submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("accountForm:signOut")));
    }

    /** Clicks the language link in the top bar and waits for the page to come back in that language. */
    private void chooseLanguage(String code) {
        driver.findElement(By.cssSelector("form#languageForm a[id$=':lang'][lang='" + code + "']")).click();
        waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", code));
        waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void assertLanguage(String lang, String dir) {
        WebElement html = driver.findElement(By.tagName("html"));
        assertEquals(lang, html.getAttribute("lang"), "<html lang>");
        assertEquals(dir, html.getAttribute("dir"), "<html dir>");
        WebElement current = driver.findElement(By.cssSelector("form#languageForm a.language-current"));
        assertEquals(lang, current.getAttribute("lang"), "the current language is marked in the top bar");
    }

    /** The side menu sits at the start of the line: left in English and French, right in Arabic. */
    private void assertSidebarOnThe(String side) {
        WebElement sidebar = driver.findElement(By.cssSelector("nav.sidebar"));
        WebElement content = driver.findElement(By.cssSelector("main.content"));
        boolean left = sidebar.getRect().getX() < content.getRect().getX();
        assertEquals(side, left ? "left" : "right", "side menu position");
    }

    private String pageTitle() {
        return driver.findElement(By.cssSelector("h1.page-title")).getText().trim();
    }

    private void assertNoSignOutLink() {
        assertTrue(driver.findElements(By.id("accountForm:signOut")).isEmpty(), "no sign-out link");
    }

    private <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        // a page being replaced (a language switch, a redirect) leaves elements found a moment ago stale: look again
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** A PNG of the whole page (the window grows to the page's height for the shot). */
    private void screenshot(String name) {
        Chromium.screenshot(driver, name);
    }
}
