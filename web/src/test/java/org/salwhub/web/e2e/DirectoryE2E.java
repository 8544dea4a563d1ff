package org.salwhub.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * The focal-point directory as its readers use it: searching, exporting, a State's profile with the history of
 * its contacts, confirming a State's entries, and the dashboard's view of the directory, in English and Arabic.
 */
class DirectoryE2E extends BrowserTest {

    static final String ROWS = "[id='directoryForm:contacts_data'] > tr";

    private Path downloads;

    @Test
    void staffSearchExportAndOpenAStateWithItsHistory() throws IOException {
        open("en-US,en");
        go("login.xhtml");
        signIn("staff");

        // the dashboard: what is missing in the directory, linked to the filtered list
        WebElement health = driver.findElement(By.id("directoryHealth"));
        assertTrue(health.isDisplayed());
        List<String> withoutPoa = texts(By.cssSelector("#withoutPoa .chip"));
        assertFalse(withoutPoa.contains("Kenya"), "Kenya has a PoA contact: " + withoutPoa);
        assertFalse(withoutPoa.contains("Sudan"), withoutPoa.toString());
        assertEquals(11, withoutPoa.size(), "15 member States, 4 with contacts: " + withoutPoa);
        assertTrue(texts(By.cssSelector("#withoutIti .chip")).contains("Burundi"), "Burundi has no ITI contact");
        int stale = Integer.parseInt(driver.findElement(By.cssSelector("[id$='staleEntries'] .figure")).getText().trim());
        assertTrue(stale >= 2, "Uganda's and Burundi's old entries are stale: " + stale);
        screenshot("dashboard-directory-en");

        // the directory from the menu
        driver.findElement(By.cssSelector("[id='menuForm:directory'] a, a[id='menuForm:directory']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("directoryForm:text")));
        assertEquals("Focal-point directory", pageTitle());
        assertEquals(11, rows().size(), "every current contact of the demo directory");
        screenshot("directory-en");

        // the stale entries, from the dashboard's link
        go("app/directory.xhtml?verification=STALE");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("directoryForm:text")));
        assertEquals(stale, rows().size(), "the link shows as many stale entries as the dashboard counts");
        assertTrue(rows().stream().allMatch(r -> r.getText().contains("Stale")));
        assertEquals("STALE", driver.findElement(By.id("directoryForm:verification_input")).getAttribute("value"),
                "the filter shows what the link chose");

        // "Clear" drops every filter
        driver.findElement(By.id("directoryForm:clear")).click();
        waitFor(d -> rows().size() == 11);

        search("Wanjiru");
        List<WebElement> grace = rows();
        assertEquals(2, grace.size(), "Grace Wanjiru holds two roles");
        assertTrue(grace.stream().anyMatch(r -> r.getText().contains("Programme of Action national point of contact")));
        assertTrue(grace.get(0).getText().contains("Kenya"));
        assertTrue(grace.get(0).getText().contains("g.wanjiru@knfp.example"));
        screenshot("directory-wanjiru-en");

        // exports of the filtered list
        Path csv = download("directoryForm:exportCsv", ".csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte order mark");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(3, text.strip().split("\r\n").length, "a header and Grace's two roles:\n" + text);
        assertTrue(text.contains("Grace Wanjiru") && text.contains("Kenya"), text);

        // Chromium without a network holds other file types back for a Safe Browsing check: the browser's own
        // request for them instead, with the form as the button sends it
        byte[] xlsx = submitForFile("directoryForm", "directoryForm:exportXlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Person", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("Wanjiru"));
        }

        String vcards = new String(submitForFile("directoryForm", "directoryForm:exportVcards"), StandardCharsets.UTF_8)
                .replace("\r\n ", "");
        assertEquals(1, vcards.split("BEGIN:VCARD", -1).length - 1, "one card for one person:\n" + vcards);
        assertTrue(vcards.contains("\r\nFN:Ms. Grace Wanjiru\r\n"), vcards);
        assertTrue(vcards.contains("\r\nN:Wanjiru;Grace;;Ms.;\r\n"), vcards);
        assertTrue(vcards.contains("EMAIL;TYPE=work:g.wanjiru@knfp.example"), vcards);

