package org.salwhub.web.ui.registry;

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
import org.salwhub.fellowship.api.AlumniProgrammes;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.MeetingsFacade;
import org.salwhub.meetings.api.Participation;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonPermissions;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.web.export.DirectoryJson;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;
import org.salwhub.web.ui.fellowships.AlumniLinks;

/**
 * A person's profile in the directory: their details, every role they held, and, through the other modules'
 * {@code api}, the fellowships they were nominated to and the meetings they registered for; for an alumnus (a
 * fellow who completed a programme that ended), the meetings after the programme are marked as such. The assistance projects
 * record no persons (only organisations, and trainees and trained operators as counts), so no project is linked.
 * Staff (and the focal point of the person's State) download everything held about them; staff anonymise them.
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
    FacesErrors errors;

    private String id;
    private PersonView person;
    private List<ContactView> roles = List.of();
    private List<NominationView> nominations = List.of();
    private List<Participation> participation = List.of();
    private final Map<UUID, String> callTitles = new HashMap<>();
    private List<AlumniProgrammes.Programme> programmes = List.of();
    private PersonPermissions permissions;

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
        permissions = directory.permissionsOn(person);
        nominations = fellowships.nominationsOf(person.id());
        Map<CallId, CallView> calls = new HashMap<>();
        nominations.forEach(n -> fellowships.call(n.callId()).ifPresent(c -> calls.put(c.id(), c)));
        calls.values().forEach(c -> callTitles.put(c.id().value(), c.title()));
        programmes = fellowships.alumniProgrammes(person.id());
        participation = meetings.participationOf(person.id().value());
    }

    /** Everything held about the person, as JSON (the same document as the API's export). */
    public StreamedContent getExport() {
        var export = directory.exportPersonalData(person.id());
        byte[] json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(DirectoryJson.ExportJson.of(export)).getBytes(StandardCharsets.UTF_8);
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
        return nominations.stream().map(n -> new Fellowship(n, callTitles.getOrDefault(n.callId().value(), ""))).toList();
    }

    /** The programme this nomination made the person an alumnus of (they completed it, and it ended), or null. */
    public AlumniProgrammes.Programme alumnusOf(NominationView nomination) {
        return programmes.stream().filter(p -> p.callId().equals(nomination.callId())).findFirst().orElse(null);
    }

    /** The fellowship programme the person had completed the course of before this meeting began, or null. */
    public AlumniProgrammes.Programme after(Participation participation) {
        MeetingView meeting = participation.meeting();
        return AlumniProgrammes.followed(meeting.startIn(meeting.zone()).toLocalDate(), programmes).orElse(null);
    }

    /** FEMALE, MALE or, when the registry does not say, UNDISCLOSED: the wording of the alumni mark. */
    public String getAlumnusWording() {
        return AlumniLinks.wording(person.details().sex()).name();
    }

    public boolean isMayExport() {
        return permissions.export();
    }

    public boolean isMayAnonymise() {
        return permissions.anonymise();
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
