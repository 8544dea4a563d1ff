package org.salwhub.web.rest.meetings;

import static org.salwhub.web.rest.meetings.MeetingRequests.document;
import static org.salwhub.web.rest.meetings.MeetingRequests.download;
import static org.salwhub.web.rest.meetings.MeetingRequests.feedUrl;
import static org.salwhub.web.rest.meetings.MeetingRequests.instant;
import static org.salwhub.web.rest.meetings.MeetingRequests.language;
import static org.salwhub.web.rest.meetings.MeetingRequests.meetingId;
import static org.salwhub.web.rest.meetings.MeetingRequests.required;
import static org.salwhub.web.rest.meetings.MeetingRequests.zone;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.salwhub.meetings.api.AgendaItemDetails;
import org.salwhub.meetings.api.Delegation;
import org.salwhub.meetings.api.DelegationRole;
import org.salwhub.meetings.api.FileUpload;
import org.salwhub.meetings.api.FollowUpDetails;
import org.salwhub.meetings.api.FollowUpId;
import org.salwhub.meetings.api.FollowUpStatus;
import org.salwhub.meetings.api.InvitationId;
import org.salwhub.meetings.api.InvitationResponse;
import org.salwhub.meetings.api.InviteeKind;
import org.salwhub.meetings.api.MeetingQuery;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingType;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.MeetingsFacade;
import org.salwhub.meetings.api.NewRegistration;
import org.salwhub.meetings.api.OutcomeId;
import org.salwhub.meetings.api.OutcomeKind;
import org.salwhub.meetings.api.ParticipantCategory;
import org.salwhub.meetings.api.PoaCycleRequest;
import org.salwhub.meetings.api.Registered;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.meetings.api.SessionDetails;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.export.MeetingCalendar;
import org.salwhub.web.rest.meetings.MeetingsJson.AttendanceJson;
import org.salwhub.web.rest.meetings.MeetingsJson.CheckInInput;
import org.salwhub.web.rest.meetings.MeetingsJson.ConflictJson;
import org.salwhub.web.rest.meetings.MeetingsJson.CycleInput;
import org.salwhub.web.rest.meetings.MeetingsJson.DecisionInput;
import org.salwhub.web.rest.meetings.MeetingsJson.DelegationJson;
import org.salwhub.web.rest.meetings.MeetingsJson.DocumentInput;
import org.salwhub.web.rest.meetings.MeetingsJson.DocumentJson;
import org.salwhub.web.rest.meetings.MeetingsJson.FeedJson;
import org.salwhub.web.rest.meetings.MeetingsJson.FileJson;
import org.salwhub.web.rest.meetings.MeetingsJson.FollowUpInput;
import org.salwhub.web.rest.meetings.MeetingsJson.FollowUpJson;
import org.salwhub.web.rest.meetings.MeetingsJson.GenderJson;
import org.salwhub.web.rest.meetings.MeetingsJson.InvitationInput;
import org.salwhub.web.rest.meetings.MeetingsJson.InvitationJson;
import org.salwhub.web.rest.meetings.MeetingsJson.ItemInput;
import org.salwhub.web.rest.meetings.MeetingsJson.ItemJson;
import org.salwhub.web.rest.meetings.MeetingsJson.MeetingInput;
import org.salwhub.web.rest.meetings.MeetingsJson.MeetingJson;
import org.salwhub.web.rest.meetings.MeetingsJson.OutcomeInput;
import org.salwhub.web.rest.meetings.MeetingsJson.OutcomeJson;
import org.salwhub.web.rest.meetings.MeetingsJson.RegisteredJson;
import org.salwhub.web.rest.meetings.MeetingsJson.RegistrationInput;
import org.salwhub.web.rest.meetings.MeetingsJson.RegistrationJson;
import org.salwhub.web.rest.meetings.MeetingsJson.SessionInput;
import org.salwhub.web.rest.meetings.MeetingsJson.SessionJson;
import org.salwhub.web.rest.meetings.MeetingsJson.StatusInput;
import org.salwhub.web.rest.registry.DirectoryResources;

/**
 * Meetings over HTTP: the calendar, agenda, documents, invitations, delegations, attendance, conflicts, outcomes
 * and iCalendar exports. The rules are the module boundary's, the same as for the screens.
 */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Path("meetings")
public class MeetingsResource {

    @Inject
    MeetingsFacade meetings;

