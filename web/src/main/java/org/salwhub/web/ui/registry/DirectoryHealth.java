package org.salwhub.web.ui.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.ContactQuery;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.VerificationState;
import org.salwhub.web.export.DirectoryPages;
import org.salwhub.web.ui.CurrentUser;

/**
 * The directory's state at a glance, for the dashboard: member States without a Programme of Action or an
 * ITI contact, entries due for verification and stale ones; for a focal point, those of their own State.
 */
@Named
@RequestScoped
public class DirectoryHealth {

    @Inject
    DirectoryFacade directory;

    @Inject
    RegistryFacade registry;

    @Inject
    CurrentUser user;

    @Inject
    DirectoryNames names;

    private List<StateView> withoutPoa;
    private List<StateView> withoutIti;

    /** Member States nobody currently represents as Programme of Action national point of contact. */
    public List<StateView> getWithoutPoa() {
        if (withoutPoa == null) {
            Set<UUID> covered = statesHolding(RoleType.POA_NPC);
            withoutPoa = names.memberStates().stream().filter(s -> !covered.contains(s.id().value())).toList();
        }
        return withoutPoa;
    }

    /** Member States with neither an ITI tracing nor a general ITI contact. */
    public List<StateView> getWithoutIti() {
        if (withoutIti == null) {
            Set<UUID> covered = statesHolding(RoleType.ITI_TRACING);
            covered.addAll(statesHolding(RoleType.ITI_GENERAL));
            withoutIti = names.memberStates().stream().filter(s -> !covered.contains(s.id().value())).toList();
        }
        return withoutIti;
    }

    /** The States with a current holder of this role: one search, whatever the number of States. */
    private Set<UUID> statesHolding(RoleType role) {
        Set<UUID> states = new HashSet<>();
        DirectoryPages.forEach(directory, new ContactQuery(null, null, role, null, null, null, false, 0, 500,
                "personName", true), 500, page -> page.stream().map(ContactView::stateId).forEach(states::add));
        return states;
    }

    /** Current entries in this verification state, in the whole directory. */
    public long count(VerificationState verification) {
        return count(null, verification);
    }

    /** Current entries of the signed-in focal point's State in this verification state. */
    public long myCount(VerificationState verification) {
        return myState().map(s -> count(s.id().value(), verification)).orElse(0L);
    }

    private long count(UUID state, VerificationState verification) {
        return directory.search(new ContactQuery(null, state, null, null, null, verification, false, 0, 1,
                "personName", true)).total();
    }

    /** The State a focal point acts for. */
    public Optional<StateView> myState() {
        return user.getCaller().state().flatMap(id -> registry.state(new StateId(id)));
    }

    public String getMyIso() {
        return myState().map(StateView::iso2).orElse("");
    }
}
