package org.salwhub.web.ui.fellowships;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.salwhub.fellowship.api.CallCriterion;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.ReviewAssignmentView;
import org.salwhub.fellowship.api.ReviewDeclaration;
import org.salwhub.fellowship.api.ReviewScoreSheet;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyId;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/** A reviewer's desk: the applications assigned to them, the scoring of one, and their declaration of interests. */
@Named
@ViewScoped
public class ReviewDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FellowshipFacade fellowships;

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @Inject
    CallerContext callers;

    @Inject
    FacesErrors errors;

    @Inject
    LanguageSelection language;

    /** One criterion of the rubric with the reviewer's score. */
    public static class ScoreRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final UUID criterion;
        private final String label;
        private final int weight;
        private Integer score;

        ScoreRow(CallCriterion c, Integer score) {
            this.criterion = c.id();
            this.label = c.label();
            this.weight = c.weight();
            this.score = score;
        }

        public String getLabel() {
            return label;
        }

        public int getWeight() {
            return weight;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }
    }

    private transient List<ReviewAssignmentView> assignments;
    private ReviewAssignmentView current;
    private List<ScoreRow> rows = new ArrayList<>();
    private String comment;
    private String declaredState;
    private String declaredAgency;
    /** The agency declared as free text before agencies were chosen from the registry, shown until replaced. */
    private String legacyAgency;
    private long declarationVersion;
    private transient List<AgencyView> agencies;

    @PostConstruct
    void init() {
        ReviewDeclaration declaration = fellowships.declaration(callers.current().username());
        declaredState = declaration.stateId() == null ? null : declaration.stateId().toString();
        declaredAgency = declaration.agencyId() == null ? null : declaration.agencyId().toString();
        legacyAgency = declaration.agencyId() == null ? declaration.agency() : null;
        declarationVersion = declaration.version();
    }

    public List<ReviewAssignmentView> getAssignments() {
        if (assignments == null) {
            assignments = fellowships.myAssignments();
        }
        return assignments;
    }

    public void open(ReviewAssignmentView assignment) {
        current = fellowships.assignment(assignment.id());
        List<CallCriterion> criteria = fellowships.call(current.callId()).map(c -> c.details().criteria())
                .orElse(List.of());
        rows = new ArrayList<>();
        criteria.forEach(c -> rows.add(new ScoreRow(c, current.scores().get(c.id()))));
        comment = current.comment();
    }

    public void submit() {
        Map<UUID, Integer> scores = new HashMap<>();
        rows.stream().filter(r -> r.score != null).forEach(r -> scores.put(r.criterion, r.score));
        ReviewAssignmentView[] saved = new ReviewAssignmentView[1];
        if (errors.attempt(() -> saved[0] = fellowships.score(current.id(), new ReviewScoreSheet(scores, comment),
                current.version()), Map.of())) {
            Messages.info("fellowship.reviews.saved");
            current = null;
            assignments = null;
        }
    }

    public void close() {
        current = null;
    }

    public void saveDeclaration() {
        ReviewDeclaration[] saved = new ReviewDeclaration[1];
        UUID state = declaredState == null || declaredState.isBlank() ? null : UUID.fromString(declaredState);
        AgencyId agency = declaredAgency == null || declaredAgency.isBlank() ? null : AgencyId.of(declaredAgency);
        if (errors.attempt(() -> saved[0] = fellowships.declare(new ReviewDeclaration(callers.current().username(),
                state, null, agency, null, declarationVersion)), Map.of("agency", "declarationForm:agency",
                "agencyId", "declarationForm:agency", "stateId", "declarationForm:state"))) {
            declarationVersion = saved[0].version();
            legacyAgency = saved[0].agencyId() == null ? saved[0].agency() : null;
            Messages.info("fellowship.reviews.declaration.saved");
        }
    }

    /** Another State was chosen: its agencies are offered, and the agency chosen before no longer applies. */
    public void stateChanged() {
        agencies = null;
        declaredAgency = null;
    }

    /** The registry agencies of the declared State, to choose the one the reviewer works for. */
    public List<AgencyView> getAgencies() {
        if (agencies == null) {
            agencies = declaredState == null || declaredState.isBlank() ? List.of()
                    : directory.agencies(new StateId(UUID.fromString(declaredState)));
        }
        return agencies;
    }

    public String getLegacyAgency() {
        return legacyAgency;
    }


    public List<StateView> getStates() {
        return registry.states();
    }

    public ReviewAssignmentView getCurrent() {
        return current;
    }

    public List<ScoreRow> getRows() {
        return rows;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getDeclaredState() {
        return declaredState;
    }

    public void setDeclaredState(String declaredState) {
        this.declaredState = declaredState;
    }

    public String getDeclaredAgency() {
        return declaredAgency;
    }

    public void setDeclaredAgency(String declaredAgency) {
        this.declaredAgency = declaredAgency;
    }
}
