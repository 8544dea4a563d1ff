package org.salwhub.web.notify;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.web.i18n.Languages;

/** The signed-in user's inbox: only their own entries, rendered in the language they read now. */
@Stateless
public class Inbox {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    public List<InboxEntry> entries(boolean unreadOnly, int first, int max, String language, ZoneId zone) {
        String user = me();
        return em.createNamedQuery("InboxItem.ofUser", InboxItem.class).setParameter("user", user)
                .setParameter("unreadOnly", unreadOnly).setFirstResult(first).setMaxResults(max)
                .getResultStream().map(item -> entry(item, language, zone)).toList();
    }

    public long count(boolean unreadOnly) {
        return unreadOnly ? unread() : em.createNamedQuery("InboxItem.countOfUser", Long.class)
                .setParameter("user", me()).getSingleResult();
    }

    public long unread() {
        Caller caller = callers.current();
        if (!caller.isAuthenticated()) {
            return 0;
        }
        return em.createNamedQuery("InboxItem.unreadCount", Long.class).setParameter("user", caller.username())
                .getSingleResult();
    }

    public void markRead(String id) {
        InboxItem item = em.find(InboxItem.class, id);
        if (item == null) {
            throw new NotFoundException("notification", id);
        }
        if (!item.belongsTo(me())) {
            throw new NotFoundException("notification", id); // someone else's entry does not exist for you
        }
        item.markRead(Instant.now(clock));
    }

    public int markAllRead() {
        List<InboxItem> unread = em.createNamedQuery("InboxItem.unreadOfUser", InboxItem.class)
                .setParameter("user", me()).getResultList();
        Instant now = Instant.now(clock);
        unread.forEach(item -> item.markRead(now));
        return unread.size();
    }

    private String me() {
        Caller caller = callers.current();
        if (!caller.isAuthenticated()) {
            throw new AccessDeniedException("sign in to read your notifications");
        }
        return caller.username();
    }

    private static InboxEntry entry(InboxItem item, String language, ZoneId zone) {
        SentNotification sent = item.notification();
        HubNotifier.Rendered text = HubNotifier.render(sent, Languages.isSupported(language) ? language
                : Languages.DEFAULT, zone);
        return new InboxEntry(item.id(), sent.topic(), text.subject(), text.body(), sent.link(), item.createdAt(),
                item.readAt() != null);
    }
}
