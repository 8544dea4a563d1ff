package org.salwhub.web.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static OutboxMail mail() {
        SentNotification sent = new SentNotification(new Notification("t", Audience.users("x"), "k", List.of(), null,
                null), "staff", NOW);
        return new OutboxMail(sent, "a@example.org", "en", "Subject", "Body", NOW);
    }

    @Test
    void aClaimedMessageCannotBeClaimedAgainUntilItsClaimLapses() {
        OutboxMail mail = mail();
        assertTrue(mail.claim(NOW, NOW.plus(OutboxStore.CLAIM)));
        assertFalse(mail.claim(NOW.plusSeconds(1), NOW.plusSeconds(1).plus(OutboxStore.CLAIM)),
                "a second dispatcher must not send it too");
        assertTrue(mail.claim(NOW.plus(OutboxStore.CLAIM).plusSeconds(1), NOW.plus(Duration.ofMinutes(20))),
                "a dispatcher that died mid-send leaves it to the next one");
        assertEquals(2, mail.attempts());
    }

    @Test
    void aSentMessageIsNeverClaimedAgain() {
        OutboxMail mail = mail();
        mail.claim(NOW, NOW.plus(OutboxStore.CLAIM));
        mail.sent(NOW);
        assertFalse(mail.claim(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))));
        assertEquals(OutboxMail.Status.SENT, mail.view().status());
    }

    @Test
    void aFailureWaitsForItsRetryTimeAndGivesUpAfterTheLastAttempt() {
        OutboxMail mail = mail();
        mail.claim(NOW, NOW.plus(OutboxStore.CLAIM));
        mail.failed("Connection refused", NOW.plusSeconds(60), 2, false);
        assertEquals(OutboxMail.Status.PENDING, mail.view().status());
        assertEquals("Connection refused", mail.view().lastError());
        assertFalse(mail.claim(NOW.plusSeconds(30), NOW.plusSeconds(400)), "not before its retry time");
        assertTrue(mail.claim(NOW.plusSeconds(60), NOW.plusSeconds(400)));
        mail.failed("550 mailbox unavailable", NOW.plusSeconds(180), 2, false);
        assertEquals(OutboxMail.Status.FAILED, mail.view().status());
        assertFalse(mail.claim(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))));

        mail.retry(NOW.plusSeconds(500));
        assertEquals(OutboxMail.Status.PENDING, mail.view().status());
        assertTrue(mail.claim(NOW.plusSeconds(500), NOW.plusSeconds(900)), "staff asked for another try");
    }

    @Test
    void aServerThatCannotBeReachedNeverMakesTheOutboxGiveUp() {
        OutboxMail mail = mail();
        Instant at = NOW;
        for (int attempt = 1; attempt <= 50; attempt++) {
            assertTrue(mail.claim(at, at.plus(OutboxStore.CLAIM)), "attempt " + attempt);
            at = at.plusSeconds(3600);
            mail.failed("Connection refused", at, 12, true);
            assertEquals(OutboxMail.Status.PENDING, mail.view().status(), "attempt " + attempt);
        }
        assertTrue(mail.claim(at, at.plus(OutboxStore.CLAIM)));
        mail.sent(at);
        assertEquals(OutboxMail.Status.SENT, mail.view().status());
    }

    @Test
    void aRefusedConnectionIsUnreachableAndARejectedAddressIsNot() {
        assertTrue(MailDispatcher.unreachable(new jakarta.mail.MessagingException("Could not connect",
                new java.net.ConnectException("Connection refused"))));
        assertTrue(MailDispatcher.unreachable(new jakarta.mail.MessagingException("timeout",
                new java.net.SocketTimeoutException("Read timed out"))));
        assertFalse(MailDispatcher.unreachable(new jakarta.mail.SendFailedException("550 5.1.1 unknown user")));
    }

    @Test
    void theRetryDelayDoublesUpToAnHour() {
        MailSettings settings = new MailSettings();
        assertEquals(Duration.ofSeconds(60), settings.backoff(1));
        assertEquals(Duration.ofSeconds(120), settings.backoff(2));
        assertEquals(Duration.ofSeconds(480), settings.backoff(4));
        assertEquals(Duration.ofHours(1), settings.backoff(9));
        assertEquals(Duration.ofHours(1), settings.backoff(40));
    }
}
