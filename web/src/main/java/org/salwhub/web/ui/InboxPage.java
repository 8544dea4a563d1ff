package org.salwhub.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.notify.Inbox;
import org.salwhub.web.notify.InboxEntry;

/** A user reads what the modules told them: newest first, unread marked, each opening what it is about. */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inbox inbox;

    @Inject
    LanguageSelection language;

    private boolean unreadOnly;

    private final LazyDataModel<InboxEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inbox.count(unreadOnly);
        }

        @Override
        public List<InboxEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return inbox.entries(unreadOnly, first, pageSize, language.getCode(), ZoneId.systemDefault());
        }

        @Override
        public String getRowKey(InboxEntry entry) {
            return entry.id();
        }

        @Override
        public InboxEntry getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<InboxEntry> getEntries() {
        return entries;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    public long getUnread() {
        return inbox.unread();
    }

    public void markRead(String id) {
        inbox.markRead(id);
    }

    /** Marks the entry read, then opens what it is about. */
    public void open(InboxEntry entry) throws java.io.IOException {
        inbox.markRead(entry.id());
        if (entry.link() != null) {
            var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + SafeRedirect.local(entry.link()));
        }
    }

    public void markAllRead() {
        int marked = inbox.markAllRead();
        Messages.info("inbox.allRead", marked);
    }
}
