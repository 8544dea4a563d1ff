package org.salwhub.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.salwhub.web.notify.Inbox;

/** The unread count on the bell in the top bar, asked once per request. */
@Named
@RequestScoped
public class InboxBadge {

    @Inject
    Inbox inbox;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unread();
        }
        return unread;
    }
}
