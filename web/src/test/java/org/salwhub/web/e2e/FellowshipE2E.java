package org.salwhub.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The fellowship journey in the browser: the demo call is open; Kenya's and Burundi's focal points nominate
 * (with a note verbale); staff close the call and assign reviewers; the reviewer scores in Arabic; staff select
 * with the women-share indicator on the board; the fellow accepts, completes, and the certificate PDF downloads.
 * Screenshots in English, French and Arabic go to {@code it.screenshots}.
 */
class FellowshipE2E extends BrowserTest {

    static final String CALL = "SALW Fellowship 2027";

    @Test
    void twoStatesNominateAReviewerScoresStaffSelectAndTheCertificateDownloads() throws IOException {
        Path note = Files.createTempFile("note-verbale-", ".pdf");
        Files.write(note, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        // Kenya nominates a woman, in English
        as("fp.kenya");
        driver.findElement(By.id("menuForm:fellowshipCalls")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("callsForm:calls")));
        screenshot("fellowship-calls-fp-en");
        callRow().findElement(By.cssSelector("a[id$=':nominate']")).click();
        nominate(note, "Faith", "Wanjiku", "FEMALE", "Inspector, firearms registry", "Kenya Police Service",
                "LAW_ENFORCEMENT", "8", "en sw");
        screenshot("fellowship-nominate-fp-kenya-en");

        // Burundi nominates a man, in French
        as("fp.burundi");
        driver.findElement(By.id("menuForm:fellowshipCalls")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("callsForm:calls")));
        callRow().findElement(By.cssSelector("a[id$=':nominate']")).click();
        nominate(note, "Jean", "Ndayishimiye", "MALE", "Commissaire", "Police nationale du Burundi",
                "LAW_ENFORCEMENT", "6", "fr rn");
        screenshot("fellowship-nominate-fp-burundi-fr");

