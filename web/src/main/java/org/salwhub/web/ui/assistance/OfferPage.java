package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salwhub.assistance.api.CandidateView;
import org.salwhub.assistance.api.MatchProposal;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.OfferId;
import org.salwhub.assistance.api.OfferPermissions;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.web.i18n.Messages;

/**
 * One offer: its details and capacity, the open needs ranked for it with their explanation (for its donor and
 * staff, one click proposes a match), and its matches.
 */
@Named
@ViewScoped
public class OfferPage extends MatchWorkflow {

    private static final long serialVersionUID = 1L;

    private String id;
    private transient OfferView offer;
    private transient List<MatchView> matches;
    private transient List<CandidateView> candidates;
    private boolean missing;

    public void load() {
        offer = null;
        matches = null;
        candidates = null;
        missing = false;
        try {
            offer = assistance.offer(OfferId.of(id));
        } catch (NotFoundException | IllegalArgumentException | NullPointerException e) {
            missing = true;
        }
    }

    @Override
    protected void reload() {
        load();
    }

    public OfferView getOffer() {
        if (offer == null && !missing && id != null) {
            load();
        }
        return offer;
    }

    @Override
    public List<MatchView> getMatches() {
        if (matches == null && getOffer() != null) {
            matches = assistance.matches(Optional.empty(), Optional.of(offer.id()), Optional.empty());
        }
        return matches == null ? List.of() : matches;
    }

    /** What the reader may do with the offer, as the assistance module decided it ({@code OfferView.may()}). */
    private OfferPermissions may() {
        return getOffer() == null ? OfferPermissions.NONE : offer.may();
    }

    /** The offer's donor or staff: the needs ranked for it, and proposing matches. */
    public boolean isOwner() {
        return may().manage();
    }

    public List<CandidateView> getCandidates() {
        if (candidates == null && isOwner() && OfferStatus.MATCHABLE.contains(offer.status())) {
            candidates = assistance.candidatesForOffer(offer.id(), 10);
        }
        return candidates == null ? List.of() : candidates;
    }

    public boolean isEditable() {
        return may().edit();
    }

    public boolean isPublishable() {
        return may().publish();
    }

    public boolean isWithdrawable() {
        return may().withdraw();
    }

    /** Whether a match of this need with the offer is already pending or confirmed. */
    public boolean isProposed(CandidateView candidate) {
        return getMatches().stream().anyMatch(m -> m.needId().equals(candidate.needId())
                && (m.status().isPending() || m.status() == org.salwhub.assistance.api.MatchStatus.CONFIRMED));
    }

    public void propose(CandidateView candidate) {
        if (errors.attempt(() -> assistance.proposeMatch(new MatchProposal(candidate.needId(), offer.id(), List.of(),
                null, null)), Map.of())) {
            Messages.info("match.done.proposed");
        }
        load();
    }

    public void publish() {
        if (errors.attempt(() -> assistance.publishOffer(offer.id(), offer.version()), Map.of())) {
            Messages.info("offer.done.published");
        }
        load();
    }

    public void withdraw() {
        if (errors.attempt(() -> assistance.withdrawOffer(offer.id(), null, offer.version()), Map.of())) {
            Messages.info("offer.done.withdrawn");
        }
        load();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
