package org.salwhub.web.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.salwhub.assistance.api.fellowship.CallView;
import org.salwhub.assistance.api.fellowship.FellowshipFacade;
import org.salwhub.assistance.api.fellowship.NominationView;
import org.salwhub.meetings.api.MeetingsFacade;
import org.salwhub.meetings.api.Participation;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.rest.DirectoryResources;

/**
 * A person's profile in the directory: their details, every role they held, and, through the other modules'
 * {@code api}, the fellowships they were nominated to and the meetings they registered for. Staff (and the
 * focal point of the person's State) download everything held about them; staff anonymise them.
 */
@Named
@ViewScoped
public class PersonProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryFacade directory;

    @Inject
    FellowshipFacade fellowships;

    @Inject
    MeetingsFacade meetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesErrors errors;

    private String id;
    private PersonView person;
    private List<ContactView> roles = List.of();
    private List<NominationView> nominations = List.of();
    private List<Participation> participation = List.of();
    private final Map<UUID, String> callTitles = new HashMap<>();
    private boolean editable;

    /** One fellowship nomination with its call's title. */
    public record Fellowship(NominationView nomination, String callTitle) {
    }

    /** Loads the person named by {@code ?id=}; 404 for an unknown or malformed ID. */
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<PersonView> found;
        try {
            found = id == null ? Optional.empty() : directory.person(PersonId.of(id.trim()));
        } catch (IllegalArgumentException malformed) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            external.responseSendError(404, "no such person");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        person = found.get();
        refresh();
    }

    private void refresh() {
        UUID state = person.details().stateId();
        roles = state == null ? List.of() : directory.history(new StateId(state)).stream()
                .filter(r -> r.personId().equals(person.id())).toList();
        editable = state != null && directory.mayEdit(new StateId(state));
        nominations = fellowships.nominationsOf(person.id());
        nominations.forEach(n -> callTitles.computeIfAbsent(n.callId().value(), c -> fellowships.call(n.callId())
                .map(CallView::details).map(d -> d.title()).orElse("")));
        participation = meetings.participationOf(person.id().value());
    }

    /** Everything held about the person, as JSON (the same document as the API's export). */
    public StreamedContent getExport() {
        var export = directory.exportPersonalData(person.id());
        byte[] json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(DirectoryResources.exportJson(export)).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the export", e);
        }
        return DefaultStreamedContent.builder().name("salwhub-person-" + person.id() + ".json")
                .contentType("application/json").stream(() -> new java.io.ByteArrayInputStream(json)).build();
    }

    /** Staff: replaces the person's details by a placeholder; their roles and references stay valid. */
    public String anonymise() {
        if (errors.attempt(() -> person = directory.anonymise(person.id(), person.version()), Map.of())) {
            Messages.info("person.anonymised");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/app/person?faces-redirect=true&id=" + person.id(); // the page title shows the new name too
        }
        return null;
    }

    public List<Fellowship> getFellowships() {
        return nominations.stream().map(n -> new Fellowship(n, callTitles.get(n.callId().value()))).toList();
    }

    public boolean isMayExport() {
        return editable;
    }

    public boolean isMayAnonymise() {
        return currentUser.isStaff() && !person.anonymised();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonView getPerson() {
        return person;
    }

    public List<ContactView> getRoles() {
        return roles;
    }

    public List<Participation> getParticipation() {
        return participation;
    }
}
