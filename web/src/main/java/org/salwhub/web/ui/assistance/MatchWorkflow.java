package org.salwhub.web.ui.assistance;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;
import org.salwhub.web.ui.TableDownload;
import org.salwhub.web.ui.ViewerZone;

/**
 * What a page listing matches lets its viewer do with them: the recipient's and the donor's consent, staff
 * confirmation, declining. The boundary decides, and each match says what the viewer may do with it
 * ({@code MatchView.may()}); the buttons only show where the viewer has a part to play.
 */
public abstract class MatchWorkflow implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssistanceFacade assistance;

    @Inject
    FacesErrors errors;

    @Inject
    org.salwhub.registry.api.RegistryFacade registry;

    @Inject
    org.salwhub.web.i18n.AssistanceTexts texts;

    @Inject
    ViewerZone zone;

    private String reason;

    /** Reloads what the page shows after a change. */
    protected abstract void reload();

    public abstract List<MatchView> getMatches();

    /** The matches listed, as CSV or XLSX: read again when the file is written, as the viewer may see them. */
    public org.primefaces.model.StreamedContent matchesTable(String format) {
        org.salwhub.web.export.ProjectTables tables = new org.salwhub.web.export.ProjectTables(registry, texts,
                Messages.currentLocale(), zone.getZone());
        return TableDownload.table(format, "matches", () -> {
            reload();
            return tables.matches("matches", getMatches());
        });
    }

    public boolean mayAcceptAsRecipient(MatchView m) {
        return m.may().acceptAsRecipient();
    }

    public boolean mayAcceptAsDonor(MatchView m) {
        return m.may().acceptAsDonor();
    }

    public boolean mayConfirm(MatchView m) {
        return m.may().confirm();
    }

    public boolean mayDecline(MatchView m) {
        return m.may().decline();
    }

    public void acceptAsRecipient(MatchView m) {
        act(() -> assistance.acceptAsRecipient(m.id(), m.version()), "match.done.accepted");
    }

    public void acceptAsDonor(MatchView m) {
        act(() -> assistance.acceptAsDonor(m.id(), m.version()), "match.done.accepted");
    }

    public void confirm(MatchView m) {
        act(() -> assistance.confirmMatch(m.id(), m.version()), "match.done.confirmed");
    }

    public void decline(MatchView m) {
        act(() -> assistance.declineMatch(m.id(), reason, m.version()), "match.done.declined");
        reason = null;
    }

    private void act(Runnable action, String done) {
        if (errors.attempt(action, Map.of())) {
            Messages.info(done);
        }
        reload();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
