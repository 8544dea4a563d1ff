package org.salwhub.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.notify.Announcements;
import org.salwhub.web.notify.OutboxMail;
import org.salwhub.web.notify.OutboxStore;
import org.salwhub.web.notify.OutboxView;

/** Staff write announcements to the network and watch the e-mail queue that carries every notification. */
@Named
@ViewScoped
public class MailQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    OutboxStore outbox;

    @Inject
    Announcements announcements;

    @Inject
    RegistryFacade registry;

    @Inject
    FacesErrors errors;

    private String subject;
    private String body;
    private List<Role> roles = new ArrayList<>();
    private List<String> states = new ArrayList<>();
    private transient List<OutboxView> recent;
    private transient Map<OutboxMail.Status, Long> counts;

    public List<Role> getAudienceRoles() {
        return List.of(Role.FOCAL_POINT, Role.DONOR, Role.CENTRE_STAFF, Role.REVIEWER);
    }

    public List<StateView> getMemberStates() {
        return registry.memberStates();
    }

    public Map<OutboxMail.Status, Long> getCounts() {
        if (counts == null) {
            counts = outbox.countsByStatus();
        }
        return counts;
    }

    public List<OutboxMail.Status> getStatuses() {
        return List.copyOf(EnumSet.allOf(OutboxMail.Status.class));
    }

    public List<OutboxView> getRecent() {
        if (recent == null) {
            recent = outbox.recent(SHOWN);
        }
        return recent;
    }

    public void retry(String id) {
        outbox.retry(id);
        refresh();
        Messages.info("mail.retried");
    }

    public void refresh() {
        recent = null;
        counts = null;
    }

    public void announce() {
        Set<UUID> stateIds = new HashSet<>();
        states.forEach(s -> stateIds.add(UUID.fromString(s)));
        Audience audience = new Audience(null, stateIds, null, Set.copyOf(roles), null);
        if (!errors.attempt(() -> announcements.announce(subject, body, audience), Map.of(
                "subject", "mailForm:subject", "body", "mailForm:body", "audience", "mailForm:roles"))) {
            return;
        }
        Messages.info("mail.announced");
        subject = null;
        body = null;
        roles = new ArrayList<>();
        states = new ArrayList<>();
        refresh();
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public List<String> getStates() {
        return states;
    }

    public void setStates(List<String> states) {
        this.states = states;
    }
}
