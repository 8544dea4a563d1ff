package org.salwhub.fellowship.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.FellowNomination;
import org.salwhub.fellowship.api.FellowshipLedgerEntry;
import org.salwhub.fellowship.api.FellowshipLedgerLine;
import org.salwhub.fellowship.api.FellowshipLetter;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.fellowship.entity.FellowshipCall;
import org.salwhub.fellowship.entity.FellowshipLedgerItem;
import org.salwhub.fellowship.entity.Nomination;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/**
 * What a selected fellow gets: the visa invitation letter, the certificate once they completed, their stipend and
 * travel ledger; and the fellow's own page of every call they were nominated to.
 */
@Dependent
public class Fellows {

    @PersistenceContext
    EntityManager em;

    @Inject
    FellowshipRecords records;

    @Inject
    Cohorts cohorts;

    FellowshipLetter certificate(NominationId id) {
        Caller caller = records.signedIn();
        Nomination nomination = records.loadNomination(id);
        if (!FellowshipRecords.actsFor(caller, nomination)) {
            throw new AccessDeniedException("certificate of another State's fellow");
        }
        FellowshipCall call = records.call(nomination.callId());
        if (!cohorts.completed(call, nomination)) {
            throw new ValidationException("fellow", "fellowship.certificate.notCompleted");
        }
        return new FellowshipLetter(records.view(call), records.view(nomination));
    }

    FellowshipLetter visaInvitation(NominationId id) {
        Caller caller = records.signedIn();
        Nomination nomination = records.loadNomination(id);
        if (!FellowshipRecords.actsFor(caller, nomination)) {
            throw new AccessDeniedException("letter for another State's fellow");
        }
        nomination.checkSelected();
        FellowshipCall call = records.call(nomination.callId());
        return new FellowshipLetter(records.view(call), records.view(nomination));
    }

    List<FellowshipLedgerLine> ledger(NominationId id) {
        Caller caller = records.signedIn();
        Nomination nomination = records.loadNomination(id);
        if (!FellowshipRecords.actsFor(caller, nomination)) {
            throw new AccessDeniedException("ledger of another State's fellow");
        }
        return ledgerOf(nomination);
    }

    private List<FellowshipLedgerLine> ledgerOf(Nomination nomination) {
        return em.createNamedQuery("FellowshipLedgerItem.ofFellow", FellowshipLedgerItem.class)
                .setParameter("nomination", nomination.id()).getResultStream().map(FellowshipLedgerItem::view).toList();
    }

    FellowshipLedgerLine addLedgerEntry(NominationId id, FellowshipLedgerEntry entry) {
        records.staff();
        Nomination nomination = records.loadNomination(id);
        nomination.checkSelected();
        FellowshipRecords.throwIfAny(FellowshipLedgerItem.check(Objects.requireNonNull(entry)));
        FellowshipLedgerItem item = new FellowshipLedgerItem(nomination.callId(), nomination.id());
        item.record(entry);
        em.persist(item);
        em.flush();
        return item.view();
    }

    FellowshipLedgerLine updateLedgerEntry(UUID id, FellowshipLedgerEntry entry, long expectedVersion) {
        records.staff();
        FellowshipLedgerItem item = NotFoundException.requireFound(
                id == null ? null : em.find(FellowshipLedgerItem.class, id.toString()), "FellowshipLedgerItem", id);
        FellowshipRecords.throwIfAny(FellowshipLedgerItem.check(Objects.requireNonNull(entry)));
        VersionConflictException.check("FellowshipLedgerItem", id.toString(), expectedVersion, item.version());
        item.record(entry);
        em.flush();
        return item.view();
    }

    List<FellowNomination> myNominations() {
        Caller caller = records.signedIn();
        if (!caller.has(Role.FELLOW) || caller.personId() == null) {
            throw new AccessDeniedException("fellows only");
        }
        LocalDate today = records.today();
        Map<String, FellowshipCall> calls = new HashMap<>();
        Map<String, Nomination> mine = new HashMap<>();
        records.ownNominations(caller).stream()
                .filter(n -> calls.computeIfAbsent(n.callId(), records::call).status() != CallStatus.DRAFT)
                .forEach(n -> mine.put(n.id(), n));
        List<FellowNomination> result = new ArrayList<>();
        for (NominationView v : records.views(mine.values()).stream()
                .sorted(Comparator.comparing(NominationView::nominatedAt).reversed()).toList()) {
            Nomination n = mine.get(v.id().toString());
            FellowshipCall call = calls.get(n.callId());
            boolean offerOpen = n.status() == NominationStatus.SELECTED
                    && (n.offerDeadline() == null || !today.isAfter(n.offerDeadline()));
            List<FellowshipLedgerLine> ledger = n.status().inCohort() || n.status() == NominationStatus.DECLINED
                    ? ledgerOf(n) : List.of();
            result.add(new FellowNomination(records.view(call), v.asNomineeSees(), call.status() == CallStatus.OPEN,
                    offerOpen, n.status().inCohort(), cohorts.completed(call, n), ledger));
        }
        return result;
    }
}
