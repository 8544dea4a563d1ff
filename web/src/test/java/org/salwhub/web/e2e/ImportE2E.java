package org.salwhub.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Staff import contacts from a CSV file as a person does it: the template, the upload, the preview with a row
 * in error, importing only the valid rows, and the same file again in Arabic. Screenshots go to
 * {@code it.screenshots}.
 */
class ImportE2E extends BrowserTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    private Path files;

    @Test
    void staffUploadPreviewAndImportTheValidRows() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path csv = csvFile("contacts-" + run + ".csv", String.join("\r\n",
                "state;honorific;given_name;family_name;latin_name;sex;languages;email;phone;agency;position;role;valid_from",
                "KE;Ms.;Akinyi;Ouma;;F;en sw;akinyi.ouma." + run + "@example.org;+254 20 4444444;National Police Service;"
                        + "Inspector;ITI tracing;2025-06-02",
                "SD;;خالد;إبراهيم;Khalid Ibrahim;M;ar en;khalid.ibrahim." + run + "@example.sd;;Sudan Police Force;;PoA;",
                "XX;Mr.;No;State;;Z;en;not-an-address;;;;chief;2025-06-31", ""));

        open("en-US,en");
        go("login.xhtml");
        signIn("staff");
        WebElement menuItem = driver.findElement(By.cssSelector("a[href*='/app/staff/import.xhtml']"));
        menuItem.click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("uploadForm:file")));
        assertEquals("Import contacts", pageTitle());

        // the template is there for staff
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> template = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(url("app/staff/import-template.csv"))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).timeout(WAIT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, template.statusCode());
        assertTrue(template.body().replace("\uFEFF", "").startsWith("state,honorific,given_name,family_name"),
                template.body());

        upload(csv);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("importForm:rows")));
        assertEquals("2", text("validRows"));
        assertEquals("1", text("invalidRows"));
        assertEquals("2", text("newPersons"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#importForm\\:rows tbody tr"));
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).getText().contains("New person"), rows.get(0).getText());
        assertTrue(rows.get(1).getText().contains("Khalid Ibrahim"), rows.get(1).getText());
        String bad = rows.get(2).getText();
        assertTrue(bad.contains("Error"), bad);
        assertTrue(bad.contains("state: Unknown State code XX"), bad);
        assertTrue(bad.contains("sex: Unknown sex Z"), bad);
        assertTrue(bad.contains("email: This is not a valid e-mail address."), bad);
        assertTrue(bad.contains("role: Unknown role chief."), bad);
        assertTrue(bad.contains("valid_from: Enter the date as YYYY-MM-DD."), bad);
        assertFalse(importButton().isEnabled(), "a file with errors imports nothing unless staff choose so");
        screenshot("import-preview-en");

        driver.findElement(By.cssSelector("#importForm\\:onlyValid .ui-chkbox-box")).click();
        waitFor(d -> importButton().isEnabled());
        importButton().click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("importForm:resultPanel")));
        assertEquals("2", text("createdPersons"));
        assertEquals("2", text("createdRoles"));
        assertEquals("1", text("skippedRows"));
        assertTrue(driver.findElements(By.id("importForm:rows")).isEmpty(), "the preview is gone");
        screenshot("import-result-en");

        // the same file again, in Arabic: nothing left to do but the row in error
        chooseLanguage("ar");
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        upload(csv);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("importForm:rows")));
        assertEquals("0", digits(text("newPersons")));
        assertEquals("2", digits(text("unchangedCount")));
        List<WebElement> again = driver.findElements(By.cssSelector("#importForm\\:rows tbody tr"));
        assertTrue(again.get(0).getText().contains("دون تغيير"), again.get(0).getText());
        assertTrue(again.get(2).getText().contains("رمز دولة غير معروف XX"), again.get(2).getText());
        screenshot("import-preview-ar");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private Path csvFile(String name, String content) throws IOException {
        files = temporaryDirectory("salwhub-import-");
        Path file = files.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private void upload(Path csv) {
        WebElement input = driver.findElement(By.cssSelector("#uploadForm\\:file input[type=file]"));
        input.sendKeys(csv.toAbsolutePath().toString());
    }

    private WebElement importButton() {
        return driver.findElement(By.id("importForm:importButton"));
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    /** Arabic-Indic digits as ASCII digits. */
    private static String digits(String text) {
        StringBuilder ascii = new StringBuilder();
        text.codePoints().forEach(c -> ascii.appendCodePoint(c >= 0x0660 && c <= 0x0669 ? '0' + (c - 0x0660) : c));
        return ascii.toString();
    }

}
