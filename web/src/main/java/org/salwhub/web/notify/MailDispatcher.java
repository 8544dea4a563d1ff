package org.salwhub.web.notify;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.salwhub.registry.api.kernel.CallerContext;

/**
 * Sends what is due in the outbox; {@link MailOutboxTimer} runs it as the system at every interval. Each message is
 * claimed in its own transaction before it is sent and marked sent right after, so a message goes out once even
 * with several dispatchers; a failure puts it back with a doubling delay. While {@code SMTP_HOST} is unset or the
 * server is down, messages simply wait.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 50;

    @Inject
    OutboxStore outbox;

    @Inject
    MailSettings settings;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** One run: the due messages, at most a batch. Only the system runs it. */
    public void dispatch() {
        callers.current().requireSystem();
        if (settings.host().isEmpty()) {
            return;
        }
        try {
            Session session = session();
            for (String id : outbox.due(Instant.now(clock), BATCH)) {
                deliver(session, id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "e-mail outbox run failed; it runs again at the next interval", e);
        }
    }

    private void deliver(Session session, String id) {
        Optional<OutboxStore.Claimed> claimed;
        try {
            claimed = outbox.claim(id, Instant.now(clock));
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            return; // another dispatcher claimed it first
        }
        if (claimed.isEmpty()) {
            return;
        }
        OutboxStore.Claimed mail = claimed.get();
        try {
            Transport.send(message(session, mail));
        } catch (MessagingException | RuntimeException e) {
            int attempts = outbox.attempts(id);
            LOG.log(Level.INFO, "e-mail {0} to {1} not sent (attempt {2}): {3}",
                    new Object[] {id, mail.recipient(), attempts, e.getMessage()});
            outbox.failed(id, e.getMessage(), settings.backoff(attempts), Instant.now(clock), unreachable(e));
            return;
        }
        outbox.sent(id, Instant.now(clock));
    }

    /**
     * Whether the failure was reaching the server (refused or timed-out connection, unknown host, dropped link)
     * rather than the server refusing the message: only a refusal counts towards giving up.
     */
    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException || t.getClass().getSimpleName().equals("MailConnectException")) {
                return true;
            }
            if (t instanceof MessagingException messaging && messaging.getNextException() != null
                    && messaging.getNextException() != t.getCause()
                    && unreachable(messaging.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private Session session() {
        String user = settings.user();
        if (user == null) {
            return Session.getInstance(settings.session());
        }
        return Session.getInstance(settings.session(), new jakarta.mail.Authenticator() {
            @Override
            protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                return new jakarta.mail.PasswordAuthentication(user, settings.password());
            }
        });
    }

    private MimeMessage message(Session session, OutboxStore.Claimed mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // stable per outbox row: a receiver can recognise a repeat after a crash mid-send
                setHeader("Message-ID", "<" + mail.id() + "@salwhub>");
            }
        };
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(Date.from(Instant.now(clock)));
        return message;
    }
}