        // staff close the call, put it in review and assign reviewers
        as("staff");
        openEditor();
        moveOn("CLOSED");
        moveOn("IN_REVIEW");
        driver.findElement(By.id("callForm:assign")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#callForm\\:messages .ui-messages-info")));
        screenshot("fellowship-call-editor-staff-en");

        // the reviewer (Arabic) scores both applications
        as("reviewer");
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        driver.findElement(By.id("menuForm:fellowshipReviews")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reviewsForm:assignments")));
        screenshot("fellowship-reviews-reviewer-ar");
        for (String nominee : List.of("Wanjiku", "Ndayishimiye")) {
            WebElement row = waitFor(d -> d.findElements(By.cssSelector("#reviewsForm\\:assignments tbody tr")).stream()
                    .filter(r -> r.getText().contains(nominee)).findFirst().orElse(null));
            row.findElement(By.cssSelector("button[id$=':open']")).click();
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("scoreForm:submitScores")));
            List<WebElement> scales = driver.findElements(By.cssSelector("#scoreForm [id$=':score']"));
            assertEquals(4, scales.size(), "one scale per criterion of the demo rubric");
            for (int i = 0; i < scales.size(); i++) {
                int value = nominee.equals("Wanjiku") ? 4 : 3;
                driver.findElements(By.cssSelector("#scoreForm [id$=':score']")).get(i)
                        .findElements(By.cssSelector(".ui-button")).get(value).click();
            }
            if (nominee.equals("Wanjiku")) {
                screenshot("fellowship-score-reviewer-ar");
            }
            driver.findElement(By.id("scoreForm:submitScores")).click();
            waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("scoreForm:submitScores")));
        }

        // staff move to selection: the board shows the women's share against the target
        as("staff");
        openEditor();
        moveOn("SELECTION");
        driver.findElement(By.cssSelector("a[href*='fellowship-selection']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("womenShare")));
        assertTrue(driver.findElement(By.id("womenShare")).getText().contains("50"), "the target is shown");
        WebElement kenyan = rankingRow("Wanjiku");
        assertTrue(kenyan.getText().contains("4"), "her mean score: " + kenyan.getText());
        kenyan.findElement(By.cssSelector("button[id$=':decide']")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("decisionForm:reason")));
        driver.findElement(By.id("decisionForm:reason")).sendKeys("Highest score; strengthens the Kenyan registry");
        driver.findElement(By.id("decisionForm:saveDecision")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("womenShare"), "100"));
        assertTrue(driver.findElement(By.id("selectionForm:womenTarget")).getAttribute("class").contains("tag-ok"));
        screenshot("fellowship-selection-staff-en");
        chooseLanguage("ar");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("womenShare")));
        screenshot("fellowship-selection-staff-ar");
        chooseLanguage("en");

        // the offer is accepted; the cohort runs; the online phase is done: the certificate downloads
        rankingRow("Wanjiku").findElement(By.cssSelector("button[id$=':accept']")).click();
        waitFor(d -> rankingRow("Wanjiku").findElements(By.cssSelector("button[id$=':accept']")).isEmpty());
        openEditor();
        moveOn("COHORT_RUNNING");
        driver.findElement(By.cssSelector("a[href*='fellowship-cohort']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("fellowsForm:fellows")));
        assertTrue(driver.findElements(By.cssSelector("a.certificate-link")).isEmpty(), "not completed yet");
        driver.findElement(By.cssSelector("button[id$=':online']")).click();
        waitFor(d -> d.findElement(By.cssSelector("button[id$=':online']")).getAttribute("class").contains("present"));
        assertTrue(driver.findElements(By.cssSelector("a.certificate-link")).isEmpty(),
                "the online phase alone does not complete a call with an in-person phase");
        // the first in-person session is held today and she attends it
        driver.findElement(By.id("sessionsForm:sessionTitle")).sendKeys("Opening session");
        driver.findElement(By.id("sessionsForm:addSession")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("sessionsForm:sessions"), "Opening session"));
        waitFor(d -> d.findElement(By.xpath("//tbody[@id='fellowsForm:fellows_data']/tr[contains(.,'Wanjiku')]"))
                .findElement(By.cssSelector("button.attendance.absent:not([id$=':online'])"))).click();
        WebElement certificate = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.certificate-link")));
        screenshot("fellowship-cohort-staff-en");
        String head = download(certificate.getAttribute("href"));
        assertTrue(head.startsWith("%PDF|"), head);
        assertTrue(Integer.parseInt(head.substring(5)) > 5000, "an embedded font: " + head);
        chooseLanguage("ar");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("fellowsForm:fellows")));
        screenshot("fellowship-cohort-staff-ar");

        // the report
        go("app/staff/fellowship-report.xhtml?call=" + callId());
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reportForm:byState")));
        screenshot("fellowship-report-staff-ar");
        Files.deleteIfExists(note);
    }

    /** Independent of the journey above, which may have run first and moved the demo call on. */
    @Test
    void inArabicAFocalPointSeesTheCallAndOnlyTheirStatesNominations() {
        as("fp.sudan");
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        driver.findElement(By.id("menuForm:fellowshipCalls")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("callsForm:calls")));
        assertTrue(driver.findElements(By.cssSelector("a[id$=':edit']")).isEmpty(), "no editing for a focal point");
        screenshot("fellowship-calls-fp-sudan-ar");
        String id = callRow().findElement(By.cssSelector("[data-call]")).getAttribute("data-call");
        go("app/fellowships/nominate.xhtml?call=" + id);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("ours:nominations")));
        String ours = driver.findElement(By.id("ours:nominations")).getText();
        assertTrue(ours.contains("أمل عثمان"), ours);
        assertTrue(!ours.contains("Namutebi") && !ours.contains("Mrisho") && !ours.contains("Wanjiku"),
                "other States' nominees stay hidden: " + ours);
        screenshot("fellowship-nominate-fp-sudan-ar");
    }

    /** The Ugandan nominee's own account: her fellowship, her application and her note verbale; nothing else. */
    @Test
    void theNomineeSignsInAndSeesHerOwnFellowshipInEnglishAndArabic() {
        as("fellow.uganda");
        WebElement panel = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("myFellowship")));
        assertTrue(panel.getText().contains(CALL), panel.getText());
        assertTrue(driver.findElements(By.id("menuForm:directory")).isEmpty(), "no directory in a fellow's menu");
        assertTrue(driver.findElements(By.id("menuForm:fellowshipCalls")).isEmpty(), "nor the calls");
        assertTrue(driver.findElements(By.id("meetings")).isEmpty(), "nor the network's meetings");
        screenshot("fellowship-dashboard-fellow-en");

        driver.findElement(By.id("menuForm:myFellowship")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mine-card")));
        String page = driver.findElement(By.id("mineForm")).getText();
        assertTrue(page.contains(CALL) && page.contains("Officer in charge, firearms registry")
                && page.contains("Uganda Police Force"), page);
        assertTrue(!page.contains("Mrisho") && !page.contains("Habimana") && !page.contains("Wanjiku"),
                "only her own nomination: " + page);
        String note = download(driver.findElement(By.cssSelector("a.note-verbale-link")).getAttribute("href"));
        assertTrue(note.startsWith("%PDF|"), note);
        // the journey above may have closed the demo call already: then her application is read only
        boolean open = !driver.findElements(By.cssSelector("button[id$=':edit']")).isEmpty();
        if (open) {
            // the call still takes nominations: she completes her application herself
            driver.findElement(By.cssSelector("button[id$=':edit']")).click();
            WebElement motivation = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("applicationForm:motivation")));
            motivation.clear();
            motivation.sendKeys("To set up the tracing desk of the Uganda Police Force and train its officers.");
            screenshot("fellowship-mine-application-fellow-en");
            driver.findElement(By.id("applicationForm:saveApplication")).click();
            waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("mineForm"), "set up the tracing desk"));
        } else {
            assertTrue(page.contains("no longer open for nominations"), "closed, and said so: " + page);
        }
        screenshot("fellowship-mine-fellow-en");

        chooseLanguage("ar");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mine-card")));
        assertLanguage("ar", "rtl");
        assertSidebarOnThe("right");
        assertTrue(pageTitle().contains("زمالتي"), pageTitle());
        screenshot("fellowship-mine-fellow-ar");
        go("app/dashboard.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("myFellowship")));
        screenshot("fellowship-dashboard-fellow-ar");
        chooseLanguage("en");
    }

    /**
     * Staff give a nominee an account from the call's nominations (the one-time password shown once); an
     * administrator's fellow account needs its registry person; a reviewer declares an agency of the registry.
     */
    @Test
    void staffGiveANomineeAnAccountAndAReviewerDeclaresARegistryAgency() {
        as("staff");
        openEditor();
        WebElement row = waitFor(d -> d.findElements(By.cssSelector("#nominationsForm\\:nominations tbody tr"))
                .stream().filter(r -> r.getText().contains("Mrisho")).findFirst().orElse(null));
        row.findElement(By.cssSelector("button[id$=':giveAccount']")).click();
        WebElement username = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("nomineeAccountForm:accountUsername")));
        assertEquals("joseph.mrisho", username.getAttribute("value"), "named after the e-mail address");
        screenshot("fellowship-account-dialog-staff-en");
        driver.findElement(By.id("nomineeAccountForm:createAccount")).click();
        WebElement otp = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
        assertTrue(otp.getText().strip().length() >= 10, otp.getText());
        assertEquals("joseph.mrisho", driver.findElement(By.id("otpFor")).getText());
        waitFor(d -> d.findElements(By.cssSelector("#nominationsForm\\:nominations tbody tr")).stream()
                .filter(r -> r.getText().contains("Mrisho")).anyMatch(r -> r.getText().contains("joseph.mrisho")
                        && r.findElements(By.cssSelector("button[id$=':giveAccount']")).isEmpty()));
        screenshot("fellowship-call-account-staff-en");

        // an administrator's fellow account: refused without its person, who is found in the directory
        as("admin");
        go("app/admin/users.xhtml");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("usersForm:create"))).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:username"))).sendKeys("eric.habimana");
        driver.findElement(By.id("userForm:displayName")).sendKeys("Eric Habimana");
        click(driver.findElement(By.xpath("//*[@id='userForm:roles']//input[@value='FELLOW']"
                + "/ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]")));
        WebElement person = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:person_input")));
        click(driver.findElement(By.id("userForm:save")));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("userDialog"), "registry person"));
        screenshot("users-fellow-refused-admin-en");
        person = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:person_input")));
        person.sendKeys("Habim");
        WebElement suggestion = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='userForm:person_panel'] .ui-autocomplete-item")));
        assertTrue(suggestion.getText().contains("Habimana"), suggestion.getText());
        // the panel fades in: wait until it shows fully, then take the suggestion (clicked where it is: moving the
        // page to reach it would close the overlay)
        waitFor(d -> "1".equals(d.findElement(By.id("userForm:person_panel")).getCssValue("opacity")));
        screenshot("users-fellow-person-admin-en");
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", suggestion);
        waitFor(d -> d.findElement(By.id("userForm:person_input")).getAttribute("value").contains("Habimana"));
        click(driver.findElement(By.id("userForm:save")));
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
        assertTrue(driver.findElement(By.id("usersForm:users")).getText().contains("Eric Habimana"));

        // the reviewer (Arabic) declares the agency they work for from the State's agencies
        as("reviewer");
        driver.findElement(By.id("menuForm:fellowshipReviews")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("declarationForm:agency")));
        assertTrue(driver.findElement(By.id("declarationForm:agency_label")).getText().contains("Sudan Police Force"),
                "the demo declaration names the registry agency: "
                        + driver.findElement(By.id("declarationForm:agency_label")).getText());
        screenshot("fellowship-declaration-reviewer-ar");
    }

    // --- steps --------------------------------------------------------------------------------------------------

    private String callId;

    private String callId() {
        return callId;
    }

    private WebElement callRow() {
        return waitFor(d -> d.findElements(By.cssSelector("#callsForm\\:calls tbody tr")).stream()
                .filter(r -> r.getText().contains(CALL)).findFirst().orElse(null));
    }

    private WebElement rankingRow(String name) {
        return waitFor(d -> d.findElements(By.cssSelector("#selectionForm\\:ranking tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElse(null));
    }

    private void openEditor() {
        go("app/fellowships/calls.xhtml");
        WebElement edit = callRow().findElement(By.cssSelector("a[id$=':edit']"));
        String href = edit.getAttribute("href");
        callId = href.substring(href.indexOf("id=") + 3).split("&")[0];
        edit.click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("callForm:status")));
    }

    private void moveOn(String status) {
        driver.findElement(By.id("callForm:moveOn")).click();
        WebElement yes = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        yes.click();
        waitFor(ExpectedConditions.attributeContains(By.id("callForm:status"), "class", "status-" + status));
    }

    private void nominate(Path note, String given, String family, String sex, String post, String agency,
                          String agencyType, String years, String languages) {
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("nominateForm:givenName")));
        String quota = driver.findElement(By.id("quota")).getText();
        assertTrue(quota.contains("2"), quota);
        driver.findElement(By.id("uploadForm:noteVerbale_input")).sendKeys(note.toString());
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("nominateForm:noteVerbaleName"), ".pdf"));
        driver.findElement(By.id("nominateForm:givenName")).sendKeys(given);
        driver.findElement(By.id("nominateForm:familyName")).sendKeys(family);
        driver.findElement(By.id("nominateForm:email")).sendKeys(given.toLowerCase() + "." + family.toLowerCase()
                + "@fellows.example");
        select("nominateForm:sex", sex);
        select("nominateForm:ageBand", "FROM_30_TO_39");
        driver.findElement(By.id("nominateForm:currentPost")).sendKeys(post);
        driver.findElement(By.id("nominateForm:agencyName")).sendKeys(agency);
        select("nominateForm:agencyType", agencyType);
        driver.findElement(By.id("nominateForm:years_input")).sendKeys(years);
        driver.findElement(By.id("nominateForm:languages")).sendKeys(languages);
        driver.findElement(By.id("nominateForm:motivation")).sendKeys("To lead the marking of State-held weapons.");
        driver.findElement(By.id("nominateForm:submit")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("ours:nominations"), family));
        String status = driver.findElement(By.id("ours:nominations")).getText();
        assertTrue(status.contains(family), status);
    }

    /** Chooses a PrimeFaces selectOneMenu's value through its widget, whatever the language of its labels. */
    private void select(String clientId, String value) {
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);",
                "widget_" + clientId.replace(':', '_'), value);
    }

    /** Fetches a link with the session's cookie; answers the first four bytes and the size. */
    /** Clicks an element of a dialog that may reach below the window: scrolled into view first. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waitFor(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private String download(String href) {
        driver.manage().timeouts().scriptTimeout(WAIT);
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + "  if (!r.ok) { done('HTTP ' + r.status); return; }"
                        + "  return r.arrayBuffer().then(function (b) { var a = new Uint8Array(b);"
                        + "    done(String.fromCharCode(a[0], a[1], a[2], a[3]) + '|' + a.length); }); })"
                        + ".catch(function (e) { done('ERR ' + e); });", href);
    }

    // --- the browser ---------------------------------------------------------------------------------------------

    /** A fresh browser signed in as {@code username}; the account's language applies. */
    private void as(String username) {
        open("en-US,en");
        signIn(username);
    }
}
