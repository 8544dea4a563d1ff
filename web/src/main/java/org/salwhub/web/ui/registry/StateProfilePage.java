package org.salwhub.web.ui.registry;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
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
import org.salwhub.registry.api.InstrumentStatus;
import org.salwhub.registry.api.InstrumentView;
import org.salwhub.registry.api.ReferenceDataFacade;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateInstrumentView;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyId;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.BodyType;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.CoordinationBodyView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.DirectoryPermissions;
import org.salwhub.registry.api.directory.DuplicateCandidate;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.VerificationState;
import org.salwhub.web.export.ContactExports;
import org.salwhub.web.export.VCardWriter;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/**
 * One State's page in the directory: its coordination body, its current contacts by role, its agencies and
 * the history of who held which role. Its focal point (and staff) confirm all entries in one step.
 */
@Named
@ViewScoped
public class StateProfilePage implements Serializable {

    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;

    /** The roles every State is expected to fill; shown even when nobody holds them. */
    static final Set<RoleType> EXPECTED = EnumSet.of(RoleType.POA_NPC, RoleType.ITI_TRACING, RoleType.ITI_GENERAL);

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @Inject
    ReferenceDataFacade reference;

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
    private List<DuplicateCandidate> duplicates = List.of();
    private boolean editable;
    private DirectoryPermissions permissions;
    private List<InstrumentRow> instruments = List.of();
    private final BodyForm bodyForm = new BodyForm();
    private final AgencyForm agencyForm = new AgencyForm();

    /**
     * One instrument and the State's status for it; the status and dates are what staff edit in the row (the
     * recorded ones stay in {@link #recorded} until saved).
     */
    public static final class InstrumentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final InstrumentView instrument;
        private StateInstrumentView recorded;
        private InstrumentStatus status;
        private LocalDate signedOn;
        private LocalDate depositedOn;

        InstrumentRow(InstrumentView instrument, StateInstrumentView recorded) {
            this.instrument = instrument;
            reset(recorded);
        }

        void reset(StateInstrumentView view) {
            this.recorded = view;
            this.status = view.status();
            this.signedOn = view.signedOn();
            this.depositedOn = view.depositedOn();
        }

        public InstrumentView getInstrument() {
            return instrument;
        }

        public StateInstrumentView getRecorded() {
            return recorded;
        }

        /** The statuses that fit this instrument: treaty steps for a treaty, a commitment for a political one. */
        public List<InstrumentStatus> getStatuses() {
            return java.util.Arrays.stream(InstrumentStatus.values())
                    .filter(s -> s.appliesTo(instrument.legallyBinding())).toList();
        }

        /** Whether the State is bound by (or committed to) the instrument, for the row's colour. */
        public boolean isBound() {
            return recorded.status().isBound();
        }

        public InstrumentStatus getStatus() {
            return status;
        }

        public void setStatus(InstrumentStatus status) {
            this.status = status;
        }

        public LocalDate getSignedOn() {
            return signedOn;
        }

        public void setSignedOn(LocalDate signedOn) {
            this.signedOn = signedOn;
        }

        public LocalDate getDepositedOn() {
            return depositedOn;
        }

