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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

/**
 * Signing in and out, languages and access rules as a person sees them: the built war in Payara Micro,
 * driven through Debian's headless Chromium. Screenshots of the key pages go to {@code it.screenshots}.
 */
class SignInE2E extends BrowserTest {

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

    @Test
    void aOneTimePasswordOpensOnlyTheProfilePageUntilItIsReplaced() throws Exception {
        String admin = token("admin", PASSWORD);
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);

        // a new member of staff signs in with the one-time password an administrator gave them
        String username = "otp.en." + run;
        String oneTime = createAccount(admin, username, "en");
        open("en-US,en");
        go("login.xhtml");
        signIn(username, oneTime);
        waitFor(ExpectedConditions.urlContains("/app/profile.xhtml"));

        // the menu offers the directory, but it sends them back to their profile, saying why
        driver.findElement(By.cssSelector("nav.sidebar a[href*='/app/directory.xhtml']")).click();
        waitFor(ExpectedConditions.urlContains("changePassword=required"));
        assertEquals("My profile", pageTitle());
        assertEquals("Choose a new password first: you signed in with a one-time password, so this page is the only"
                + " one open to you until you have replaced it.", driver.findElement(By.id("passwordRequired"))
                .getText());
        screenshot("password-required-en");

        // choosing a password opens everything again, without signing out
        String chosen = "Chosen-passphrase-" + run;
        driver.findElement(By.id("passwordForm:currentPassword")).sendKeys(oneTime);
        driver.findElement(By.id("passwordForm:newPassword")).sendKeys(chosen);
        driver.findElement(By.id("passwordForm:repeatPassword")).sendKeys(chosen);
        driver.findElement(By.id("passwordForm:changePassword")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("passwordRequired")));
        driver.findElement(By.cssSelector("nav.sidebar a[href*='/app/directory.xhtml']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("directoryForm")));
        assertTrue(driver.getCurrentUrl().contains("/app/directory.xhtml"), driver.getCurrentUrl());
        assertTrue(driver.findElements(By.id("passwordRequired")).isEmpty());

        // their script's token, then an administrator resets the password: the confirmation says it was revoked
        String script = token(username, chosen);
        open("en-US,en");
        go("login.xhtml");
        signIn("admin");
        go("app/admin/users.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("usersForm:search")));
        chooseLanguage("en"); // another test leaves the administrator's saved language French
        driver.findElement(By.id("usersForm:search")).sendKeys(username);
        driver.findElement(By.id("usersForm:searchButton")).click();
        waitFor(d -> d.findElements(By.cssSelector("[id$=':resetPassword']")).size() == 1
                && d.findElement(By.id("usersForm:users")).getText().contains(username));
        driver.findElement(By.cssSelector("[id$=':resetPassword']")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
        assertEquals("API tokens of this account revoked with the reset: 1",
                driver.findElement(By.id("usersForm:revokedTokens")).getText());
        screenshot("users-reset-en");
        assertEquals(401, HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("api/v1/me"))
                .header("Authorization", "Bearer " + script).timeout(WAIT).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "the token issued before the reset");

        // in Arabic, for an account whose language is Arabic
        String arabic = "otp.ar." + run;
        String arabicOneTime = createAccount(admin, arabic, "ar");
        open("en-US,en");
        go("login.xhtml");
        signIn(arabic, arabicOneTime);
        go("app/dashboard.xhtml");
        waitFor(ExpectedConditions.urlContains("changePassword=required"));
        assertLanguage("ar", "rtl");
        assertEquals("ملفي الشخصي", pageTitle());
        assertEquals("اختر أولاً كلمة مرور جديدة: لقد سجّلت الدخول بكلمة مرور لمرة واحدة، ولن تُتاح لك سوى هذه"
                + " الصفحة حتى تستبدلها.", driver.findElement(By.id("passwordRequired")).getText());
        assertSidebarOnThe("right");
        screenshot("password-required-ar");
    }

    /** A token for a script, through the API. */
    private String token(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> issued = postJson("api/v1/auth/token", null, jakarta.json.Json.createObjectBuilder()
                .add("username", username).add("password", password).add("tokenName", "browser test").build()
                .toString());
        assertEquals(201, issued.statusCode(), issued.body());
        return json(issued.body()).getString("secret");
    }

    /** A CENTRE_STAFF account in {@code language} made by an administrator; answers its one-time password. */
    private String createAccount(String admin, String username, String language)
            throws IOException, InterruptedException {
        HttpResponse<String> made = postJson("api/v1/admin/users", admin, jakarta.json.Json.createObjectBuilder()
                .add("username", username).add("displayName", "One-Time " + language)
                .add("preferredLanguage", language)
                .add("roles", jakarta.json.Json.createArrayBuilder().add("CENTRE_STAFF")).build().toString());
        assertEquals(201, made.statusCode(), made.body());
        return json(made.body()).getString("oneTimePassword");
    }

    private HttpResponse<String> postJson(String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(WAIT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static jakarta.json.JsonObject json(String body) {
        return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
    }

    // --- the browser ---------------------------------------------------------------------------------------------

    private void assertNoSignOutLink() {
        assertTrue(driver.findElements(By.id("accountForm:signOut")).isEmpty(), "no sign-out link");
    }

}
