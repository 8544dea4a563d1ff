package org.salwhub.meetings.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.salwhub.meetings.api.InvitationId;
import org.salwhub.meetings.api.InvitationResponse;
import org.salwhub.meetings.api.InvitationView;
import org.salwhub.meetings.api.InviteeKind;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.entity.Invitation;
import org.salwhub.meetings.entity.Meeting;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;

/** Invitations to a meeting: staff inviting States, organisations and persons, and the invitees answering. */
@Dependent
public class Invitations {

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingRecords records;

    @Inject
    DirectoryFacade directory;

    @Inject
    RegistryFacade registry;

    List<InvitationView> invitations(MeetingId meetingId) {
        Caller caller = records.member();
        Meeting meeting = records.visibleMeeting(meetingId);
        return em.createQuery("SELECT i FROM Invitation i WHERE i.meetingId = :m ORDER BY i.sentAt", Invitation.class)
                .setParameter("m", meeting.id()).getResultStream()
                .filter(i -> caller.isStaff() || concerns(i, caller)).map(Invitation::view).toList();
    }

    InvitationView invite(MeetingId meetingId, InviteeKind kind, UUID invitee, String note) {
        records.staff();
        Meeting meeting = records.find(meetingId);
        if (kind == null || invitee == null) {
            throw new ValidationException("invitee", "required");
        }
        boolean exists = switch (kind) {
            case STATE -> registry.state(new StateId(invitee)).isPresent();
            case ORGANISATION -> registry.organisation(new OrganisationId(invitee)).isPresent();
            case PERSON -> directory.person(new PersonId(invitee)).isPresent();
        };
        if (!exists) {
            throw new ValidationException("invitee", "meetings.unknownInvitee");
        }
        Optional<Invitation> earlier = em.createQuery("SELECT i FROM Invitation i WHERE i.meetingId = :m"
                        + " AND i.kind = :k AND i.inviteeId = :id", Invitation.class)
                .setParameter("m", meeting.id()).setParameter("k", kind).setParameter("id", invitee.toString())
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            return earlier.get().view();
        }
        Invitation invitation = new Invitation(new InvitationId(UUID.randomUUID()), meeting.id(), kind, invitee, note,
                records.now());
        em.persist(invitation);
        em.flush();
        Audience audience = switch (kind) {
            case STATE -> Audience.focalPointsOf(invitee);
            case ORGANISATION -> Audience.donorsOf(invitee);
            case PERSON -> Audience.persons(Set.of(invitee));
        };
        records.notify(Notification.of("meetings.invitation", audience, "notify.meetings.invitation",
                        meeting.view().details().title(), meeting.startsAt())
                .linkingTo(MeetingRecords.link(meeting)).once("meeting-invitation:" + invitation.view().id()));
        return invitation.view();
    }

    InvitationView respond(InvitationId id, InvitationResponse response, long expectedVersion) {
        Caller caller = records.member();
        Invitation invitation = em.find(Invitation.class, id.toString());
        if (invitation == null || !(caller.isStaff() || concerns(invitation, caller))) {
            throw new NotFoundException("Invitation", id.toString());
        }
        if (response == null || response == InvitationResponse.PENDING) {
            throw new ValidationException("response", "required");
        }
        VersionConflictException.check("Invitation", id.toString(), expectedVersion, invitation.version());
        invitation.respond(response, records.now());
        em.flush();
        return invitation.view();
    }

    private boolean concerns(Invitation i, Caller caller) {
        return switch (i.kind()) {
            case STATE -> caller.mayActForState(i.invitee());
            case ORGANISATION -> caller.mayActForOrganisation(i.invitee());
            // a person has no account of their own: the focal point of their State (or the representative of
            // their organisation) sees and answers the invitation for them
            case PERSON -> directory.person(new PersonId(i.invitee())).map(p -> p.details().stateId() != null
                    ? caller.mayActForState(p.details().stateId())
                    : caller.mayActForOrganisation(p.details().organisationId())).orElse(false);
        };
    }
}
