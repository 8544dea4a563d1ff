package org.salwhub.assistance.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.salwhub.assistance.api.project.ProjectBudgetKind;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectGenderMarker;
import org.salwhub.assistance.api.project.ProjectMatchConfirmed;
import org.salwhub.assistance.api.project.ProjectOrgRole;
import org.salwhub.assistance.api.project.ProjectParticipant;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.assistance.api.Confidentiality;
import org.salwhub.assistance.entity.Match;
import org.salwhub.assistance.entity.Need;
import org.salwhub.assistance.entity.Offer;
import org.salwhub.assistance.entity.Project;
import org.salwhub.assistance.entity.Term;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.kernel.CallerContext;

/**
 * Turns a confirmed match into a project in the same transaction: the need's State as recipient, the offer's
 * organisation funding (and its implementing partner implementing), links to the need, offer and match, the shared
 * themes, the need's period, a deliverable per matched line, the matched funding as the original budget and a
 * commitment.
 */
@Stateless
public class ProjectFromMatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    RegistryFacade registry;

    @Inject
    Clock clock;

    public void onConfirmed(@Observes ProjectMatchConfirmed event) {
        Match match = em.find(Match.class, event.matchId().toString());
        if (match == null || !em.createNamedQuery("Project.ofMatch", Project.class)
                .setParameter("match", org.salwhub.assistance.entity.CodeList.pattern(match.id()))
                .getResultList().isEmpty()) {
            return;
        }
        Need need = em.find(Need.class, match.needId());
        Offer offer = em.find(Offer.class, match.offerId());
        LocalDate today = LocalDate.now(clock);
        var needView = need.view();
        var offerView = offer.view();
        List<ProjectParticipant> parties = new ArrayList<>();
        parties.add(new ProjectParticipant(offer.organisationId(), null, null, ProjectOrgRole.FUNDING));
        if (offerView.implementingPartner() != null) {
            parties.add(new ProjectParticipant(null, offerView.implementingPartner(), null,
                    ProjectOrgRole.IMPLEMENTING));
        }
        Set<String> themes = new LinkedHashSet<>(need.themes());
        themes.retainAll(offer.themes());
        if (themes.isEmpty()) {
            themes.addAll(need.themes());
        }
        LocalDate start = need.periodFrom() != null && need.periodFrom().isAfter(today) ? need.periodFrom() : today;
        LocalDate end = need.periodTo() != null && !need.periodTo().isBefore(start) ? need.periodTo() : null;
        String identifier = org.salwhub.assistance.control.ProjectIatiCodes.reportingRef() + "-" + start.getYear() + "-"
                + match.id().substring(0, 8).toUpperCase(Locale.ROOT);
        String description = needView.description() != null ? needView.description() : need.title();
        ProjectDraft draft = new ProjectDraft(identifier, need.title(), null, null, description, null, null,
                Set.of(need.stateId()), parties, Set.of(UUID.fromString(need.id())),
                Set.of(UUID.fromString(offer.id())), Set.of(UUID.fromString(match.id())), themes,
                ProjectGenderMarker.NOT_TARGETED, need.confidentiality() == Confidentiality.RESTRICTED, start, end,
                null, null, null);
        String by = callers.current().username() == null ? "system" : callers.current().username();
        Project project = new Project(UUID.randomUUID(), draft, "MATCH", by, clock.instant());
        em.persist(project);
        match.quantities().forEach((code, quantity) -> {
            Term term = em.find(Term.class, code);
            String label = term == null ? code : term.view().label().en();
            project.saveDeliverable(new ProjectDeliverableInput(null, code, label, quantity, 0, 0, 0, 0, 0, 0));
        });
        if (match.fundingAmount() != null && match.fundingAmount().signum() > 0) {
            String currency = match.view(need, offer).currency() != null ? match.view(need, offer).currency()
                    : offer.currency();
            project.replaceBudgets(List.of(new ProjectBudgetLine(ProjectBudgetKind.ORIGINAL, start.getYear(),
                    match.fundingAmount(), currency)));
            project.addTransaction(new ProjectTransactionInput(ProjectTransactionType.COMMITMENT, today,
                    match.fundingAmount(), currency, offer.organisationId(), null, null,
                    needView.beneficiaryAgency() != null ? needView.beneficiaryAgency()
                            : registry.state(new StateId(need.stateId())).map(st -> st.name().en())
                            .orElse(need.stateId().toString()), null), by);
        }
        em.flush();
    }
}
