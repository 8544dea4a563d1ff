package org.salwhub.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Staff write to Sudan's focal points; the focal point, who reads Arabic, sees the bell and reads it. */
class NotificationsE2E extends BrowserTest {

    @Test
    void staffAnnounceToOneStateAndItsFocalPointReadsItInArabic() {
        String subject = "تحديث بيانات الاتصال " + UUID.randomUUID().toString().substring(0, 8);
        open("en-US,en");
        signIn("staff");
        chooseLanguage("en"); // staff's language is kept with the account; another test may have chosen Arabic
        go("app/staff/mail.xhtml");
        assertEquals("Announcements and e-mail", pageTitle());

        // nothing chosen: refused with a message, nothing sent
        driver.findElement(By.id("mailForm:send")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("mailForm"), "This field is required."));
        screenshot("mail-refused-en");

        driver.findElement(By.id("mailForm:states")).click();
        WebElement filter = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#mailForm\\:states_panel input[type=text]")));
        filter.sendKeys("Sudan");
        waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='mailForm:states_panel']//li[not(contains(@style,'none'))]//label[normalize-space()='Sudan']"))).click();
        driver.findElement(By.tagName("h1")).click(); // close the panel
        driver.findElement(By.id("mailForm:subject")).sendKeys(subject);
        driver.findElement(By.id("mailForm:body")).sendKeys("يرجى تأكيد بيانات جهة الاتصال الوطنية قبل الاجتماع الإقليمي.");
        driver.findElement(By.id("mailForm:send")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("mailForm:queue"), subject));
        screenshot("mail-sent-en");

        open("en-US,en");
        signIn("fp.sudan");
        WebElement badge = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("accountForm:unreadBadge")));
        assertTrue(badge.getText().matches("[٠-٩]+"), "the unread count in Arabic digits: " + badge.getText());
        driver.findElement(By.id("accountForm:inboxLink")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("inboxForm:entries"), subject));
        assertEquals("صندوق الوارد", pageTitle());
        screenshot("inbox-fp-sudan-ar");

        WebElement row = driver.findElement(By.xpath("//tr[contains(., '" + subject + "')]"));
        assertTrue(row.getAttribute("class").contains("unread"));
        row.findElement(By.cssSelector("button[id$=':read']")).click();
        waitFor(d -> d.findElement(By.xpath("//tr[contains(., '" + subject + "')]")).getAttribute("class")
                .contains(" read"));
        screenshot("inbox-fp-sudan-read-ar");
    }

    @Test
    void staffAskAStateWithEntriesDueToConfirmThem() {
        open("en-US,en");
        signIn("staff");
        chooseLanguage("en");
        go("app/staff/verification.xhtml");
        assertEquals("Verification requests", pageTitle());
        java.util.List<WebElement> rows = driver.findElements(By.cssSelector("[id='verificationForm:due_data'] tr[data-ri]"));
        assertTrue(!rows.isEmpty(), "the demo directory has States with entries due");
        String state = rows.get(0).findElement(By.cssSelector("td:nth-child(2)")).getText().trim();
        screenshot("verification-en");

        driver.findElement(By.id("verificationForm:askSelected")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Choose at least one State."));

        // the form was replaced: find the first row again
        driver.findElement(By.cssSelector("[id='verificationForm:due_data'] tr[data-ri='0'] td:first-child .ui-chkbox-box"))
                .click();
        driver.findElement(By.id("verificationForm:note")).sendKeys("Before the regional meeting in Nairobi.");
        driver.findElement(By.id("verificationForm:askSelected")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("verificationForm:requests"),
                "Before the regional meeting in Nairobi."));
        WebElement request = driver.findElement(By.cssSelector("[id='verificationForm:requests_data'] tr:first-child"));
        assertTrue(request.getText().contains(state) && request.getText().contains("Waiting"), request.getText());

        chooseLanguage("ar");
        assertEquals("طلبات التحقق", pageTitle());
        screenshot("verification-ar");
        chooseLanguage("en");
    }
}