        // the ticked rows only
        rows().get(0).findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
        String ticked = new String(submitForFile("directoryForm", "directoryForm:exportSelected"), StandardCharsets.UTF_8);
        assertEquals(1, ticked.split("BEGIN:VCARD", -1).length - 1, ticked);

        // Kenya's profile from her row: the history keeps Peter Mutua, replaced by Grace Wanjiru
        rows().get(0).findElement(By.cssSelector("a.state-link")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("stateForm:history")));
        assertEquals("Kenya", pageTitle());
        assertTrue(driver.getCurrentUrl().contains("iso=KE"), driver.getCurrentUrl());
        WebElement replaced = driver.findElements(By.cssSelector("[id='stateForm:history'] .timeline-item")).stream()
                .filter(item -> item.getText().contains("Peter Mutua")
                        && item.getText().contains("Programme of Action national point of contact"))
                .findFirst().orElseThrow(() -> new AssertionError(driver.findElement(By.id("stateForm:history")).getText()));
        assertTrue(replaced.getText().contains("Replaced by Ms. Grace Wanjiru"), replaced.getText());
        assertTrue(replaced.getText().contains("Reassigned to the Ministry of Interior"), replaced.getText());
        assertTrue(replaced.getAttribute("class").contains("is-ended"));
        assertTrue(driver.findElement(By.id("stateForm:body")).getText().contains("Presidential directive, 2003"));
        assertTrue(driver.findElement(By.id("stateForm:contacts")).getText().contains("Supt. James Otieno"));
        assertTrue(driver.findElement(By.id("stateForm:instruments")).isDisplayed());
        screenshot("state-ke-en");

        // staff confirm every entry of Kenya in one step
        driver.findElement(By.id("stateForm:confirmAll")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        WebElement growl = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains("entries were confirmed"), growl.getText());
        waitFor(d -> d.findElement(By.cssSelector("[id='stateForm:contacts'] .verification-summary")).getText().contains("Due 0"));
        assertTrue(driver.findElement(By.cssSelector("[id='stateForm:contacts'] .verification-summary")).getText().contains("Stale 0"));

        // the same in Arabic: right to left
        chooseLanguage("ar");
        assertLanguage("ar", "rtl");
        assertEquals("كينيا", pageTitle());
        assertSidebarOnThe("right");
        assertTrue(driver.findElement(By.id("stateForm:history")).getText().contains("Peter Mutua"));
        screenshot("state-ke-ar");

        go("app/dashboard.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("directoryHealth")));
        screenshot("dashboard-directory-ar");

        // staff's language goes back to English, as the demo data has it
        chooseLanguage("en");
        assertLanguage("en", "ltr");
    }

    @Test
    void aReviewerReadsTheDirectoryInArabic() {
        open("en-US,en");
        go("login.xhtml");
        signIn("reviewer");
        assertLanguage("ar", "rtl");

        go("app/directory.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("directoryForm:text")));
        assertEquals("دليل جهات الاتصال", pageTitle());
        assertSidebarOnThe("right");
        screenshot("directory-ar");

        search("Omar");
        List<WebElement> omar = rows();
        assertEquals(2, omar.size(), "Omar Abdelrahman holds two roles");
        WebElement row = omar.get(0);
        assertTrue(row.getText().contains("عمر عبد الرحمن"), row.getText());
        assertTrue(row.findElement(By.cssSelector(".latin-name")).getText().contains("Omar Abdelrahman"));
        assertTrue(row.getText().contains("السودان"), "Sudan, in Arabic: " + row.getText());
        // the first column (the tick boxes) is at the right in Arabic
        WebElement tick = row.findElement(By.cssSelector(".ui-selection-column"));
        WebElement person = row.findElement(By.cssSelector(".col-person"));
        assertTrue(tick.getRect().getX() > person.getRect().getX(), "columns run right to left");
        screenshot("directory-omar-ar");

        row.findElement(By.cssSelector("a.state-link")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("stateForm:history")));
        assertEquals("السودان", pageTitle());
        assertTrue(driver.findElement(By.id("stateForm:contacts")).getText().contains("عمر عبد الرحمن"));
        assertTrue(driver.findElement(By.id("stateForm:contacts")).getText().contains("جهة الاتصال الوطنية لبرنامج العمل"));
        assertTrue(driver.findElements(By.id("stateForm:confirmAll")).isEmpty(), "a reviewer confirms nothing");
        screenshot("state-sd-ar");

        // Sudan's contacts as vCards: one card per person, the Arabic name with its transliteration
        String cards = new String(submitForFile("stateForm", "stateForm:vcards"), StandardCharsets.UTF_8);
        assertEquals(2, cards.split("BEGIN:VCARD", -1).length - 1, cards);
        String unfolded = cards.replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nFN;ALTID=1;LANGUAGE=ar:السيد عمر عبد الرحمن\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nFN;ALTID=1;LANGUAGE=ar-Latn:Omar Abdelrahman\r\n"), unfolded);
        for (String line : cards.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
    }

    @Test
    void aFocalPointFindsTheirStateAndConfirmsItsEntries() {
        open("en-US,en");
        go("login.xhtml");
        signIn("fp.burundi");
        assertLanguage("fr", "ltr");
        WebElement myState = driver.findElement(By.id("myState"));
        assertTrue(myState.getText().contains("Burundi"), myState.getText());
        screenshot("dashboard-fp-burundi-fr");

        myState.findElement(By.cssSelector("a[id$='myStateProfile']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("stateForm:history")));
        assertEquals("Burundi", pageTitle());
        assertTrue(driver.findElement(By.id("stateForm:contacts")).getText().contains("Claudine Niyonzima"));
        assertTrue(driver.findElement(By.id("stateForm:body")).getText().contains("Commission nationale"));
        screenshot("state-bi-fr");
        assertTrue(driver.findElement(By.id("stateForm:confirmAll")).isDisplayed(), "Burundi's focal point confirms");

        // not another State's entries
        go("app/state.xhtml?iso=KE");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("stateForm:history")));
        assertTrue(driver.findElements(By.id("stateForm:confirmAll")).isEmpty(), "not Kenya's");

        go("app/directory.xhtml?state=BI");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("directoryForm:text")));
        assertTrue(rows().stream().allMatch(r -> r.getText().contains("Burundi")), "filtered by the link");
        screenshot("directory-bi-fr");

        go("app/state.xhtml?iso=XX");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-box")));
    }

    // --- the directory page ---------------------------------------------------------------------------------------

    private void search(String text) {
        WebElement field = driver.findElement(By.id("directoryForm:text"));
        field.clear();
        field.sendKeys(text);
        WebElement before = driver.findElement(By.id("directoryForm:contacts_data"));
        driver.findElement(By.id("directoryForm:search")).click();
        waitFor(ExpectedConditions.stalenessOf(before)); // the table came back from the server
        waitFor(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector(ROWS));
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().toLowerCase().contains(text.toLowerCase())
                    || r.findElements(By.cssSelector(".latin-name")).stream()
                    .anyMatch(l -> l.getText().toLowerCase().contains(text.toLowerCase())));
        });
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector(ROWS)).stream()
                .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message")).toList();
    }

    private List<String> texts(By by) {
        return driver.findElements(by).stream().map(e -> e.getText().trim()).toList();
    }

    /** Clicks an export button and waits for the browser to save the file. */
    private Path download(String buttonId, String extension) {
        try {
            try (Stream<Path> old = Files.list(downloads)) {
                old.forEach(p -> p.toFile().delete());
            }
            driver.findElement(By.id(buttonId)).click();
            return waitFor(d -> {
                try (Stream<Path> files = Files.list(downloads)) {
                    Optional<Path> done = files.filter(p -> p.toString().endsWith(extension)).findFirst();
                    return done.filter(p -> p.toFile().length() > 0).orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the browser ---------------------------------------------------------------------------------------------

    /** A browser that saves downloads, without asking, to {@link #downloads}. */
    @Override
    void open(String languages) {
        downloads = temporaryDirectory("salwhub-downloads-");
        open(languages, Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false,
                "download.directory_upgrade", true, "safebrowsing.enabled", false,
                // several exports from one page are not "automatic downloads" to be blocked
                "profile.default_content_setting_values.automatic_downloads", 1));
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

}
