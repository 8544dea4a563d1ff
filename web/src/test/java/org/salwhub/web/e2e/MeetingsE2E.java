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
 * Meetings as people see them: a focal point of Sudan, who reads SALW Hub in Arabic, finds the regional preparatory
 * meeting in Nairobi in the right-to-left calendar, opens it and registers the head of Sudan's delegation with a note
 * verbale; staff see the calendar, the meeting's registrations and the conflict report in English; Kenya's focal
 * point finds its follow-up actions on the dashboard. Screenshots go to {@code it.screenshots}.
 */
class MeetingsE2E extends BrowserTest {

    @Test
    void aFocalPointFindsTheRegionalMeetingInTheArabicCalendarAndRegistersTheirDelegation() throws IOException {
        open("en-US,en");
        go("login.xhtml");
        signIn("fp.sudan");
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"), "fp.sudan reads Arabic");

        go("app/meetings.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".meetings-schedule .fc-daygrid-day")));
        assertEquals("تقويم الاجتماعات", pageTitle());
        assertFalse(driver.findElements(By.cssSelector(".meetings-schedule.fc-direction-rtl, .meetings-schedule"
                + " .fc-direction-rtl")).isEmpty(), "the calendar runs right to left");
        WebElement event = waitFor(d -> d.findElements(By.cssSelector("#calendarForm\\:schedule a.fc-event")).stream()
                .filter(e -> e.getText().contains("الاجتماع الإقليمي التحضيري")).findFirst().orElse(null));
        assertTrue(driver.findElement(By.id("calendarForm:upcoming")).getText().contains("نيروبي")
                || driver.findElement(By.id("calendarForm:upcoming")).getText().contains("Nairobi"));
        screenshot("meetings-calendar-ar");

        event.click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("meetingForm")));
        assertTrue(pageTitle().contains("الاجتماع الإقليمي التحضيري"), pageTitle());
        assertTrue(driver.findElement(By.id("startLocal")).getText().contains("Africa/Nairobi"),
                "the meeting's own zone is shown");
        screenshot("meeting-ar");

        driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space(.)='الوفد']")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("meetingForm:tabs:person")));
        choose("meetingForm:tabs:person", "عمر");
        choose("meetingForm:tabs:role", "رئيس الوفد");
        driver.findElement(By.id("meetingForm:tabs:register")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("meetingForm:tabs:members"), "عمر"));
        assertTrue(driver.findElement(By.id("meetingForm:tabs:members")).getText().contains("بانتظار القرار"),
                "waiting for staff");

        Path note = Files.createTempFile("note-verbale-", ".pdf");
        Files.writeString(note, "%PDF-1.4\n% note verbale of the Sudan\n%%EOF\n");
        driver.findElement(By.id("meetingForm:tabs:credentials_input")).sendKeys(note.toAbsolutePath().toString());
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("credentialFiles"),
                note.getFileName().toString()));
        Files.delete(note);
        assertTrue(driver.findElement(By.id("meetingForm:tabs:delegation")).getText().contains("السودان"));
        screenshot("meeting-delegation-ar");

        // a focal point sees the list of participants as published: only those who agreed to be listed
        driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space(.)='المشاركون']")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("meetingForm:tabs:participants")));
        assertTrue(driver.findElements(By.cssSelector("#meetingForm\\:tabs\\:participants .not-listed")).isEmpty(),
                "nobody unlisted is shown to a focal point");
        assertTrue(driver.findElement(By.id("meetingForm:tabs:participants")).getText().contains("رئيس الوفد"),
                "roles in Arabic");
        screenshot("meeting-participants-ar");
    }

    @Test
    void staffSeeTheCalendarTheRegistrationsAndTheConflictsInEnglish() {
        open("en-US,en");
        go("login.xhtml");
        signIn("staff");
        go("app/meetings.xhtml");
        WebElement event = waitFor(d -> d.findElements(By.cssSelector("#calendarForm\\:schedule a.fc-event")).stream()
                .filter(e -> e.getText().contains("Regional preparatory meeting")).findFirst().orElse(null));
        assertTrue(driver.findElements(By.cssSelector(".fc-direction-rtl")).isEmpty(), "left to right in English");
        assertFalse(driver.findElements(By.cssSelector(".fc-direction-ltr")).isEmpty());
        screenshot("meetings-calendar-en");
        driver.findElement(By.cssSelector("#calendarForm\\:schedule .fc-listYear-button")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendarForm\\:schedule .fc-list")));
        screenshot("meetings-list-en");

        go("app/meetings.xhtml");
        event = waitFor(d -> d.findElements(By.cssSelector("#calendarForm\\:schedule a.fc-event")).stream()
                .filter(e -> e.getText().contains("Regional preparatory meeting")).findFirst().orElse(null));
        event.click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("meetingForm")));
        assertTrue(driver.findElement(By.id("meetingForm:tabs")).getText().contains("International cooperation and assistance"));
        screenshot("meeting-en");
        driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space(.)='Staff']")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("meetingForm:tabs:registrations")));
        String registrations = driver.findElement(By.id("meetingForm:tabs:registrations")).getText();
        assertTrue(registrations.contains("Approved"), registrations);
        assertTrue(driver.findElement(By.id("meetingForm:tabs:conflicts")).getText().contains("Venue booked twice"));
        screenshot("meeting-staff-en");

        // the list of participants: everyone approved, those who did not agree to be listed marked for staff; the
        // download holds the same rows
        driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space(.)='Participants']")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("meetingForm:tabs:participants")));
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='meetingForm:tabs:participants_data'] > tr"));
        assertFalse(rows.isEmpty() || rows.get(0).getText().contains("No approved participant"),
                "the demo meeting has approved participants");
        assertTrue(driver.findElement(By.id("meetingForm:tabs:participantCount")).getText()
                .startsWith("Participants: " + rows.size() + " "), "the count matches the rows");
        screenshot("meeting-participants-en");
        String csv = new String(submitForFile("meetingForm", "meetingForm:tabs:participantsCsv"),
                java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
        String[] lines = csv.strip().split("\r\n");
        assertEquals("Delegation,Person,Role in the delegation,Category,Agreed to be listed", lines[0]);
        assertEquals(rows.size() + 1, lines.length, csv);
        assertTrue(csv.contains(rows.get(0).findElements(By.tagName("td")).get(1).findElement(By.tagName("bdi"))
                .getText()), csv);
        byte[] pdf = submitForFile("meetingForm", "meetingForm:tabs:participantsPdf");
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII),
                "the printable list of participants");

        go("app/staff/meeting-conflicts.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("conflictsForm:conflicts")));
        assertTrue(driver.findElement(By.id("conflictsForm:conflicts")).getText().contains("Venue booked twice"));
        screenshot("meeting-conflicts-en");

        go("app/staff/meeting-planner.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("cycleForm:generate")));
        screenshot("meeting-planner-en");
    }

    @Test
    void aFocalPointSeesItsFollowUpActionsOnTheDashboard() {
        open("en-US,en");
        go("login.xhtml");
        signIn("fp.kenya");
        WebElement panel = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("followUps")));
        assertTrue(panel.getText().contains("Report on the marking of police armouries"), panel.getText());
        screenshot("dashboard-follow-ups-en");
    }

    // --- the browser ---------------------------------------------------------------------------------------------
}