    @Inject
    MeetingRequests requests;

    @Context
    UriInfo uri;

    // ------------------------------------------------------------------ meetings

    @GET
    @Operation(summary = "Meetings overlapping [from, to) (ISO instants), optionally of a type or status;"
            + " tz=<IANA zone> adds the times in the viewer's zone")
    public List<MeetingJson> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("type") String type, @QueryParam("status") String status,
                                  @QueryParam("tz") String tz) {
        ZoneId viewer = zone(tz);
        return meetings.meetings(new MeetingQuery(instant(from, "from"), instant(to, "to"),
                        type == null ? null : DirectoryResources.parse(MeetingType.class, type, "type"),
                        status == null ? null : DirectoryResources.parse(MeetingStatus.class, status, "status")))
                .stream().map(m -> MeetingJson.of(m, viewer)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a meeting as a draft (staff)")
    public Response create(MeetingInput input) {
        MeetingView created = meetings.create(requests.details(input));
        return Response.status(Response.Status.CREATED).entity(MeetingJson.of(created, null)).build();
    }

    @GET
    @Path("{id}")
    public MeetingJson meeting(@PathParam("id") String id, @QueryParam("tz") String tz) {
        return MeetingJson.of(requests.view(id), zone(tz));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a meeting (staff); its iCalendar SEQUENCE goes up; 409 when the version is stale")
    public MeetingJson update(@PathParam("id") String id, MeetingInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return MeetingJson.of(meetings.update(meetingId(id), requests.details(input), input.version()), null);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a meeting through its statuses (staff); postponing and cancelling need a reason")
    public MeetingJson status(@PathParam("id") String id, StatusInput input) {
        if (input == null || input.status() == null || input.version() == null) {
            throw new ValidationException("status", "required");
        }
        return MeetingJson.of(meetings.changeStatus(meetingId(id),
                DirectoryResources.parse(MeetingStatus.class, input.status(), "status"), input.reason(),
                input.version()), null);
    }

    @POST
    @Path("cycles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate the planned meetings of a six-year PoA cycle as drafts (staff)")
    public Response cycle(CycleInput input) {
        if (input == null || input.firstYear() == null) {
            throw new ValidationException("firstYear", "required");
        }
        List<MeetingJson> created = meetings.generatePoaCycle(new PoaCycleRequest(input.firstYear(),
                        input.firstBmsOrdinal() == null ? 1 : input.firstBmsOrdinal(),
                        input.reviewConferenceOrdinal() == null ? 1 : input.reviewConferenceOrdinal(),
                        input.zone() == null ? "America/New_York" : input.zone(), input.city(),
                        input.venueCountry() == null ? null : requests.state(input.venueCountry()), input.room()))
                .stream().map(m -> MeetingJson.of(m, null)).toList();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces(MeetingCalendar.MEDIA_TYPE)
    @Operation(summary = "The meeting as iCalendar (RFC 5545) with its VTIMEZONE; stable UID, rising SEQUENCE")
    public Response calendar(@PathParam("id") String id, @QueryParam("lang") String lang) {
        MeetingView meeting = requests.view(id);
        byte[] ics = MeetingCalendar.write(List.of(meeting), language(lang), this::link, null);
        return Response.ok(ics, MeetingCalendar.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"meeting-" + meeting.id() + ".ics\"").build();
    }

    @GET
    @Path("conflicts")
    @Operation(summary = "Every conflict among current meetings: persons, venues, series (staff)")
    public List<ConflictJson> conflicts() {
        return meetings.conflicts().stream().map(ConflictJson::of).toList();
    }

    @GET
    @Path("{id}/conflicts")
    public List<ConflictJson> conflicts(@PathParam("id") String id) {
        return meetings.conflicts(meetingId(id)).stream().map(ConflictJson::of).toList();
    }

    // ------------------------------------------------------------------ agenda

    @GET
    @Path("{id}/sessions")
    public List<SessionJson> sessions(@PathParam("id") String id) {
        return meetings.sessions(meetingId(id)).stream().map(SessionJson::of).toList();
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a session, times in the meeting's zone (staff)")
    public Response addSession(@PathParam("id") String id, SessionInput input) {
        if (input == null) {
            throw new ValidationException("title", "required");
        }
        return Response.status(Response.Status.CREATED).entity(SessionJson.of(meetings.addSession(meetingId(id),
                new SessionDetails(input.title(), input.start(), input.end(), input.room())))).build();
    }

    @POST
    @Path("{id}/sessions/{session}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an agenda item with its speakers (registry persons) to a session (staff)")
    public Response addItem(@PathParam("id") String id, @PathParam("session") String session, ItemInput input) {
        if (input == null) {
            throw new ValidationException("title", "required");
        }
        List<UUID> speakers = input.speakers() == null ? List.of()
                : input.speakers().stream().map(s -> DirectoryResources.uuid(s, "speakers")).toList();
        return Response.status(Response.Status.CREATED).entity(ItemJson.of(meetings.addAgendaItem(
                requests.sessionId(id, session), new AgendaItemDetails(input.number(), input.title(),
                        Boolean.TRUE.equals(input.cooperationAndAssistance()), speakers)))).build();
    }

    @GET
    @Path("{id}/warnings")
    @Operation(summary = "Agenda warnings as message keys, e.g. a PoA meeting without a cooperation item")
    public List<String> warnings(@PathParam("id") String id) {
        return meetings.agendaWarnings(meetingId(id));
    }

    @POST
    @Path("{id}/sessions/{session}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check an approved participant in to a session (staff)")
    public AttendanceJson checkIn(@PathParam("id") String id, @PathParam("session") String session,
                                  CheckInInput input) {
        return AttendanceJson.of(meetings.checkIn(requests.sessionId(id, session),
                new RegistrationId(required(input == null ? null : input.registration(), "registration"))));
    }

    @GET
    @Path("{id}/sessions/{session}/attendance")
    public List<AttendanceJson> attendance(@PathParam("id") String id, @PathParam("session") String session) {
        return meetings.attendance(requests.sessionId(id, session)).stream().map(AttendanceJson::of).toList();
    }

    // ------------------------------------------------------------------ documents

    @GET
    @Path("{id}/documents")
    @Operation(summary = "The documents' metadata the caller may read")
    public List<DocumentJson> documents(@PathParam("id") String id) {
        return meetings.documents(meetingId(id)).stream().map(DocumentJson::of).toList();
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a document by its UN symbol (staff)")
    public Response addDocument(@PathParam("id") String id, DocumentInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(DocumentJson.of(meetings.addDocument(meetingId(id), document(input)))).build();
    }

    @PUT
    @Path("{id}/documents/{document}/files/{language}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a language version (PDF, DOCX, PNG or JPEG, at most 10 MB) (staff)")
    public DocumentJson upload(@PathParam("id") String id, @PathParam("document") String document,
                               @PathParam("language") String language, @QueryParam("filename") String filename,
                               @HeaderParam("Content-Type") String type, byte[] content) {
        return DocumentJson.of(meetings.uploadVersion(requests.documentId(id, document), language,
                new FileUpload(filename, type, content)));
    }

    @GET
    @Path("{id}/documents/{document}/files/{language}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A language version, to those the access level admits")
    public Response file(@PathParam("id") String id, @PathParam("document") String document,
                         @PathParam("language") String language) {
        return download(meetings.documentFile(requests.documentId(id, document), language));
    }

    // ------------------------------------------------------------------ invitations

    @GET
    @Path("{id}/invitations")
    public List<InvitationJson> invitations(@PathParam("id") String id) {
        return meetings.invitations(meetingId(id)).stream().map(InvitationJson::of).toList();
    }

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a State (through its focal points), an organisation or a person (staff)")
    public Response invite(@PathParam("id") String id, InvitationInput input) {
        if (input == null || input.kind() == null) {
            throw new ValidationException("kind", "required");
        }
        InviteeKind kind = DirectoryResources.parse(InviteeKind.class, input.kind(), "kind");
        UUID invitee = kind == InviteeKind.STATE ? requests.state(input.invitee()) : required(input.invitee(), "invitee");
        return Response.status(Response.Status.CREATED).entity(InvitationJson.of(
                meetings.invite(meetingId(id), kind, invitee, input.note()))).build();
    }

    @POST
    @Path("{id}/invitations/{invitation}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer an invitation (the invited State's focal point, the organisation, or staff)")
    public InvitationJson respond(@PathParam("id") String id, @PathParam("invitation") String invitation,
                                  InvitationInput input) {
        if (input == null || input.response() == null || input.version() == null) {
            throw new ValidationException("response", "required");
        }
        return InvitationJson.of(meetings.respond(new InvitationId(required(invitation, "invitation")),
                DirectoryResources.parse(InvitationResponse.class, input.response(), "response"), input.version()));
    }

    // ------------------------------------------------------------------ registration

    @GET
    @Path("{id}/registrations")
    @Operation(summary = "Registrations: staff see all, a focal point their State's, a donor their organisation's")
    public List<RegistrationJson> registrations(@PathParam("id") String id) {
        return meetings.registrations(meetingId(id)).stream().map(RegistrationJson::of).toList();
    }

    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a person; the answer lists the conflicts it raises (warnings)")
    public Response register(@PathParam("id") String id, RegistrationInput input) {
        if (input == null || input.category() == null) {
            throw new ValidationException("category", "required");
        }
        Registered registered = meetings.register(new NewRegistration(meetingId(id), required(input.person(), "person"),
                DirectoryResources.parse(ParticipantCategory.class, input.category(), "category"),
                input.state() == null ? null : requests.state(input.state()),
                DirectoryResources.uuid(input.organisation(), "organisation"),
                input.role() == null ? DelegationRole.MEMBER
                        : DirectoryResources.parse(DelegationRole.class, input.role(), "role"),
                Boolean.TRUE.equals(input.consentToList()), Boolean.TRUE.equals(input.sponsorshipRequested()),
                input.sponsorshipReason()));
        return Response.status(Response.Status.CREATED).entity(new RegisteredJson(
                RegistrationJson.of(registered.registration()),
                registered.conflicts().stream().map(ConflictJson::of).toList())).build();
    }

    @POST
    @Path("{id}/registrations/{registration}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject a registration (staff)")
    public RegistrationJson decide(@PathParam("id") String id, @PathParam("registration") String registration,
                                   DecisionInput input) {
        if (input == null || input.approve() == null || input.version() == null) {
            throw new ValidationException("approve", "required");
        }
        return RegistrationJson.of(meetings.decide(new RegistrationId(required(registration, "registration")),
                input.approve(), input.reason(), input.version()));
    }

    @POST
    @Path("{id}/registrations/{registration}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationJson withdraw(@PathParam("id") String id, @PathParam("registration") String registration,
                                     DecisionInput input) {
        if (input == null || input.version() == null) {
            throw new ValidationException("version", "required");
        }
        return RegistrationJson.of(meetings.withdraw(new RegistrationId(required(registration, "registration")),
                input.version()));
    }

    @POST
    @Path("{id}/registrations/{registration}/sponsorship")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant (with an amount) or refuse a sponsorship request (staff)")
    public RegistrationJson sponsorship(@PathParam("id") String id, @PathParam("registration") String registration,
                                        DecisionInput input) {
        if (input == null || input.approve() == null || input.version() == null) {
            throw new ValidationException("approve", "required");
        }
        return RegistrationJson.of(meetings.decideSponsorship(new RegistrationId(required(registration,
                "registration")), input.approve(), input.amount(), input.version()));
    }

    @GET
    @Path("{id}/delegations/{state}")
    @Operation(summary = "A State's delegation with its credentials (the State's focal point or staff)")
    public DelegationJson delegation(@PathParam("id") String id, @PathParam("state") String state) {
        Delegation d = meetings.delegation(meetingId(id), requests.state(state));
        return new DelegationJson(d.meeting().toString(), d.state().toString(),
                d.registrations().stream().map(RegistrationJson::of).toList(),
                d.credentials().stream().map(FileJson::of).toList());
    }

    @PUT
    @Path("{id}/delegations/{state}/credentials")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload credentials or a note verbale (PDF, PNG or JPEG, at most 5 MB)")
    public Response credentials(@PathParam("id") String id, @PathParam("state") String state,
                                @QueryParam("filename") String filename, @HeaderParam("Content-Type") String type,
                                byte[] content) {
        return Response.status(Response.Status.CREATED).entity(FileJson.of(meetings.uploadCredentials(meetingId(id),
                requests.state(state), new FileUpload(filename, type, content)))).build();
    }

    @GET
    @Path("{id}/delegations/{state}/credentials/{file}")
    @Produces(MediaType.WILDCARD)
    public Response credentials(@PathParam("id") String id, @PathParam("state") String state,
                                @PathParam("file") String file) {
        return download(meetings.credentials(meetingId(id), requests.state(state), required(file, "file")));
    }

    @GET
    @Path("{id}/participants")
    @Operation(summary = "Approved participants who consented to be listed (staff: all approved)")
    public List<RegistrationJson> participants(@PathParam("id") String id) {
        return meetings.participantList(meetingId(id)).stream().map(RegistrationJson::of).toList();
    }

    @GET
    @Path("{id}/gender")
    @Operation(summary = "Approved participants by sex, for the meeting and per delegation")
    public GenderJson gender(@PathParam("id") String id) {
        return GenderJson.of(meetings.genderStatistics(meetingId(id)));
    }

    // ------------------------------------------------------------------ outcomes

    @GET
    @Path("{id}/outcomes")
    public List<OutcomeJson> outcomes(@PathParam("id") String id) {
        return meetings.outcomes(meetingId(id)).stream().map(OutcomeJson::of).toList();
    }

    @POST
    @Path("{id}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a recommendation or decision (staff)")
    public Response addOutcome(@PathParam("id") String id, OutcomeInput input) {
        if (input == null || input.kind() == null) {
            throw new ValidationException("kind", "required");
        }
        return Response.status(Response.Status.CREATED).entity(OutcomeJson.of(meetings.addOutcome(meetingId(id),
                DirectoryResources.parse(OutcomeKind.class, input.kind(), "kind"), input.reference(),
                input.text()))).build();
    }

    @POST
    @Path("{id}/outcomes/{outcome}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a follow-up action owned by a State or an organisation (staff)")
    public Response addFollowUp(@PathParam("id") String id, @PathParam("outcome") String outcome,
                                FollowUpInput input) {
        if (input == null) {
            throw new ValidationException("description", "required");
        }
        return Response.status(Response.Status.CREATED).entity(FollowUpJson.of(meetings.addFollowUp(
                new OutcomeId(required(outcome, "outcome")), new FollowUpDetails(input.description(),
                        input.ownerState() == null ? null : requests.state(input.ownerState()),
                        DirectoryResources.uuid(input.ownerOrganisation(), "ownerOrganisation"), input.due()))))
                .build();
    }

    @GET
    @Path("follow-ups/mine")
    @Operation(summary = "The follow-up actions the caller's State or organisation owns (staff: every open one)")
    public List<FollowUpJson> myFollowUps() {
        return meetings.myFollowUps().stream().map(FollowUpJson::of).toList();
    }

    @PUT
    @Path("follow-ups/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an action's status (its owner or staff)")
    public FollowUpJson changeFollowUp(@PathParam("action") String action, FollowUpInput input) {
        if (input == null || input.status() == null || input.version() == null) {
            throw new ValidationException("status", "required");
        }
        return FollowUpJson.of(meetings.changeFollowUp(new FollowUpId(required(action, "action")),
                DirectoryResources.parse(FollowUpStatus.class, input.status(), "status"), input.version()));
    }

    public record RemindersJson(int sent) {
    }

    @POST
    @Path("reminders")
    @Operation(summary = "Send the reminders due now, as the quarter-hourly timer does; each goes out once (staff)")
    public RemindersJson reminders() {
        return new RemindersJson(meetings.sendDueReminders(Instant.now()));
    }

    // ------------------------------------------------------------------ personal feed

    @GET
    @Path("mine")
    @Operation(summary = "The caller's meetings: their State's or organisation's invitations and registrations")
    public List<MeetingJson> mine(@QueryParam("tz") String tz) {
        ZoneId viewer = zone(tz);
        return meetings.myMeetings().stream().map(m -> MeetingJson.of(m, viewer)).toList();
    }

    @POST
    @Path("feed")
    @Operation(summary = "Issue the caller's personal calendar feed URL (a new one revokes the old)")
    public Response issueFeed() {
        String secret = meetings.issueFeedSecret();
        return Response.status(Response.Status.CREATED).entity(new FeedJson(feedUrl(uri, secret), secret)).build();
    }

    @DELETE
    @Path("feed")
    @Operation(summary = "Revoke the caller's personal calendar feed")
    public Response revokeFeed() {
        meetings.revokeFeed();
        return Response.noContent().build();
    }

    // ------------------------------------------------------------------ helpers

    String link(MeetingView meeting) {
        return uri.getBaseUri().resolve("../../app/meeting.xhtml?id=" + meeting.id()).toString();
    }
}
