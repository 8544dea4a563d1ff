package org.salwhub.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The registry's newer screens in a browser: the instruments on a State's profile (staff correct one in its row),
 * the public directory without signing in, a focal point adding and renaming an agency of their State, the
 * organisations and the printable directory; in English and Arabic.
 */
class RegistryE2E extends BrowserTest {

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

    @Test
    void staffCorrectAStatesReferenceDataAndABlankNameChangesNothing() {
        open("en-US,en");
        signIn("staff");
        chooseLanguage("en");
        go("app/state.xhtml?iso=MU");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".state-flags"), "African Group"));
        assertTrue(driver.findElement(By.cssSelector(".state-flags")).getText().contains("Eastern Africa"));
        driver.findElement(By.id("stateForm:editReference")).click();
        WebElement nameEn = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("referenceForm:nameEn")));
        assertEquals("Mauritius", nameEn.getAttribute("value"));
        screenshot("state-reference-en");

        // a blank English name: refused, named, and the dialog keeps what was typed
        nameEn.clear();
        WebElement nameFr = driver.findElement(By.id("referenceForm:nameFr"));
        nameFr.clear();
        nameFr.sendKeys("République de Maurice");
        driver.findElement(By.id("referenceForm:saveReference")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("referenceForm:referenceMessages"),
                "Name in English"));
        assertEquals("République de Maurice", driver.findElement(By.id("referenceForm:nameFr")).getAttribute("value"));
        go("app/state.xhtml?iso=MU");
        driver.findElement(By.id("stateForm:editReference")).click();
        nameFr = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("referenceForm:nameFr")));
        assertEquals("Maurice", nameFr.getAttribute("value"), "nothing was saved");

        // a correction is saved, and put back
        nameFr.clear();
        nameFr.sendKeys("République de Maurice");
        driver.findElement(By.id("referenceForm:saveReference")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("referenceDialog")));
        go("app/state.xhtml?iso=MU");
        driver.findElement(By.id("stateForm:editReference")).click();
        nameFr = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("referenceForm:nameFr")));
        assertEquals("République de Maurice", nameFr.getAttribute("value"));
        nameFr.clear();
        nameFr.sendKeys("Maurice");
        driver.findElement(By.id("referenceForm:saveReference")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("referenceDialog")));

        chooseLanguage("ar");
        go("app/state.xhtml?iso=MU");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".state-flags"),
                "مجموعة الدول الأفريقية"));
        driver.findElement(By.id("stateForm:editReference")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("referenceForm:nameAr")));
        screenshot("state-reference-ar");
        go("app/directory.xhtml");
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
    void aFocalPointAppointsHandsOverAndEndsAContactOfTheirState() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        open("en-US,en");
        signIn("fp.kenya");
        chooseLanguage("en");
        go("app/state.xhtml?iso=KE");

        // appoint someone new to the vacant Firearms Protocol role
        waitFor(ExpectedConditions.elementToBeClickable(By.id("stateForm:addContact"))).click();
        WebElement family = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:familyName")));
        choose("contactForm:roleType", "Firearms Protocol contact");
        driver.findElement(By.id("contactForm:givenName")).sendKeys("Wanjiku");
        family.sendKeys("Kiprop" + run);
        driver.findElement(By.id("contactForm:email")).sendKeys("w.kiprop." + run + "@knfp.example");
        screenshot("contact-appoint-en");
        driver.findElement(By.id("contactForm:saveContact")).click();
        By firearmsCard = By.xpath("//section[contains(@class,'role-group')][.//h2[contains(.,'Firearms Protocol')]]"
                + "//div[contains(concat(' ', @class, ' '), ' contact-card ')]");
        waitFor(d -> d.findElement(firearmsCard).getText().contains("Kiprop" + run));

        // hand it over to a successor: the first holder stays in the history
        waitFor(d -> d.findElement(firearmsCard).findElement(By.cssSelector("[id$=':replaceContact']"))).click();
        WebElement successor = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:familyName")));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("contactForm"), "Kiprop" + run));
        driver.findElement(By.id("contactForm:givenName")).sendKeys("Achola");
        successor.sendKeys("Onyango" + run);
        driver.findElement(By.id("contactForm:reason")).sendKeys("Posted abroad");
        assertEquals("Onyango" + run, driver.findElement(By.id("contactForm:familyName")).getAttribute("value"));
        assertTrue(driver.findElement(By.id("contactForm")).getText().contains("Hand the role over"));
        screenshot("contact-replace-en");
        driver.findElement(By.id("contactForm:saveContact")).click();
        waitFor(d -> d.findElement(firearmsCard).getText().contains("Onyango" + run));
        String history = driver.findElement(By.id("stateForm:history")).getText();
        assertTrue(history.contains("Kiprop" + run) && history.contains("Replaced by Achola Onyango" + run), history);
        assertTrue(history.contains("Posted abroad"), history);

        // end the successor's role: the role is vacant again and both holders stay in the history
        driver.findElement(firearmsCard).findElement(By.cssSelector("[id$=':endContact']")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("endForm:endReason"))).sendKeys("Post abolished");
        screenshot("contact-end-en");
        driver.findElement(By.id("endForm:saveEnd")).click();
        waitFor(d -> d.findElements(firearmsCard).isEmpty());
        history = driver.findElement(By.id("stateForm:history")).getText();
        assertTrue(history.contains("Onyango" + run) && history.contains("Post abolished"), history);
        screenshot("contact-history-en");

        chooseLanguage("ar");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("stateForm:addContact"))).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:familyName")));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("contactForm"), "تعيين جهة اتصال"));
        screenshot("contact-appoint-ar");
        driver.findElement(By.id("contactForm:cancelContact")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("contactDialog")));
        chooseLanguage("en");

        // another State's contacts offer Kenya's focal point nothing to edit
        go("app/state.xhtml?iso=SD");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("stateForm:contacts")));
        assertTrue(driver.findElements(By.id("stateForm:addContact")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("[id$=':replaceContact']")).isEmpty());
    }

    @Test
    void staffOpenAPersonsProfileAndAnonymiseThemWhileTheirRolesStay() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        open("en-US,en");
        signIn("staff");
        chooseLanguage("en");
        go("app/state.xhtml?iso=KE");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("stateForm:addContact"))).click();
        WebElement family = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:familyName")));
        choose("contactForm:roleType", "Secretary of the national commission");
        driver.findElement(By.id("contactForm:givenName")).sendKeys("Halima");
        family.sendKeys("Chebet" + run);
        driver.findElement(By.id("contactForm:email")).sendKeys("h.chebet." + run + "@knfp.example");
        driver.findElement(By.id("contactForm:saveContact")).click();
        By card = By.xpath("//div[contains(concat(' ', @class, ' '), ' contact-card ')][.//bdi[contains(.,'Chebet" + run + "')]]");
        waitFor(d -> d.findElement(card)).findElement(By.cssSelector("a.person-link")).click();

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Halima Chebet" + run));
        assertTrue(driver.findElement(By.id("personForm:roles")).getText()
                .contains("Secretary of the national commission"));
        assertTrue(driver.findElement(By.id("personForm:details")).getText().contains("h.chebet." + run));
        assertTrue(driver.findElements(By.id("personForm:export")).size() == 1, "staff export the personal data");
        screenshot("person-profile-en");

        driver.findElement(By.id("personForm:anonymise")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("personForm"), "Anonymised"));
        String details = driver.findElement(By.id("personForm:details")).getText();
        assertFalse(details.contains("h.chebet") || details.contains("Chebet" + run), details);
        assertTrue(driver.findElement(By.id("personForm:roles")).getText()
                .contains("Secretary of the national commission"), "the role stays");
        assertTrue(driver.findElements(By.id("personForm:anonymise")).isEmpty());

        chooseLanguage("ar");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("personForm:roles"), "الأدوار"));
        screenshot("person-profile-ar");
        chooseLanguage("en");
    }

    @Test
    void staffMergeTwoRecordsOfOnePersonAndTheRolesFollow() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String email = "p.kiptoo." + run + "@knfp.example";
        open("en-US,en");
        signIn("staff");
        chooseLanguage("en");
        go("app/state.xhtml?iso=KE");
        for (String role : List.of("Regional liaison", "Arms Trade Treaty national point of contact")) {
            waitFor(ExpectedConditions.elementToBeClickable(By.id("stateForm:addContact"))).click();
            WebElement family = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:familyName")));
            choose("contactForm:roleType", role);
            driver.findElement(By.id("contactForm:givenName")).sendKeys("Peter");
            family.sendKeys("Kiptoo" + run);
            driver.findElement(By.id("contactForm:email")).sendKeys(email);
            driver.findElement(By.id("contactForm:saveContact")).click();
            waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("contactDialog")));
        }
        By pair = By.xpath("//li[contains(@class,'duplicate-pair')][contains(.,'" + email + "')]");
        WebElement found = waitFor(d -> d.findElement(pair));
        assertTrue(found.getText().contains("Same e-mail"), found.getText());
        screenshot("duplicates-en");
        found.findElement(By.cssSelector("button[id$=':keepFirst']")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitFor(d -> d.findElements(pair).isEmpty());
        // one record now holds both roles
        List<WebElement> cards = driver.findElements(By.xpath("//div[contains(concat(' ', @class, ' '),"
                + " ' contact-card ')][.//bdi[contains(.,'Kiptoo" + run + "')]]"));
        assertEquals(2, cards.size(), "both roles stay, held by the record kept");
        String href = cards.get(0).findElement(By.cssSelector("a.person-link")).getAttribute("href");
        assertEquals(href, cards.get(1).findElement(By.cssSelector("a.person-link")).getAttribute("href"),
                "the same person");
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
        // the ministry's IATI organisation identifier, from the reference data, in the list and the dialog
        WebElement ministry = editOrganisation("GFFO");
        assertTrue(ministry.getText().contains("XM-DAC-5-7"), ministry.getText());
        assertEquals("XM-DAC-5-7", driver.findElement(By.id("organisationForm:iatiIdentifier")).getAttribute("value"));
        screenshot("organisation-dialog-en");

        // a malformed identifier is refused on the field; left empty, the organisation saves
        go("app/staff/organisations.xhtml");
        editOrganisation("RECSA");
        WebElement iati = driver.findElement(By.id("organisationForm:iatiIdentifier"));
        assertEquals("", iati.getAttribute("value"));
        iati.sendKeys("RECSA 2026");
        driver.findElement(By.id("organisationForm:save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("organisationForm"), "joined by hyphens"));
        screenshot("organisation-dialog-iati-error-en");
        iati = driver.findElement(By.id("organisationForm:iatiIdentifier"));
        iati.clear();
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
        editOrganisation("GFFO");
        assertEquals("XM-DAC-5-7", driver.findElement(By.id("organisationForm:iatiIdentifier")).getAttribute("value"));
        screenshot("organisation-dialog-ar");
        // codes and Latin names read from the left in the Arabic dialog too (primefaces.DIR makes every input rtl)
        for (String field : List.of("acronym", "iatiIdentifier", "nameEn")) {
            assertEquals("ltr", driver.findElement(By.id("organisationForm:" + field)).getCssValue("direction"), field);
        }
        assertEquals("rtl", driver.findElement(By.id("organisationForm:nameAr")).getCssValue("direction"));
        go("app/staff/organisations.xhtml");
        chooseLanguage("en");
    }

    /** Opens the dialog on the organisation with this acronym; answers its row in the list. */
    private WebElement editOrganisation(String acronym) {
        WebElement row = waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='organisationsForm:organisations_data']/tr[td[1][normalize-space()='" + acronym + "']]")));
        row.findElement(By.cssSelector("[id$=':edit']")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("organisationForm:nameEn")));
        waitFor(ExpectedConditions.attributeToBe(By.id("organisationForm:acronym"), "value", acronym));
        return row;
    }
}
