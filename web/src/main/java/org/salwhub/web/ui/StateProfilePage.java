package org.salwhub.web.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.CoordinationBodyView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.VerificationState;
import org.salwhub.web.export.ContactExports;
import org.salwhub.web.export.VCardWriter;
import org.salwhub.web.i18n.Messages;

/**
 * One State's page in the directory: its coordination body, its current contacts by role, its agencies and
 * the history of who held which role. Its focal point (and staff) confirm all entries in one step.
 */
@Named
@ViewScoped
public class StateProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The roles every State is expected to fill; shown even when nobody holds them. */
    static final Set<RoleType> EXPECTED = EnumSet.of(RoleType.POA_NPC, RoleType.ITI_TRACING, RoleType.ITI_GENERAL);

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @Inject
    ContactExports exports;

    @Inject
    FacesErrors errors;

    private String iso;
    private StateView state;
    private CoordinationBodyView body;
    private List<AgencyView> agencies = List.of();
    private List<ContactView> current = List.of();
    private List<ContactView> history = List.of();
    private boolean editable;

    /** One role and who holds it now. */
    public record RoleGroup(RoleType type, List<ContactView> contacts, boolean expected) {
    }

    /** A role someone held, with the successor's name when it was handed over. */
    public record HistoryEntry(ContactView role, String successor) {
    }

    /** Loads the State named by {@code ?iso=}; answers 404 for an unknown code. */
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (iso == null || iso.isBlank()) {
            external.redirect(external.getRequestContextPath() + "/app/directory.xhtml");
            return;
        }
        Optional<StateView> found = registry.stateByIsoCode(iso.trim().toUpperCase(Locale.ROOT));
        if (found.isEmpty()) {
            external.responseSendError(404, "no such State");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        state = found.get();
        refresh();
    }

    private void refresh() {
        body = directory.coordinationBody(state.id()).orElse(null);
        agencies = directory.agencies(state.id());
        current = directory.currentContacts(state.id(), null);
        history = directory.history(state.id());
        editable = directory.mayEdit(state.id());
    }

    /** Confirms every current entry of this State as checked today. */
    public void confirmAll() {
        int[] confirmed = new int[1];
        if (errors.attempt(() -> confirmed[0] = directory.confirmState(state.id()), Map.of())) {
            refresh();
            Messages.info("state.confirmed", confirmed[0]);
        }
    }

    /** The current contacts by role, in the order of the roles; the expected roles even when vacant. */
    public List<RoleGroup> getRoles() {
        List<RoleGroup> groups = new ArrayList<>();
        for (RoleType type : RoleType.values()) {
            List<ContactView> holders = current.stream().filter(c -> c.roleType() == type).toList();
            if (!holders.isEmpty() || EXPECTED.contains(type)) {
                groups.add(new RoleGroup(type, holders, EXPECTED.contains(type)));
            }
        }
        return groups;
    }

    /** Every role ever held, newest first, with who took over. */
    public List<HistoryEntry> getHistory() {
        Map<UUID, ContactView> byId = new HashMap<>();
        history.forEach(h -> byId.put(h.roleId().value(), h));
        return history.stream().map(h -> new HistoryEntry(h, Optional.ofNullable(h.replacedBy()).map(byId::get)
                .map(ContactView::personName).orElse(null))).toList();
    }

    public long count(VerificationState verification) {
        return current.stream().filter(c -> c.verification() == verification).count();
    }

    /** The names of the body's member agencies. */
    public List<AgencyView> getBodyAgencies() {
        if (body == null) {
            return List.of();
        }
        return agencies.stream().filter(a -> body.memberAgencies().contains(a.id().value())).toList();
    }

    /** A share in whole per cent, for the bars of women and men. */
    public int percent(int part, int whole) {
        return whole <= 0 ? 0 : Math.round(100f * part / whole);
    }

    public StreamedContent getVcards() {
        List<ContactView> contacts = List.copyOf(current);
        return DefaultStreamedContent.builder()
                .name("salwhub-" + state.iso2().toLowerCase(Locale.ROOT) + "-" + LocalDate.now() + ".vcf")
                .contentType(VCardWriter.MEDIA_TYPE)
                .writer(out -> exports.vcards(contacts, Messages.currentLocale(), out)).build();
    }

    public String getName() {
        return state == null ? "" : state.name().in(Messages.currentLocale());
    }

    public String getIso() {
        return iso;
    }

    public void setIso(String iso) {
        this.iso = iso;
    }

    public StateView getState() {
        return state;
    }

    public CoordinationBodyView getBody() {
        return body;
    }

    public List<AgencyView> getAgencies() {
        return agencies;
    }

    public List<ContactView> getCurrent() {
        return current;
    }

    public boolean isEditable() {
        return editable;
    }
}
