package org.salwhub.web.ui.fellowships;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallSelectionBoard;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.NominationDecision;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/**
 * Staff select the cohort: eligible nominations ranked by their reviewers' weighted mean (with the spread), the
 * live balance of the cohort against the call's targets, and the decision on each with a reason; offers, answers,
 * and lapsed offers that move the waiting list up.
 */
@Named
@ViewScoped
public class FellowshipSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FellowshipFacade fellowships;

    @Inject
    FacesErrors errors;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    private String call;
    private transient CallSelectionBoard board;
    private NominationView deciding;
    private NominationDecision decision = NominationDecision.SELECT;
    private String reason;
    private LocalDate offerDeadline;

    public CallSelectionBoard getBoard() {
        if (board == null && call != null) {
            board = fellowships.selectionBoard(CallId.of(call));
        }
        return board;
    }

    public void startDecision(NominationView nomination) {
        deciding = nomination;
        decision = NominationDecision.SELECT;
        reason = null;
        offerDeadline = null;
    }

    public void decide() {
        if (errors.attempt(() -> fellowships.decide(deciding.id(), decision, reason, offerDeadline,
                deciding.version()), Map.of("reason", "decisionForm:reason", "offerDeadline",
                "decisionForm:offerDeadline", "decision", "decisionForm:decision"))) {
            Messages.info("fellowship.selection.decided");
            deciding = null;
            board = null;
        }
    }

    public void answer(NominationView nomination, boolean accept) {
        if (errors.attempt(() -> fellowships.answerOffer(nomination.id(), accept, nomination.version()), Map.of())) {
            Messages.info("fellowship.selection.answered");
            board = null;
        }
    }

    public void lapse() {
        int[] count = new int[1];
        if (errors.attempt(() -> count[0] = fellowships.lapseOverdueOffers(LocalDate.now(clock.withZone(ZoneId.systemDefault()))), Map.of())) {
            Messages.info("fellowship.selection.lapsed", count[0]);
            board = null;
        }
    }


    public NominationDecision[] getDecisions() {
        return NominationDecision.values();
    }

    public String decisionLabel(NominationDecision d) {
        return Messages.text(language.getLocale(), switch (d) {
            case SELECT -> "fellowship.selection.select";
            case WAITLIST -> "fellowship.selection.waitlist";
            case REJECT -> "fellowship.selection.reject";
        });
    }

    /** The women's share as a width for the indicator bar, 0 to 100. */
    public double getWomenWidth() {
        return getBoard() == null ? 0 : Math.min(100, getBoard().balance().womenPercent());
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }

    public NominationView getDeciding() {
        return deciding;
    }

    public NominationDecision getDecision() {
        return decision;
    }

    public void setDecision(NominationDecision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getOfferDeadline() {
        return offerDeadline;
    }

    public void setOfferDeadline(LocalDate offerDeadline) {
        this.offerDeadline = offerDeadline;
    }
}
