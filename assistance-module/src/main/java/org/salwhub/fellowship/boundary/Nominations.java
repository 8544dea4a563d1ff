package org.salwhub.fellowship.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.fellowship.api.NominationFile;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationRequest;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.fellowship.control.FellowshipEligibilityRules;
import org.salwhub.fellowship.control.FellowshipPolicy;
import org.salwhub.fellowship.entity.FellowshipCall;
import org.salwhub.fellowship.entity.Nomination;
import org.salwhub.fellowship.entity.NominationDocument;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * States nominate their officials: within the call's quota and deadline, with the application and the note verbale;
 * the application is screened against the call's eligibility rules, and staff may override the screening.
 */
@Dependent
public class Nominations {

    @PersistenceContext
    EntityManager em;

    @Inject
    FellowshipRecords records;

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    List<NominationView> nominations(CallId callId) {
        Caller caller = records.signedIn();
        FellowshipCall call = records.visibleCall(callId, caller);
        List<Nomination> list;
        if (caller.isStaff()) {
            list = records.nominationsOfCall(call);
        } else if (caller.has(Role.FOCAL_POINT) && caller.stateId() != null) {
            list = em.createNamedQuery("Nomination.ofCallAndState", Nomination.class).setParameter("call", call.id())
                    .setParameter("state", caller.stateId().toString()).getResultList();
        } else if (caller.has(Role.FELLOW) && caller.personId() != null) {
            return records.views(records.ownNominations(caller).stream().filter(n -> n.callId().equals(call.id()))
                    .toList()).stream().map(NominationView::asNomineeSees).toList();
        } else {
            throw new AccessDeniedException("nominations: staff, the State's focal point or the nominee");
        }
        return records.views(list);
    }

    Optional<NominationView> nomination(NominationId id) {
        Caller caller = records.signedIn();
        Nomination nomination = id == null ? null : records.nomination(id.toString());
        if (nomination == null) {
            return Optional.empty();
        }
        if (!caller.mayActForState(nomination.stateId()) && !records.assignedTo(caller, nomination)
                && !FellowshipRecords.isNominee(caller, nomination)) {
            throw new AccessDeniedException("nomination of another State");
        }
        return Optional.of(records.seenBy(caller, nomination));
    }

    int quotaLeft(CallId callId, UUID stateId) {
        Caller caller = records.signedIn();
        FellowshipCall call = records.visibleCall(callId, caller);
        if (stateId == null || !FellowshipPolicy.actsForState(caller, stateId)) {
            throw new AccessDeniedException("quota of another State");
        }
        return Math.max(0, call.maxPerState() - activeNominations(call, stateId));
    }

    private int activeNominations(FellowshipCall call, UUID stateId) {
        return em.createNamedQuery("Nomination.countActive", Long.class).setParameter("call", call.id())
                .setParameter("state", stateId.toString()).setParameter("withdrawn", NominationStatus.WITHDRAWN)
                .getSingleResult().intValue();
    }

    NominationView nominate(CallId callId, NominationRequest request) {
        Caller caller = records.signedIn();
        if (request == null || request.stateId() == null) {
            throw new ValidationException("stateId", "required");
        }
        if (!FellowshipPolicy.actsForState(caller, request.stateId())) {
            throw new AccessDeniedException("only the State's focal point or staff nominate");
        }
        FellowshipCall call = records.lockSeats(records.visibleCall(callId, caller));
        StateView state = registry.state(new StateId(request.stateId()))
                .orElseThrow(() -> new NotFoundException("State", request.stateId().toString()));
        call.admitNomination(records.today(), activeNominations(call, request.stateId()));
        List<FieldError> errors = new ArrayList<>(Nomination.check(request.application()));
        errors.addAll(NominationDocument.check("noteVerbale", request.noteVerbale()));
        if (request.personId() == null && request.newPerson() == null) {
            errors.add(FieldError.of("personId", "required"));
        }
        FellowshipRecords.throwIfAny(errors);
        PersonView person = nominee(request);
        boolean already = !em.createQuery("SELECT n.id FROM Nomination n WHERE n.callId = :call"
                        + " AND n.personId = :person", String.class).setParameter("call", call.id())
                .setParameter("person", person.id().toString()).getResultList().isEmpty();
        Instant now = records.now();
        Nomination nomination = call.nominate(NominationId.random(), request.stateId(), person.id(),
                person.displayName(), person.details().latinName(), already, caller.username(), now);
        nomination.apply(request.application(),
                FellowshipEligibilityRules.screen(call.details().eligibility(), state, request.application()));
        em.persist(nomination);
        em.persist(new NominationDocument(nomination.id(), NominationDocument.NOTE_VERBALE, request.noteVerbale(), now));
        em.flush();
        return records.view(nomination);
    }

