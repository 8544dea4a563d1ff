package org.salwhub.web.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.notify.Notification;
import org.salwhub.registry.api.notify.Notifier;
import org.salwhub.web.i18n.Languages;
import org.salwhub.web.i18n.Messages;

/**
 * Delivers a module's notification: kept once, an inbox entry per account reached, and one e-mail per recipient
 * with an address, rendered in that recipient's language. Runs in the caller's transaction, so a change that rolls
 * back notifies nobody and a change that commits cannot lose its notifications.
 */
@ApplicationScoped
public class HubNotifier implements Notifier {

    private static final Logger LOG = Logger.getLogger(HubNotifier.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AudienceResolver audiences;

    @Inject
    CallerContext callers;

    @Inject
    MailSettings mail;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void send(Notification notification) {
        // COMMIT: looking up must not flush the caller's pending changes (their versions would move mid-use case)
        if (notification.dedupeKey() != null && em.createNamedQuery("SentNotification.countByDedupeKey", Long.class)
                .setParameter("key", notification.dedupeKey()).setFlushMode(FlushModeType.COMMIT)
                .getSingleResult() > 0) {
            return;
        }
        List<Recipient> recipients = audiences.resolve(notification.audience());
        if (recipients.isEmpty()) {
            LOG.fine(() -> "notification " + notification.topic() + " reaches nobody");
        }
        Instant now = Clock.systemUTC().instant();
        Caller caller = callers.current();
        SentNotification sent = new SentNotification(notification,
                caller.isAuthenticated() ? caller.username() : "system", now);
        em.persist(sent);
        for (Recipient recipient : recipients) {
            if (recipient.hasInbox()) {
                em.persist(new InboxItem(sent, recipient.username(), now));
            }
            if (recipient.hasEmail()) {
                Rendered text = render(sent, recipient.language(), mail.zone());
                em.persist(new OutboxMail(sent, recipient.email(), recipient.language(), text.subject(),
                        text.body() + footer(sent, recipient.language()), now));
            }
        }
    }

    /** A notification's subject and body in one language. */
    record Rendered(String subject, String body) {
    }

    static Rendered render(SentNotification sent, String language, ZoneId zone) {
        var locale = Languages.locale(language);
        Object[] args = MessageArgs.decode(sent.args(), locale, zone);
        return new Rendered(Messages.text(locale, sent.messageKey() + ".subject", args),
                Messages.text(locale, sent.messageKey() + ".body", args));
    }

    private String footer(SentNotification sent, String language) {
        var locale = Languages.locale(language);
        String link = sent.link() == null ? mail.baseUrl() + "/app/inbox.xhtml" : mail.baseUrl() + sent.link();
        return "\n\n--\n" + Messages.text(locale, "notify.mail.footer", link);
    }
}
