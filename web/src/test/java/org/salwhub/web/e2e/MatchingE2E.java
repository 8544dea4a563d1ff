package org.salwhub.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The matching journey in the browser: Kenya's focal point files a need for marking machines, staff validate and
 * publish it, the European Union's donor finds it ranked first for its offer and proposes a match, both parties
 * accept, staff confirm, and the need shows as matched. Screens in English and Arabic go to {@code it.screenshots}.
 */
class MatchingE2E extends BrowserTest {

    @Test
    void aNeedForMarkingMachinesIsFiledPublishedRankedFirstAcceptedAndConfirmed() throws java.io.IOException {
        String title = "Marking machines for the Turkana border posts " + UUID.randomUUID().toString().substring(0, 6);
        open("en-US,en");

        // 1. Kenya's focal point files the need with a line item and its sustainment plan, and submits it
        signIn("fp.kenya");
        go("app/assistance/needs.xhtml?mine=true");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("needsForm:needs")));
        assertEquals("My requests", pageTitle());
        screenshot("assistance-my-requests-en");
        driver.findElement(By.id("needsForm:newNeed")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("needForm:title")));
        type("needForm:title", title);
        type("needForm:description", "Eight dot-peen machines for the posts on the South Sudan and Ethiopia borders.");
        check("needForm:themes", "Marking");
        check("needForm:assistanceTypes", "Equipment");
        choose("needForm:lineTable:0:item", "Marking machine (dot-peen or stamping)", "MARKING_MACHINE");
        type("needForm:lineTable:0:quantity_input", "8");
        type("needForm:estimatedCost_input", "160000");
        type("needForm:nationalContribution", "Premises, operators and in-country transport.");
        type("needForm:sustainmentTraining", "Two operators per post trained at delivery.");
        type("needForm:sustainmentMaintenance", "Supplier maintenance for two years.");
        type("needForm:sustainmentLogistics", "Police logistics unit delivers to each post.");
        date("needForm:periodFrom", LocalDate.now().plusDays(30));
        date("needForm:periodTo", LocalDate.now().plusMonths(12));
        screenshot("assistance-need-form-en");
        press(By.id("needForm:save"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("needActions:submit")));
        assertEquals(title, pageTitle());
        String needUrl = driver.getCurrentUrl();
        press(By.id("needActions:submit"));
        waitFor(ExpectedConditions.textToBe(By.id("needStatus"), "Submitted"));
        signOut();

        // 2. staff validate and publish it
        signIn("staff");
        driver.get(needUrl);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("needActions:validatePublish")));
        press(By.id("needActions:validatePublish"));
        waitFor(ExpectedConditions.textToBe(By.id("needStatus"), "Published"));
        screenshot("assistance-need-published-en");
        go("app/assistance/workbench.xhtml?need=" + needId(needUrl));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".workbench-candidates .candidate")));
        assertTrue(driver.findElement(By.cssSelector(".workbench-candidates .candidate")).getText()
                .contains("covers all 8 requested"), "the explanation names the quantity");
        screenshot("assistance-workbench-en");
        chooseLanguage("ar");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".workbench-candidates .candidate")));
        screenshot("assistance-workbench-ar");
        go("app/assistance/gaps.xhtml");
        waitForChart("themeChart");
        screenshot("assistance-gaps-ar");
        chooseLanguage("en");
        waitForChart("themeChart");
        screenshot("assistance-gaps-en");
        signOut();

        // 3. the EU's donor sees it ranked first for its offer and proposes a match
        signIn("donor.eu");
        go("app/assistance/offers.xhtml?mine=true");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("offersForm:offers")));
        screenshot("assistance-my-offers-en");
        driver.findElement(By.xpath("//a[contains(@class,'offer-link')][contains(.,'Marking and record-keeping equipment')]"))
                .click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#offerActions\\:candidatesPanel .candidate")));
        WebElement first = driver.findElements(By.cssSelector("#offerActions\\:candidatesPanel .candidate")).get(0);
        assertTrue(first.findElement(By.cssSelector(".candidate-title")).getText().contains(title),
                "ranked first: " + first.getText());
        assertTrue(first.getText().contains("covers all 8 requested"), first.getText());
        screenshot("assistance-offer-candidates-en");
        dismissMessages();
        first.findElement(By.cssSelector("button.propose")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'match-status')][normalize-space()='Proposed']")));
        signOut();

        // 4. Kenya accepts for the State
        signIn("fp.kenya");
        driver.get(needUrl);
        clickInMatches("acceptRecipient");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'match-status')][normalize-space()='Accepted by the State']")));
        signOut();

        // 5. the donor accepts
        signIn("donor.eu");
        driver.get(needUrl);
        clickInMatches("acceptDonor");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'match-status')][normalize-space()='Accepted by both parties']")));
        signOut();

        // 6. staff confirm: the need is matched
        signIn("staff");
        driver.get(needUrl);
        clickInMatches("confirm");
        waitFor(ExpectedConditions.textToBe(By.id("needStatus"), "Matched"));
        assertEquals("0", driver.findElement(By.cssSelector("#needActions\\:lines .remaining-qty")).getText());
        screenshot("assistance-need-matched-en");
        go("app/assistance/needs.xhtml?state=KE");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("needsForm:needs")));
        WebElement row = driver.findElement(By.xpath("//tr[.//a[contains(.,'" + title + "')]]"));
        assertTrue(row.getText().contains("Matched"), row.getText());
        screenshot("assistance-needs-board-en");
        chooseLanguage("ar");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("needsForm:needs")));
        assertTrue(driver.findElement(By.xpath("//tr[.//a[contains(.,'" + title + "')]]")).getText().contains("مطابق"));
        screenshot("assistance-needs-board-ar");
        // the filtered board as a PDF to print, in Arabic
        byte[] pdf = submitForFile("needsForm", "needsForm:exportPdf");
        com.lowagie.text.pdf.PdfReader printed = new com.lowagie.text.pdf.PdfReader(pdf);
        assertTrue(printed.getNumberOfPages() >= 1, "a PDF with pages");
        printed.close();
        driver.get(needUrl);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("needStatus")));
        assertEquals("مطابق", driver.findElement(By.id("needStatus")).getText());
        screenshot("assistance-need-matched-ar");
        go("app/assistance/need-form.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("needForm:title")));
        screenshot("assistance-need-form-ar");
        go("app/assistance/offers.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("offersForm:offers")));
        screenshot("assistance-offers-board-ar");
        chooseLanguage("en");
    }

    // --- the browser ---------------------------------------------------------------------------------------------

    private static String needId(String url) {
        return url.substring(url.indexOf("id=") + 3).split("&")[0];
    }

    private void clickInMatches(String button) {
        By locator = By.cssSelector("[id$=':" + button + "']");
        waitFor(ExpectedConditions.presenceOfElementLocated(locator));
        press(locator);
    }

    /** Clicks once the growl's messages of the previous step no longer cover the page's buttons. */
    private void press(By locator) {
        dismissMessages();
        waitFor(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private void dismissMessages() {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('.ui-growl-item-container').forEach(function (e) { e.remove(); });");
    }

    private void type(String id, String text) {
        WebElement field = waitFor(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a PrimeFaces date picker through its widget, as picking the day in its calendar does. */
    private void date(String id, LocalDate day) {
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0])"
                + ".setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));", id, day.getYear(),
                day.getMonthValue(), day.getDayOfMonth());
        waitFor(ExpectedConditions.attributeToBe(By.id(id + "_input"), "value", day.toString()));
    }

    /** Ticks an option of a PrimeFaces checkbox menu by its label. */
    private void check(String id, String label) {
        driver.findElement(By.cssSelector("[id='" + id + "'] .ui-selectcheckboxmenu-trigger")).click();
        WebElement item = waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[@id='" + id + "_panel']//li[.//label[normalize-space()='" + label + "']]//div[contains(@class,'ui-chkbox-box')]")));
        item.click();
        driver.findElement(By.cssSelector("[id='" + id + "_panel'] .ui-selectcheckboxmenu-close")).click();
    }

    /** Chooses an option of a PrimeFaces select menu by its label; {@code value} is the option's value. */
    private void choose(String id, String label, String value) {
        WebElement menu = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
        menu.findElement(By.cssSelector(".ui-selectonemenu-trigger")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='" + id + "_items']//li[@data-label=\"" + label + "\"]"))).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(
                    ExpectedConditions.attributeToBe(By.id(id + "_input"), "value", value));
        } catch (org.openqa.selenium.TimeoutException notTaken) {
            // the overlay closed before the click landed (slow machine): choose through the widget, as a click would
            ((JavascriptExecutor) driver).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]);"
                    + " var o = Array.from(document.getElementById(arguments[0] + '_input').options)"
                    + ".find(x => x.text === arguments[1]); w.selectValue(o.value);", id, label);
        }
        waitFor(ExpectedConditions.attributeToBe(By.id(id + "_input"), "value", value));
    }

    private void signOut() {
        driver.findElement(By.id("accountForm:signOut")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("accountForm:signOut")));
    }

    private void waitForChart(String id) {
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var w = PrimeFaces.widgets['widget_" + id + "'];"
                        + " return !!(w && w.chart && w.chart.data.datasets.length >= 1);")));
    }

}
