package org.salwhub.assistance.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.Warning;
import org.salwhub.assistance.control.AssistancePolicy;
import org.salwhub.assistance.entity.CodeList;
import org.salwhub.assistance.entity.Need;
import org.salwhub.assistance.entity.Project;
import org.salwhub.registry.api.kernel.Caller;

/** Warns a State and staff of possible duplicate funding: other open needs and active projects of the State. */
@Dependent
public class DuplicateFunding {

    @PersistenceContext
    EntityManager em;

    /** Open needs of the same State sharing a theme and overlapping in period: a possible duplicate funding. */
    List<Warning> duplicateWarnings(Need need) {
        List<Warning> warnings = new ArrayList<>();
        if (!NeedStatus.OPEN.contains(need.status()) && !need.status().isEditableByOwner()) {
            return warnings;
        }
        List<Need> others = em.createQuery("SELECT n FROM Need n WHERE n.stateId = :state AND n.id <> :id"
                        + " AND n.status IN :open", Need.class).setParameter("state", need.stateId().toString())
                .setParameter("id", need.id()).setParameter("open", NeedStatus.OPEN).getResultList();
        for (Need other : others) {
            Set<String> shared = new java.util.TreeSet<>(other.themes());
            shared.retainAll(need.themes());
            if (!shared.isEmpty() && overlaps(need.periodFrom(), need.periodTo(), other.periodFrom(),
                    other.periodTo())) {
                warnings.add(Warning.of(other.status() == NeedStatus.IN_PROJECT ? "duplicate.project"
                        : "duplicate.need", other.id(), other.title(), String.join(", ", shared)));
            }
        }
        // projects entered or imported without a need, or funding another need of the State
        em.createQuery("SELECT p FROM Project p WHERE p.status IN :active AND p.recipientStates LIKE :state",
                        Project.class).setParameter("active", ProjectService.ACTIVE)
                .setParameter("state", CodeList.pattern(need.stateId().toString())).getResultStream()
                .filter(p -> !p.needIds().contains(java.util.UUID.fromString(need.id())))
                .forEach(p -> {
                    Set<String> shared = new java.util.TreeSet<>(p.themes());
                    shared.retainAll(need.themes());
                    if (!shared.isEmpty() && overlaps(need.periodFrom(), need.periodTo(), p.start(), p.end())) {
                        warnings.add(Warning.of("duplicate.activeProject", p.id(), p.title().in(java.util.Locale.ENGLISH),
                                String.join(", ", shared)));
                    }
                });
        return warnings;
    }

    static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        LocalDate min = LocalDate.MIN;
        LocalDate max = LocalDate.MAX;
        return !(aTo == null ? max : aTo).isBefore(bFrom == null ? min : bFrom)
                && !(bTo == null ? max : bTo).isBefore(aFrom == null ? min : aFrom);
    }

    NeedView withWarnings(Need need, Caller caller) {
        NeedView view = need.view();
        if (AssistancePolicy.actsForState(caller, need.stateId())) {
            return view.withWarnings(duplicateWarnings(need));
        }
        return view;
    }
}
