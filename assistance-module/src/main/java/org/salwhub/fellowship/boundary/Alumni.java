package org.salwhub.fellowship.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.salwhub.fellowship.api.AlumniProgrammes;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.FellowshipFollowUpEntry;
import org.salwhub.fellowship.api.FellowshipFollowUpView;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.fellowship.control.FellowshipPolicy;
import org.salwhub.fellowship.entity.FellowshipCall;
import org.salwhub.fellowship.entity.FellowshipFollowUp;
import org.salwhub.fellowship.entity.Nomination;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;
import org.salwhub.registry.api.notify.Notifier;

/**
 * After the programme: the alumni follow-ups 6 and 12 months on (and their reminders), a person's fellowships as
 * their profile shows them, and the programmes they are an alumnus of.
 */
@Dependent
public class Alumni {

    @PersistenceContext
    EntityManager em;

    @Inject
    FellowshipRecords records;

    @Inject
    Calls calls;

    @Inject
    Cohorts cohorts;

    @Inject
    Notifier notifier;

    List<FellowshipFollowUpView> followUps(CallId callId) {
        Caller caller = records.signedIn();
        FellowshipCall call = records.visibleCall(callId, caller);
        return followUpViews(em.createNamedQuery("FellowshipFollowUp.ofCall", FellowshipFollowUp.class)
                .setParameter("call", call.id()).getResultList()).stream()
                .filter(f -> FellowshipPolicy.actsForState(caller, f.stateId())).toList();
    }

    FellowshipFollowUpView recordFollowUp(UUID id, FellowshipFollowUpEntry entry, long expectedVersion) {
        Caller caller = records.signedIn();
        FellowshipFollowUp followUp = NotFoundException.requireFound(
                id == null ? null : em.find(FellowshipFollowUp.class, id.toString()), "FellowshipFollowUp", id);
        Nomination nomination = records.nomination(followUp.nominationId());
        if (!FellowshipPolicy.actsForState(caller, nomination.stateId())) {
            throw new AccessDeniedException("follow-up of another State's alumnus");
        }
        followUp.record(entry, records.today(), expectedVersion);
        em.flush();
        return followUpViews(List.of(followUp)).get(0);
    }

    List<FellowshipFollowUpView> dueFollowUps(LocalDate day) {
        records.staff();
        return followUpViews(due(day));
    }

    private List<FellowshipFollowUp> due(LocalDate day) {
        return em.createNamedQuery("FellowshipFollowUp.due", FellowshipFollowUp.class).setParameter("day", day)
                .getResultList();
    }

    int remindDueFollowUps(LocalDate today) {
        FellowshipPolicy.requireSystemOrStaff(records.callers.current());
        List<FellowshipFollowUp> due = due(today.plusDays(FellowshipFacade.FOLLOW_UP_NOTICE_DAYS));
        Map<String, FellowshipCall> calls = new HashMap<>();
        for (FellowshipFollowUp followUp : due) {
            Nomination fellow = records.nomination(followUp.nominationId());
            FellowshipCall call = calls.computeIfAbsent(followUp.callId(), records::call);
            notifier.send(Notification.of("assistance.fellowship.followUp", Audience.staff()
                                    .and(Audience.focalPointsOf(fellow.stateId())), "notify.fellowship.followUp",
                            fellow.nomineeName(), followUp.months(), call.title(), followUp.dueOn())
                    .linkingTo("/app/fellowships/calls.xhtml")
                    .once("fellowship.followUp." + followUp.id()));
        }
        return due.size();
    }

    private List<FellowshipFollowUpView> followUpViews(List<FellowshipFollowUp> list) {
        Map<String, Nomination> nominations = new HashMap<>();
        return list.stream().map(f -> {
            Nomination n = nominations.computeIfAbsent(f.nominationId(), records::nomination);
            return new FellowshipFollowUpView(UUID.fromString(f.id()), NominationId.of(n.id()), CallId.of(f.callId()),
                    n.nomineeName(), n.stateId(), f.months(), f.dueOn(), f.recordedOn(), f.entry(), f.version());
        }).toList();
    }

    /** The nominations of a person the caller may see: whole for staff and their State, else as the nominee sees. */
    List<NominationView> nominationsOf(PersonId person) {
        Caller caller = records.signedIn();
        if (person == null) {
            return List.of();
        }
        return records.views(ofPerson(person).stream().filter(n -> FellowshipRecords.actsFor(caller, n)).toList())
                .stream().map(v -> caller.mayActForState(v.stateId()) ? v : v.asNomineeSees()).toList();
    }

    private List<Nomination> ofPerson(PersonId person) {
        return em.createNamedQuery("Nomination.ofPerson", Nomination.class)
                .setParameter("person", person.toString()).getResultList();
    }

    Set<NominationId> completedOf(PersonId person) {
        Caller caller = records.signedIn();
        if (person == null) {
            return Set.of();
        }
        Map<String, FellowshipCall> calls = new HashMap<>();
        return ofPerson(person).stream()
                .filter(n -> FellowshipRecords.actsFor(caller, n))
                .filter(n -> n.status() == NominationStatus.ACCEPTED)
                .filter(n -> cohorts.completed(calls.computeIfAbsent(n.callId(), records::call), n))
                .map(n -> NominationId.of(n.id())).collect(Collectors.toUnmodifiableSet());
    }

    List<AlumniProgrammes.Programme> alumniProgrammes(PersonId person) {
        List<NominationView> nominations = nominationsOf(person);
        Map<CallId, CallView> seen = new HashMap<>();
        nominations.forEach(n -> calls.call(n.callId()).ifPresent(c -> seen.put(c.id(), c)));
        return AlumniProgrammes.programmes(nominations, completedOf(person), seen, records.today());
    }
}
