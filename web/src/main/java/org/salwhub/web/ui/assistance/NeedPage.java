package org.salwhub.web.ui.assistance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedPermissions;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.web.i18n.Messages;

/** One need: its details, warnings, lifecycle actions for the State and staff, and its matches. */
@Named
@ViewScoped
public class NeedPage extends MatchWorkflow {

    private static final long serialVersionUID = 1L;

    private String id;
    private String comment;
    private transient NeedView need;
    private transient List<MatchView> matches;
    private boolean missing;

    public void load() {
        need = null;
        matches = null;
        missing = false;
        try {
            need = assistance.need(NeedId.of(id));
        } catch (NotFoundException | IllegalArgumentException | NullPointerException e) {
            missing = true;
        }
    }

    @Override
    protected void reload() {
        load();
    }

    public NeedView getNeed() {
        if (need == null && !missing && id != null) {
            load();
        }
        return need;
    }

    @Override
    public List<MatchView> getMatches() {
        if (matches == null && getNeed() != null) {
            matches = assistance.matches(Optional.of(need.id()), Optional.empty(), Optional.empty());
        }
        return matches == null ? List.of() : matches;
    }

    /** What the reader may do with the need, as the assistance module decided it ({@code NeedView.may()}). */
    private NeedPermissions may() {
        return getNeed() == null ? NeedPermissions.NONE : need.may();
    }

    public boolean isEditable() {
        return may().edit();
    }

    public boolean isSubmittable() {
        return may().submit();
    }

    public boolean isReviewable() {
        return may().review();
    }

    public boolean isPublishable() {
        return may().publish();
    }

    public boolean isWithdrawable() {
        return may().withdraw();
    }

    public boolean isStartable() {
        return may().startProject();
    }

    public boolean isFulfillable() {
        return may().fulfil();
    }

    public boolean isMatchable() {
        return may().match();
    }

    public void submit() {
        move(() -> assistance.submitNeed(need.id(), need.version()), "need.done.submitted");
    }

    public void validate() {
        move(() -> assistance.validateNeed(need.id(), need.version()), "need.done.validated");
    }

    /** Validates and publishes in one step, as staff mostly do. */
    public void validateAndPublish() {
        move(() -> {
            NeedView validated = assistance.validateNeed(need.id(), need.version());
            assistance.publishNeed(validated.id(), validated.version());
        }, "need.done.published");
    }

    public void publish() {
        move(() -> assistance.publishNeed(need.id(), need.version()), "need.done.published");
    }

    public void sendBack() {
        move(() -> assistance.returnNeed(need.id(), comment, need.version()), "need.done.returned");
    }

    public void withdraw() {
        move(() -> assistance.withdrawNeed(need.id(), comment, need.version()), "need.done.withdrawn");
    }

    public void startProject() {
        move(() -> assistance.startProject(need.id(), need.version()), "need.done.moved");
    }

    public void fulfil() {
        move(() -> assistance.fulfilNeed(need.id(), need.version()), "need.done.moved");
    }

    private void move(Runnable action, String done) {
        if (errors.attempt(action, Map.of("comment", "needActions:comment"))) {
            Messages.info(done);
            comment = null;
        }
        load();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
