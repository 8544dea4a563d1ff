package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notification service end to end: audiences reach exactly the right inboxes, nobody reads another's inbox, and
 * the e-mail outbox keeps every message while the SMTP server is down and delivers it exactly once when it returns
 * (a real SMTP server: GreenMail, on the port the application was started with).
 */
class NotificationsIT {

    static final String PASSWORD = "SalwHub#2026";
    static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3925);

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    ApiClient api;
    String staff;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
        staff = api.token("staff", PASSWORD);
    }

    private String stateOf(String token) {
        return api.get("api/v1/me", token).json().getJsonObject("scope").getString("id");
    }

    private void announce(String subject, String audienceJson) {
        ApiClient.Reply reply = api.post("api/v1/announcements", staff,
                "{\"subject\":\"" + subject + "\",\"body\":\"Please confirm your contact details.\",\"audience\":"
                        + audienceJson + "}");
        assertEquals(202, reply.status(), reply.body());
    }

    private List<JsonObject> inbox(String token, boolean unreadOnly) {
        ApiClient.Reply reply = api.get("api/v1/me/notifications?unread=" + unreadOnly + "&max=200", token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("entries").stream().map(v -> v.asJsonObject()).toList();
    }

    private Optional<JsonObject> entry(String token, String subject) {
        return inbox(token, false).stream().filter(e -> e.getString("subject").equals(subject)).findFirst();
    }

    @Test
    void anAnnouncementReachesTheFocalPointsOfTheStatesNamedAndNobodyElse() {
        String kenya = api.token("fp.kenya", PASSWORD);
        String sudan = api.token("fp.sudan", PASSWORD);
        String donor = api.token("donor.eu", PASSWORD);
        String subject = "Directory check " + UUID.randomUUID();

        announce(subject, "{\"states\":[\"" + stateOf(kenya) + "\"]}");

        JsonObject mine = entry(kenya, subject).orElseThrow(() -> new AssertionError("not in Kenya's inbox"));
        assertFalse(mine.getBoolean("read"));
        assertEquals("Please confirm your contact details.", mine.getString("body"));
        assertTrue(entry(sudan, subject).isEmpty(), "Sudan's focal point is not in the audience");
        assertTrue(entry(donor, subject).isEmpty(), "a donor is not in the audience");
        assertTrue(entry(staff, subject).isEmpty(), "staff sent it but are not in the audience");
    }

    @Test
    void aReaderMarksTheirOwnEntriesReadButCannotTouchAnotherInbox() {
        String kenya = api.token("fp.kenya", PASSWORD);
        String burundi = api.token("fp.burundi", PASSWORD);
        String subject = "Reading test " + UUID.randomUUID();
        announce(subject, "{\"usernames\":[\"fp.kenya\",\"fp.burundi\"]}");
        String id = entry(kenya, subject).orElseThrow().getString("id");
        long unreadBefore = api.get("api/v1/me/notifications", kenya).json().getJsonNumber("unread").longValue();

        ApiClient.Reply foreign = api.post("api/v1/me/notifications/" + id + "/read", burundi, "{}");
        assertEquals(404, foreign.status(), "another user's entry does not exist for Burundi: " + foreign.body());
        assertFalse(entry(kenya, subject).orElseThrow().getBoolean("read"));

        assertEquals(200, api.post("api/v1/me/notifications/" + id + "/read", kenya, "{}").status());
        assertTrue(entry(kenya, subject).orElseThrow().getBoolean("read"));
        assertEquals(unreadBefore - 1,
                api.get("api/v1/me/notifications", kenya).json().getJsonNumber("unread").longValue());
        assertTrue(inbox(kenya, true).stream().noneMatch(e -> e.getString("id").equals(id)));
        assertFalse(entry(burundi, subject).orElseThrow().getBoolean("read"), "Burundi's copy stays unread");

        assertEquals(200, api.post("api/v1/me/notifications/read", burundi, "{}").status());
        assertTrue(inbox(burundi, true).isEmpty());
    }

    @Test
    void onlyStaffAnnounceAndABadAnnouncementChangesNothing() {
        String donor = api.token("donor.eu", PASSWORD);
        String subject = "Not allowed " + UUID.randomUUID();
        ApiClient.Reply denied = api.post("api/v1/announcements", donor,
                "{\"subject\":\"" + subject + "\",\"body\":\"x\",\"audience\":{\"roles\":[\"DONOR\"]}}");
        assertEquals(403, denied.status(), denied.body());
        assertTrue(entry(donor, subject).isEmpty());

        ApiClient.Reply invalid = api.post("api/v1/announcements", staff,
                "{\"subject\":\" \",\"body\":\"\",\"audience\":{}}");
        assertEquals(400, invalid.status(), invalid.body());
        List<String> fields = invalid.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).sorted().toList();
        assertEquals(List.of("audience", "body", "subject"), fields);

        assertEquals(403, api.get("api/v1/admin/outbox", donor).status());
    }

    @Test
    void theOutboxKeepsMailWhileTheServerIsDownAndDeliversExactlyOnceWhenItReturns() throws Exception {
        String subject = "Outbox test " + UUID.randomUUID();
        // no SMTP server listens yet on the port the application was given
        announce(subject, "{\"usernames\":[\"fp.kenya\",\"fp.sudan\"]}");

        waitFor(Duration.ofSeconds(60), () -> queued(subject).size() == 2
                && queued(subject).stream().allMatch(m -> m.getInt("attempts") >= 2
                && m.getString("status").equals("PENDING") && m.containsKey("lastError")));

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            waitFor(Duration.ofSeconds(90), () -> received(smtp, subject).size() == 2);
            // later runs of the dispatcher must not send them again
            waitFor(Duration.ofSeconds(30), () -> queued(subject).stream()
                    .allMatch(m -> m.getString("status").equals("SENT")));
            Thread.sleep(4000);
            List<MimeMessage> mails = received(smtp, subject);
            assertEquals(2, mails.size(), "each recipient gets the message exactly once");
            MimeMessage kenya = to(mails, "g.wanjiru@knfp.example");
            MimeMessage sudan = to(mails, "o.abdelrahman@sudan-ncsa.example");
            assertTrue(GreenMailUtil.getBody(kenya).contains("Please confirm your contact details."));
            assertTrue(text(kenya).contains("Open: "), "English footer for Kenya's focal point");
            assertTrue(text(sudan).contains("فتح: "), "Arabic footer for Sudan's focal point, who reads Arabic");
        } finally {
            smtp.stop();
        }

        // the server goes down again after having worked: a new message waits, and nothing sent is sent again
        String second = "Outbox test, second outage " + UUID.randomUUID();
        announce(second, "{\"usernames\":[\"fp.kenya\"]}");
        waitFor(Duration.ofSeconds(60), () -> queued(second).size() == 1
                && queued(second).get(0).getInt("attempts") >= 2
                && queued(second).get(0).getString("status").equals("PENDING"));
        GreenMail restarted = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        restarted.start();
        try {
            waitFor(Duration.ofSeconds(90), () -> received(restarted, second).size() == 1);
            waitFor(Duration.ofSeconds(30), () -> queued(second).get(0).getString("status").equals("SENT"));
            Thread.sleep(4000);
            assertEquals(1, received(restarted, second).size(), "sent once after the second outage");
            assertEquals(0, received(restarted, subject).size(), "the first message is not sent again");
        } finally {
            restarted.stop();
        }
    }

    private List<JsonObject> queued(String subject) {
        ApiClient.Reply reply = api.get("api/v1/admin/outbox?max=500", staff);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("recent").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("subject").equals(subject)).toList();
    }

    private static List<MimeMessage> received(GreenMail smtp, String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage to(List<MimeMessage> mails, String address) throws Exception {
        for (MimeMessage mail : mails) {
            if (mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                return mail;
            }
        }
        throw new AssertionError("no message to " + address);
    }

    private static String text(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }

    private static void waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not reached within " + limit);
            }
            Thread.sleep(500);
        }
    }
}
