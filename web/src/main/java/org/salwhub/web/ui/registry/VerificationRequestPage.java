package org.salwhub.web.ui.registry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.StateVerification;
import org.salwhub.registry.api.directory.VerificationFacade;
import org.salwhub.registry.api.directory.VerificationRequestView;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/** Staff ask the States whose entries are due to confirm them, and see which requests are still open. */
@Named
@ViewScoped
public class VerificationRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VerificationFacade verification;

    @Inject
    FacesErrors errors;

    private String note;
    private List<StateVerification> selected = new ArrayList<>();
    private transient List<StateVerification> due;
    private transient List<VerificationRequestView> requests;

    public List<StateVerification> getDue() {
        if (due == null) {
            due = verification.statesToVerify();
        }
        return due;
    }

    public List<VerificationRequestView> getRequests() {
        if (requests == null) {
            requests = verification.recentRequests();
        }
        return requests;
    }

    public void askSelected() {
        if (selected == null || selected.isEmpty()) {
            Messages.error("verification.noneSelected");
            return;
        }
        Set<StateId> states = new LinkedHashSet<>();
        selected.forEach(v -> states.add(v.state().id()));
        send(states);
    }

    public void askAll() {
        send(Set.of());
    }

    private void send(Set<StateId> states) {
        List<VerificationRequestView> sent = new ArrayList<>();
        if (errors.attempt(() -> sent.addAll(verification.request(states, note)),
                Map.of("note", "verificationForm:note", "states", "verificationForm:due"))) {
            Messages.info("verification.sent", sent.size());
            note = null;
            selected = new ArrayList<>();
            due = null;
            requests = null;
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<StateVerification> getSelected() {
        return selected;
    }

    public void setSelected(List<StateVerification> selected) {
        this.selected = selected;
    }
}