    /** The registry person nominated: one of the State's, or a new one made from the request. */
    private PersonView nominee(NominationRequest request) {
        if (request.personId() != null) {
            PersonView person = directory.person(request.personId())
                    .orElseThrow(() -> new NotFoundException("Person", request.personId().toString()));
            if (!request.stateId().equals(person.details().stateId())) {
                throw new ValidationException("personId", "fellowship.person.otherState");
            }
            return person;
        }
        PersonDetails d = request.newPerson();
        return directory.createPerson(new PersonDetails(request.stateId(), null, d.agencyId(), d.honorific(),
                d.givenName(), d.familyName(), d.latinName(),
                d.sex() != null ? d.sex() : request.application().sex(),
                d.languages().isEmpty() ? request.application().languages() : d.languages(), d.email(),
                d.alternateEmail(), d.phone(), d.mobile(), d.postalAddress(),
                d.positionTitle() != null ? d.positionTitle() : request.application().currentPost()));
    }

    NominationView updateApplication(NominationId id, NominationApplication application, long expectedVersion) {
        Caller caller = records.signedIn();
        Nomination nomination = records.loadNomination(id);
        if (!FellowshipRecords.actsFor(caller, nomination)) {
            throw new AccessDeniedException("application of another State");
        }
        FellowshipCall call = records.call(nomination.callId());
        // the focal point and the nominee alike: while the call is open for nominations
        call.checkApplicationOpen(caller.isStaff());
        FellowshipRecords.throwIfAny(Nomination.check(application));
        nomination.checkVersion(expectedVersion);
        StateView state = registry.state(new StateId(nomination.stateId())).orElse(null);
        nomination.apply(application, FellowshipEligibilityRules.screen(call.details().eligibility(), state,
                application));
        em.flush();
        return records.seenBy(caller, nomination);
    }

    NominationView overrideEligibility(NominationId id, Boolean eligible, String reason, long expectedVersion) {
        records.staff();
        Nomination nomination = records.loadNomination(id);
        nomination.override(eligible, reason, expectedVersion);
        em.flush();
        return records.view(nomination);
    }

    NominationView withdraw(NominationId id, long expectedVersion) {
        Caller caller = records.signedIn();
        Nomination nomination = records.loadNomination(id);
        if (!FellowshipPolicy.actsForState(caller, nomination.stateId())) {
            throw new AccessDeniedException("nomination of another State");
        }
        nomination.withdraw(expectedVersion);
        em.flush();
        return records.view(nomination);
    }

    NominationFile noteVerbale(NominationId id) {
        Caller caller = records.signedIn();
        Nomination nomination = records.loadNomination(id);
        if (!FellowshipRecords.actsFor(caller, nomination)) {
            throw new AccessDeniedException("note verbale of another State");
        }
        return em.createNamedQuery("NominationDocument.of", NominationDocument.class)
                .setParameter("nomination", nomination.id()).setParameter("kind", NominationDocument.NOTE_VERBALE)
                .setMaxResults(1).getResultStream().findFirst().map(NominationDocument::file)
                .orElseThrow(() -> new NotFoundException("NoteVerbale", nomination.id()));
    }
}
