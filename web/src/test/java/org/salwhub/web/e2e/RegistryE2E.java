package org.salwhub.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.salwhub.web.it.Deployments;

/**
 * The registry's newer screens in a browser: the instruments on a State's profile (staff correct one in its row),
 * the public directory without signing in, a focal point adding and renaming an agency of their State, the
 * organisations and the printable directory; in English and Arabic.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryE2E extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void staffSeeAndCorrectAStatesInstrumentStatus() {
        open("en-US,en");
        signIn("staff");
        chooseLanguage("en"); // staff's language is kept with the account: another test may have left Arabic
        go("app/state.xhtml?iso=KE");
        WebElement table = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("stateForm:instrumentTable")));
        String text = table.getText();
        assertTrue(text.contains("Nairobi Protocol") && text.contains("Ratified"), text);
        assertTrue(text.contains("Arms Trade Treaty") && text.contains("Signed"), text);
        assertFalse(driver.getPageSource().contains("will be shown here"), "the placeholder is gone");
        screenshot("state-instruments-en");

        // the ECOWAS Convention row: Kenya is not a party; staff record a signature in the row, then put it back
        By ecowasRow = By.xpath("//tbody[@id='stateForm:instrumentTable_data']/tr[td[1]"
                + "[contains(.,'ECOWAS Convention')]]");
        WebElement row = driver.findElement(ecowasRow);
        row.findElement(By.cssSelector(".ui-row-editor-pencil")).click();
        WebElement status = waitFor(ExpectedConditions.visibilityOf(row.findElement(By.cssSelector(
                "[id$=':status']"))));
        choose(status.getAttribute("id"), "Signed");
        WebElement signed = driver.findElement(ecowasRow).findElement(By.cssSelector("[id$=':signedOn_input']"));
        signed.clear();
        signed.sendKeys("2010-03-04");
        // the typed date shows in the picker's panel; choosing the day there closes the panel, which otherwise lies
        // over the row's save icon (Escape would cancel the row)
        waitFor(d -> displayed(d, By.xpath("//div[contains(@id,':signedOn_panel')]//td[not(contains(@class,"
                + "'ui-datepicker-other-month'))][normalize-space()='4']/*"))).click();
        waitFor(d -> displayed(d, By.cssSelector("[id$=':signedOn_panel']")) == null);
        screenshot("state-instruments-editing-en");
        waitFor(d -> displayed(d.findElement(ecowasRow), By.cssSelector(".ui-row-editor-check"))).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("stateForm:instrumentTable"), "March 4, 2010"));

        chooseLanguage("ar");
        go("app/state.xhtml?iso=KE");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("stateForm:instrumentTable"),
                "بروتوكول نيروبي"));
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        screenshot("state-instruments-ar");
        chooseLanguage("en");
    }

    /** The first of the matching elements that is shown, or null. */
    private static WebElement displayed(org.openqa.selenium.SearchContext where, By by) {
        return where.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    @Test
    void anonymousVisitorsReadThePublicDirectoryFromTheLandingPage() {
        open("en-US,en");
        go("");
        driver.findElement(By.id("publicDirectoryLink")).click();
        WebElement kenya = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("state-KE")));
        assertTrue(kenya.getText().contains("National Police Service"), kenya.getText());
        assertTrue(kenya.getText().contains("ITI tracing contact"), kenya.getText());
        String page = driver.findElement(By.tagName("main")).getText();
        assertFalse(page.contains("@") || page.contains("+254") || page.contains("Otieno"), "no personal details");
        screenshot("public-directory-en");
        chooseLanguage("ar");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "الدليل العام"));
        screenshot("public-directory-ar");
    }

    @Test
    void aFocalPointAddsAndRenamesAnAgencyOfTheirState() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        open("en-US,en");
        signIn("fp.kenya");
        go("app/state.xhtml?iso=KE");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("stateForm:addAgency"))).click();
        WebElement name = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("agencyForm:agencyName")));
        name.sendKeys("Firearms Licensing Board " + run);
        driver.findElement(By.id("agencyForm:agencyAcronym")).sendKeys("FLB");
        screenshot("agency-dialog-en");
        driver.findElement(By.id("agencyForm:saveAgency")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("stateForm:agencies"),
                "Firearms Licensing Board " + run));

        WebElement item = driver.findElement(By.xpath("//*[@id='stateForm:agencies']//li[contains(.,'"
                + "Firearms Licensing Board " + run + "')]"));
        item.findElement(By.cssSelector("[id$=':editAgency']")).click();
        WebElement rename = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("agencyForm:agencyName")));
        waitFor(ExpectedConditions.attributeContains(rename, "value", "Firearms Licensing Board"));
        rename.clear();
        rename.sendKeys("Firearms Licensing and Registry Board " + run);
        driver.findElement(By.id("agencyForm:saveAgency")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("stateForm:agencies"),
                "Firearms Licensing and Registry Board " + run));
        assertTrue(driver.findElements(By.id("stateForm:editBody")).size() == 1, "the body can be edited too");
        driver.findElement(By.id("stateForm:editBody")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("bodyForm:bodyName")));
        screenshot("body-dialog-en");

        // another State's profile offers no editing to Kenya's focal point
        go("app/state.xhtml?iso=SD");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("stateForm:agencies")));
        assertTrue(driver.findElements(By.id("stateForm:addAgency")).isEmpty());
        assertTrue(driver.findElements(By.id("stateForm:editBody")).isEmpty());

        open("en-US,en");
        signIn("fp.sudan");
        go("app/state.xhtml?iso=SD");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("stateForm:addAgency"))).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("agencyForm:agencyName")));
        screenshot("agency-dialog-ar");
    }

    @Test
    void staffEditOrganisationsAndEveryonePrintsTheDirectory() {
        open("en-US,en");
        signIn("staff");
        chooseLanguage("en");
        go("app/staff/organisations.xhtml");
        assertEquals("Organisations", pageTitle());
        WebElement row = waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='organisationsForm:organisations_data']/tr[td[1][normalize-space()='RECSA']]")));
        row.findElement(By.cssSelector("[id$=':edit']")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("organisationForm:nameEn")));
        screenshot("organisation-dialog-en");
        driver.findElement(By.id("organisationForm:save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "RECSA was saved"));

        go("app/printable.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("print-KE")));
        assertTrue(driver.findElement(By.id("print-KE")).getText().contains("Kenya National Focal Point"));
        assertTrue(driver.findElements(By.id("printForm:pdf")).size() == 1);
        screenshot("printable-en");
        chooseLanguage("ar");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("print-SD")));
        screenshot("printable-ar");
        go("app/staff/organisations.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("organisationsForm:organisations")));
        screenshot("organisations-ar");
        chooseLanguage("en");
    }
}
