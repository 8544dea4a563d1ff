package org.salwhub.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.NeedId;
import org.salwhub.assistance.api.NeedStatus;
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

    private boolean owner() {
        return getNeed() != null && user.getCaller().mayActForState(need.stateId());
    }

    public boolean isEditable() {
        return owner() && (need.status().isEditableByOwner() || (user.isStaff()
                && (need.status() == NeedStatus.SUBMITTED || need.status() == NeedStatus.VALIDATED)));
    }

    public boolean isSubmittable() {
        return owner() && need.status().isEditableByOwner();
    }

    public boolean isReviewable() {
        return user.isStaff() && getNeed() != null && need.status() == NeedStatus.SUBMITTED;
    }

    public boolean isPublishable() {
        return user.isStaff() && getNeed() != null && need.status() == NeedStatus.VALIDATED;
    }

    public boolean isWithdrawable() {
        return owner() && !List.of(NeedStatus.MATCHED, NeedStatus.IN_PROJECT, NeedStatus.FULFILLED,
                NeedStatus.WITHDRAWN, NeedStatus.EXPIRED).contains(need.status());
    }

    public boolean isStartable() {
        return user.isStaff() && getNeed() != null && (need.status() == NeedStatus.MATCHED
                || need.status() == NeedStatus.PARTIALLY_MATCHED);
    }

    public boolean isFulfillable() {
        return user.isStaff() && getNeed() != null && need.status() == NeedStatus.IN_PROJECT;
    }

    public boolean isMatchable() {
        return user.isStaff() && getNeed() != null && NeedStatus.MATCHABLE.contains(need.status());
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
