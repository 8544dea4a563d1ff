package org.salwhub.web.ui.fellowships;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CohortFellowView;
import org.salwhub.fellowship.api.CohortSessionView;
import org.salwhub.fellowship.api.CohortView;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.FellowshipFollowUpEntry;
import org.salwhub.fellowship.api.FellowshipFollowUpView;
import org.salwhub.fellowship.api.FellowshipLedgerEntry;
import org.salwhub.fellowship.api.FellowshipLedgerKind;
import org.salwhub.fellowship.api.FellowshipLedgerLine;
import org.salwhub.fellowship.api.FellowshipLedgerStatus;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/**
 * The cohort of a call: in-person sessions and attendance, the online phase, who completed (and gets a
 * certificate), the visa letters, each fellow's stipend and travel ledger, and the alumni follow-ups.
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FellowshipFacade fellowships;

    @Inject
    RegistryFacade registry;

    @Inject
    FacesErrors errors;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    private String call;
    private transient CohortView cohort;
    private transient List<FellowshipFollowUpView> followUps;
    private String sessionTitle;
    private LocalDate sessionDate;

    private NominationView ledgerFellow;
    private transient List<FellowshipLedgerLine> ledger;
    private FellowshipLedgerKind ledgerKind = FellowshipLedgerKind.DAILY_ALLOWANCE;
    private String ledgerDescription;
    private BigDecimal ledgerAmount;
    private String ledgerCurrency = "USD";
    private FellowshipLedgerStatus ledgerStatus = FellowshipLedgerStatus.PLANNED;
    private String ledgerDonor;

    private FellowshipFollowUpView answering;
    private String followUpPosition;
    private boolean followUpChanged;
    private String followUpSkills;

    @PostConstruct
    void init() {
        sessionDate = today(); // staff usually record the day's session
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    public CohortView getCohort() {
        if (cohort == null && call != null) {
            cohort = fellowships.cohort(CallId.of(call));
        }
        return cohort;
    }

    public List<FellowshipFollowUpView> getFollowUps() {
        if (followUps == null) {
            followUps = call == null ? List.of() : fellowships.followUps(CallId.of(call));
        }
        return followUps;
    }

    public void addSession() {
        if (errors.attempt(() -> fellowships.addSession(CallId.of(call), sessionTitle, sessionDate),
                Map.of("title", "sessionsForm:sessionTitle", "heldOn", "sessionsForm:sessionDate"))) {
            sessionTitle = null;
            sessionDate = today();
            cohort = null;
        }
    }

    public boolean attended(CohortFellowView fellow, CohortSessionView session) {
        return fellow.sessionsAttended().contains(session.id());
    }

    public void toggleAttendance(CohortFellowView fellow, CohortSessionView session) {
        boolean present = !attended(fellow, session);
        if (errors.attempt(() -> fellowships.recordAttendance(session.id(), fellow.fellow().id(), present), Map.of())) {
            cohort = null;
        }
    }

    public void toggleOnline(CohortFellowView fellow) {
        if (errors.attempt(() -> fellowships.recordOnlineCompletion(fellow.fellow().id(),
                !fellow.fellow().onlineCompleted(), fellow.fellow().version()), Map.of())) {
            cohort = null;
        }
    }

    public void openLedger(NominationView fellow) {
        ledgerFellow = fellow;
        ledger = null;
    }

    public List<FellowshipLedgerLine> getLedger() {
        if (ledger == null) {
            ledger = ledgerFellow == null ? List.of() : fellowships.ledger(ledgerFellow.id());
        }
        return ledger;
    }

    public void addLedgerEntry() {
        FellowshipLedgerEntry entry = new FellowshipLedgerEntry(ledgerKind, ledgerDescription, ledgerAmount,
                ledgerCurrency, ledgerStatus, ledgerDonor == null || ledgerDonor.isBlank() ? null
                : UUID.fromString(ledgerDonor));
        if (errors.attempt(() -> fellowships.addLedgerEntry(ledgerFellow.id(), entry), Map.of(
                "amount", "ledgerForm:amount", "currency", "ledgerForm:currency", "description",
                "ledgerForm:description"))) {
            ledger = null;
            ledgerDescription = null;
            ledgerAmount = null;
            Messages.info("fellowship.cohort.saved");
        }
    }

    public void advance(FellowshipLedgerLine line) {
        FellowshipLedgerEntry e = line.entry();
        FellowshipLedgerStatus next = e.status().next() == null ? e.status() : e.status().next();
        if (errors.attempt(() -> fellowships.updateLedgerEntry(line.id(), new FellowshipLedgerEntry(e.kind(),
                e.description(), e.amount(), e.currency(), next, e.donorId()), line.version()), Map.of())) {
            ledger = null;
        }
    }

    public void startFollowUp(FellowshipFollowUpView followUp) {
        answering = followUp;
        followUpPosition = followUp.entry() == null ? null : followUp.entry().currentPosition();
        followUpChanged = followUp.entry() != null && followUp.entry().positionChanged();
        followUpSkills = followUp.entry() == null ? null : followUp.entry().skillsUse();
    }

    public void saveFollowUp() {
        if (errors.attempt(() -> fellowships.recordFollowUp(answering.id(), new FellowshipFollowUpEntry(
                followUpPosition, followUpChanged, followUpSkills), answering.version()),
                Map.of("currentPosition", "followUpForm:position", "skillsUse", "followUpForm:skills"))) {
            answering = null;
            followUps = null;
            Messages.info("fellowship.cohort.saved");
        }
    }

    public List<OrganisationView> getDonors() {
        return registry.donorOrganisations();
    }

    public String donorName(UUID donor) {
        return donor == null ? Messages.text(language.getLocale(), "fellowship.ledger.noDonor")
                : registry.organisation(new OrganisationId(donor)).map(OrganisationView::acronym).orElse("");
    }


    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }

    public String getSessionTitle() {
        return sessionTitle;
    }

    public void setSessionTitle(String sessionTitle) {
        this.sessionTitle = sessionTitle;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public NominationView getLedgerFellow() {
        return ledgerFellow;
    }

    public FellowshipLedgerKind getLedgerKind() {
        return ledgerKind;
    }

    public void setLedgerKind(FellowshipLedgerKind ledgerKind) {
        this.ledgerKind = ledgerKind;
    }

    public String getLedgerDescription() {
        return ledgerDescription;
    }

    public void setLedgerDescription(String ledgerDescription) {
        this.ledgerDescription = ledgerDescription;
    }

    public BigDecimal getLedgerAmount() {
        return ledgerAmount;
    }

    public void setLedgerAmount(BigDecimal ledgerAmount) {
        this.ledgerAmount = ledgerAmount;
    }

    public String getLedgerCurrency() {
        return ledgerCurrency;
    }

    public void setLedgerCurrency(String ledgerCurrency) {
        this.ledgerCurrency = ledgerCurrency;
    }

    public FellowshipLedgerStatus getLedgerStatus() {
        return ledgerStatus;
    }

    public void setLedgerStatus(FellowshipLedgerStatus ledgerStatus) {
        this.ledgerStatus = ledgerStatus;
    }

    public String getLedgerDonor() {
        return ledgerDonor;
    }

    public void setLedgerDonor(String ledgerDonor) {
        this.ledgerDonor = ledgerDonor;
    }

    public FellowshipFollowUpView getAnswering() {
        return answering;
    }

    public String getFollowUpPosition() {
        return followUpPosition;
    }

    public void setFollowUpPosition(String followUpPosition) {
        this.followUpPosition = followUpPosition;
    }

    public boolean isFollowUpChanged() {
        return followUpChanged;
    }

    public void setFollowUpChanged(boolean followUpChanged) {
        this.followUpChanged = followUpChanged;
    }

    public String getFollowUpSkills() {
        return followUpSkills;
    }

    public void setFollowUpSkills(String followUpSkills) {
        this.followUpSkills = followUpSkills;
    }
}
