package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salwhub.assistance.api.CandidateView;
import org.salwhub.assistance.api.MatchProposal;
import org.salwhub.assistance.api.MatchStatus;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedQuery;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.web.i18n.Messages;

/**
 * The staff's matching workbench: an open need on one side, the published offers ranked for it with their
 * explanation on the other; one click proposes a match with the suggested quantities.
 */
@Named
@ViewScoped
public class MatchingWorkbench extends MatchWorkflow {

    private static final long serialVersionUID = 1L;

    private String need;
    private transient List<NeedView> openNeeds;
    private transient NeedView selected;
    private transient List<CandidateView> candidates;
    private transient List<MatchView> matches;

    public List<NeedView> getOpenNeeds() {
        if (openNeeds == null) {
            openNeeds = new java.util.ArrayList<>();
            for (NeedStatus status : NeedStatus.MATCHABLE) {
                openNeeds.addAll(assistance.needs(new NeedQuery(null, null, null, null, status, false, "publishedOn",
                        true, 0, 500)).items());
            }
            openNeeds.sort(java.util.Comparator.comparing(NeedView::publishedOn,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
            if (need == null && !openNeeds.isEmpty()) {
                need = openNeeds.get(0).id().toString();
            }
        }
        return openNeeds;
    }

    public NeedView getSelected() {
        if (selected == null && (need != null || !getOpenNeeds().isEmpty())) {
            getOpenNeeds();
            try {
                selected = assistance.need(NeedId.of(need));
            } catch (RuntimeException e) {
                selected = null;
            }
        }
        return selected;
    }

    public List<CandidateView> getCandidates() {
        if (candidates == null && getSelected() != null) {
            candidates = assistance.candidatesForNeed(selected.id(), 15);
        }
        return candidates == null ? List.of() : candidates;
    }

    @Override
    public List<MatchView> getMatches() {
        if (matches == null && getSelected() != null) {
            matches = assistance.matches(Optional.of(selected.id()), Optional.empty(), Optional.empty());
        }
        return matches == null ? List.of() : matches;
    }

    public boolean isProposed(CandidateView candidate) {
        return getMatches().stream().anyMatch(m -> m.offerId().equals(candidate.offerId())
                && (m.status().isPending() || m.status() == MatchStatus.CONFIRMED));
    }

    public void choose() {
        selected = null;
        candidates = null;
        matches = null;
    }

    public void propose(CandidateView candidate) {
        if (errors.attempt(() -> assistance.proposeMatch(new MatchProposal(candidate.needId(), candidate.offerId(),
                List.of(), null, null)), Map.of())) {
            Messages.info("match.done.proposed");
        }
        reload();
    }

    @Override
    protected void reload() {
        openNeeds = null;
        choose();
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }
}