        public void setDepositedOn(LocalDate depositedOn) {
            this.depositedOn = depositedOn;
        }
    }

    /** What the coordination body dialog edits. */
    public static final class BodyForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private BodyType type = BodyType.COMMISSION;
        private String name;
        private String legalBasis;
        private LocalDate establishedOn;
        private List<String> memberAgencies = new ArrayList<>();
        private int membersWomen;
        private int membersMen;
        private int leadersWomen;
        private int leadersMen;
        private long version;

        void fill(CoordinationBodyView body) {
            type = body == null ? BodyType.COMMISSION : body.type();
            name = body == null ? null : body.name();
            legalBasis = body == null ? null : body.legalBasis();
            establishedOn = body == null ? null : body.establishedOn();
            memberAgencies = body == null ? new ArrayList<>()
                    : new ArrayList<>(body.memberAgencies().stream().map(UUID::toString).toList());
            membersWomen = body == null ? 0 : body.membersWomen();
            membersMen = body == null ? 0 : body.membersMen();
            leadersWomen = body == null ? 0 : body.leadersWomen();
            leadersMen = body == null ? 0 : body.leadersMen();
            version = body == null ? 0 : body.version();
        }

        CoordinationBodyView toView(UUID state) {
            return new CoordinationBodyView(null, state, type, name, legalBasis, establishedOn,
                    memberAgencies.stream().map(UUID::fromString).toList(), membersWomen, membersMen, leadersWomen,
                    leadersMen, version);
        }

        public BodyType getType() { return type; }
        public void setType(BodyType type) { this.type = type; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getLegalBasis() { return legalBasis; }
        public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
        public LocalDate getEstablishedOn() { return establishedOn; }
        public void setEstablishedOn(LocalDate establishedOn) { this.establishedOn = establishedOn; }
        public List<String> getMemberAgencies() { return memberAgencies; }
        public void setMemberAgencies(List<String> memberAgencies) {
            this.memberAgencies = memberAgencies == null ? new ArrayList<>() : new ArrayList<>(memberAgencies);
        }
        public int getMembersWomen() { return membersWomen; }
        public void setMembersWomen(int membersWomen) { this.membersWomen = membersWomen; }
        public int getMembersMen() { return membersMen; }
        public void setMembersMen(int membersMen) { this.membersMen = membersMen; }
        public int getLeadersWomen() { return leadersWomen; }
        public void setLeadersWomen(int leadersWomen) { this.leadersWomen = leadersWomen; }
        public int getLeadersMen() { return leadersMen; }
        public void setLeadersMen(int leadersMen) { this.leadersMen = leadersMen; }
    }

    /** What the agency dialog edits: a new agency when {@code id} is null. */
    public static final class AgencyForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private AgencyId id;
        private AgencyType type = AgencyType.LAW_ENFORCEMENT;
        private String name;
        private String acronym;
        private long version;

        void fill(AgencyView agency) {
            id = agency == null ? null : agency.id();
            type = agency == null ? AgencyType.LAW_ENFORCEMENT : agency.type();
            name = agency == null ? null : agency.name();
            acronym = agency == null ? null : agency.acronym();
            version = agency == null ? 0 : agency.version();
        }

        public boolean isNew() { return id == null; }
        public AgencyType getType() { return type; }
        public void setType(AgencyType type) { this.type = type; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getAcronym() { return acronym; }
        public void setAcronym(String acronym) { this.acronym = acronym; }
    }

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

    /** Staff merge a probable duplicate into the person kept; every role and reference follows. */
    public void merge(DuplicateCandidate pair, boolean keepFirst) {
        PersonView keeper = keepFirst ? pair.first() : pair.second();
        PersonView duplicate = keepFirst ? pair.second() : pair.first();
        if (errors.attempt(() -> directory.merge(keeper.id(), keeper.version(), duplicate.id(), duplicate.version()),
                Map.of())) {
            refresh();
            Messages.info("state.duplicates.merged", duplicate.displayName(), keeper.displayName());
        }
    }

    public List<DuplicateCandidate> getDuplicates() {
        return duplicates;
    }

    /** Reads the State's entries again after a change made on the page. */
    void reload() {
        refresh();
    }

    /** Reads the State itself again, after its reference data changed. */
    void reloadState() {
        state = registry.stateByIsoCode(state.iso2()).orElse(state);
        refresh();
    }

    /** Every role of the State, current and ended. */
    public List<ContactView> getHistoryRoles() {
        return history;
    }

    private void refresh() {
        body = directory.coordinationBody(state.id()).orElse(null);
        agencies = directory.agencies(state.id());
        current = directory.currentContacts(state.id(), null);
        history = directory.history(state.id());
        permissions = directory.permissionsIn(state.id());
        editable = permissions.edit();
        duplicates = permissions.reviewDuplicates() ? directory.duplicates(state.id()) : List.of();
        Map<String, StateInstrumentView> statuses = new HashMap<>();
        reference.instrumentStatuses(state.id()).forEach(v -> statuses.put(v.instrumentCode(), v));
        instruments = reference.instruments().stream()
                .map(i -> new InstrumentRow(i, statuses.get(i.code()))).toList();
    }

    /** Saves the status staff edited in a row; on a refusal the row shows what is recorded again. */
    public void saveInstrument(InstrumentRow row) {
        boolean saved = errors.attempt(() -> row.reset(reference.recordInstrumentStatus(state.id(),
                row.instrument.id(), row.status, row.status.needsSignature() ? row.signedOn : null,
                row.status.needsDeposit() ? row.depositedOn : null, row.recorded.version())), Map.of());
        if (saved) {
            Messages.info("state.instruments.saved", row.instrument.code());
        } else {
            FacesContext.getCurrentInstance().validationFailed(); // the row stays open with what staff typed
        }
    }

    /** Puts back what is recorded when staff cancel a row's edit. */
    public void cancelInstrument(InstrumentRow row) {
        row.reset(row.recorded);
    }

    public List<InstrumentRow> getInstruments() {
        return instruments;
    }

    // ------------------------------------------------------------------ coordination body and agencies

    /** Opens the body dialog with what is recorded (or a blank commission). */
    public void editBody() {
        bodyForm.fill(body);
    }

    public void saveBody() {
        if (errors.attempt(() -> directory.saveCoordinationBody(bodyForm.toView(state.id().value())),
                BODY_FIELDS)) {
            refresh();
            Messages.info("state.body.saved");
            org.primefaces.PrimeFaces.current().executeScript("PF('bodyDialog').hide()");
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Opens the agency dialog for a new agency. */
    public void newAgency() {
        agencyForm.fill(null);
    }

    /** Opens the agency dialog on one of the State's agencies. */
    public void editAgency(AgencyView agency) {
        agencyForm.fill(agency);
    }

    public void saveAgency() {
        AgencyForm f = agencyForm;
        boolean saved = errors.attempt(() -> {
            if (f.isNew()) {
                directory.createAgency(state.id().value(), null, f.type, f.name, f.acronym);
            } else {
                directory.updateAgency(f.id, f.type, f.name, f.acronym, f.version);
            }
        }, AGENCY_FIELDS);
        if (saved) {
            refresh();
            Messages.info("state.agency.saved", f.name == null ? "" : f.name.strip());
            org.primefaces.PrimeFaces.current().executeScript("PF('agencyDialog').hide()");
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private static final Map<String, String> BODY_FIELDS = Map.of("type", "bodyForm:bodyType", "name",
            "bodyForm:bodyName", "legalBasis", "bodyForm:legalBasis", "establishedOn", "bodyForm:establishedOn",
            "memberAgencies", "bodyForm:memberAgencies", "members", "bodyForm:membersWomen", "leaders",
            "bodyForm:leadersWomen");

    private static final Map<String, String> AGENCY_FIELDS = Map.of("type", "agencyForm:agencyType", "name",
            "agencyForm:agencyName", "acronym", "agencyForm:agencyAcronym");

    public BodyForm getBodyForm() {
        return bodyForm;
    }

    public AgencyForm getAgencyForm() {
        return agencyForm;
    }

    public List<BodyType> getBodyTypes() {
        return List.of(BodyType.values());
    }

    public List<AgencyType> getAgencyTypes() {
        return List.of(AgencyType.values());
    }

    /** The latest date a signature or deposit can have. */
    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    /** Staff record the States' instrument statuses; everyone else reads them. */
    public boolean isInstrumentsEditable() {
        return permissions.recordInstruments();
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
                .name("salwhub-" + state.iso2().toLowerCase(Locale.ROOT) + "-" + LocalDate.now(clock) + ".vcf")
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
