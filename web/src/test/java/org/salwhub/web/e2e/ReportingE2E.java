package org.salwhub.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * National reporting as people see it: the staff overview with its chart, a focal point's dashboard panel and
 * report form, in English, French and Arabic. Screenshots go to {@code it.screenshots}.
 */
class ReportingE2E extends BrowserTest {

    @Test
    void staffSeeTheReportingRateBySubregionAndTheStatesThatHaveNotReported() {
        open("en-US,en");
        go("login.xhtml");
        signIn("staff");
        assertTrue(driver.findElement(By.id("reportingRate")).getText().contains("PoA"), "the dashboard's rate panel");

        driver.findElement(By.cssSelector("a[href*='/app/staff/reporting.xhtml']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reportingForm:rateChart")));
        assertEquals("National reporting", pageTitle());
        waitForChart();
        List<String> groups = driver.findElements(By.cssSelector("[id$='rates_data'] tr td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Eastern Africa", "Middle Africa", "Northern Africa"), groups);
        List<WebElement> missing = driver.findElements(By.cssSelector("a.state-link"));
        assertTrue(missing.stream().anyMatch(a -> a.getText().equals("Sudan")
                && a.getAttribute("href").endsWith("/app/state.xhtml?iso=SD")), "Sudan links to its profile");
        assertTrue(missing.stream().noneMatch(a -> a.getText().equals("Kenya")), "Kenya has reported");
        screenshot("reporting-staff-en");

        // the ITI: fewer States reported
        int poaMissing = missing.size();
        driver.findElement(By.xpath("//div[contains(@id,'instrument')]//*[normalize-space(text())='ITI']")).click();
        waitFor(d -> d.findElements(By.cssSelector("a.state-link")).size() > poaMissing);

        chooseLanguage("ar");
        assertEquals("متابعة التقارير الوطنية", pageTitle());
        waitForChart();
        assertTrue(driver.findElement(By.id("reportingForm:rates")).getText().contains("شرق أفريقيا"));
        screenshot("reporting-staff-ar");
    }

    @Test
    void aFocalPointSeesTheDeadlineAndRecordsTheirReportAndANeed() {
        open("en-US,en");
        go("login.xhtml");
        signIn("fp.burundi");
        WebElement panel = driver.findElement(By.id("myReporting"));
        assertTrue(panel.getText().contains("PdA"), panel.getText());
        assertTrue(driver.findElement(By.id("myIti")).getText().contains("Pas encore enregistré"), "no ITI report yet");
        assertTrue(driver.findElement(By.id("myPoa")).getText().contains("Présenté le"), "the PoA report is in");
        screenshot("dashboard-fp-burundi-fr");

        driver.findElement(By.cssSelector("#myReporting a")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reportsForm")));
        assertTrue(pageTitle().contains("Burundi"), pageTitle());
        String iti = "reportsForm:forms:1:";
        driver.findElement(By.cssSelector("[id='" + iti + "submitted'] .ui-chkbox-box")).click();
        waitFor(d -> {
            try {
                return d.findElement(By.id(iti + "submittedOn_input")).isEnabled();
            } catch (org.openqa.selenium.StaleElementReferenceException replacedMeanwhile) {
                return false;
            }
        });
        // the link first: the date picker's calendar opens over the page while the date is typed
        driver.findElement(By.id(iti + "link")).sendKeys("ftp://cnap.example/iti.pdf");
        driver.findElement(By.id(iti + "submittedOn_input")).sendKeys(LocalDate.now().minusDays(1).toString());
        driver.findElement(By.id(iti + "save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("reportsForm"), "http://"));
        screenshot("reports-fp-burundi-error-fr");

        WebElement link = driver.findElement(By.id(iti + "link"));
        link.clear();
        link.sendKeys("https://cnap.example/iti-2026.pdf");
        driver.findElement(By.id(iti + "save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("reportsForm:messages"),
                "Le rapport a été enregistré."));

        driver.findElement(By.id(iti + "addNeed")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("needForm:needTitle")));
        driver.findElement(By.id("needForm:needTitle")).sendKeys("Formation au traçage des armes");
        driver.findElement(By.id("needForm:needArea")).sendKeys("Traçage");
        driver.findElement(By.id("needForm:saveNeed")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id(iti + "needs"), "Formation au traçage des armes"));
        screenshot("reports-fp-burundi-fr");

        go("app/dashboard.xhtml");
        assertTrue(driver.findElement(By.id("myIti")).getText().contains("Présenté le"), "now recorded");
    }

    @Test
    void inArabicAFocalPointSeesTheirStateHasNotReported() {
        open("en-US,en");
        go("login.xhtml");
        signIn("fp.sudan");
        assertTrue(driver.findElement(By.id("myReporting")).getText().contains("الموعد النهائي"));
        assertTrue(driver.findElement(By.id("myPoa")).getText().contains("لم يُسجَّل بعد"));
        screenshot("dashboard-fp-sudan-reporting-ar");

        driver.findElement(By.cssSelector("#myReporting a")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reportsForm")));
        assertTrue(pageTitle().contains("السودان"), pageTitle());
        assertFalse(driver.findElement(By.id("reportsForm:forms:0:save")).getText().isBlank());
        screenshot("reports-fp-sudan-ar");

        // another State's reports: readable, not editable
        go("app/reports.xhtml?iso=KE");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reportsForm .notice")));
        assertTrue(driver.findElements(By.id("reportsForm:forms:0:save")).isEmpty(), "no save button");
        screenshot("reports-kenya-read-only-ar");
    }

    // --- the browser ---------------------------------------------------------------------------------------------

    /** Chart.js has drawn: the widget holds a chart with bars. */
    private void waitForChart() {
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var w = PrimeFaces.widgets['widget_reportingForm_rateChart'];"
                        + " return !!(w && w.chart && w.chart.data.datasets.length == 2);")));
    }

}
