package org.salwhub.registry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.InstrumentEdit;
import org.salwhub.registry.api.InstrumentId;
import org.salwhub.registry.api.InstrumentKind;
import org.salwhub.registry.api.InstrumentStatus;
import org.salwhub.registry.api.InstrumentView;
import org.salwhub.registry.api.RegionalGroup;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateInstrumentView;
import org.salwhub.registry.api.StateReference;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.UnStatus;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;

/**
 * The reference-data boundary with EclipseLink on the migrated in-memory H2: the entity mappings fit the
 * migrations, reads are public, changes are for staff and version-checked. Transactions are begun by the test,
 * as the container would.
 */
class ReferenceDataServiceTest {

    private static final String URL = "jdbc:h2:mem:reference-data-service;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
    private static final Caller STAFF = new Caller("staff", Set.of(Role.CENTRE_STAFF), null, null);

    private static Connection keepAlive;
    private static EntityManagerFactory factory;

    private final ReferenceDataService service = new ReferenceDataService();
    private Caller caller = STAFF;
    private EntityManager em;

    @BeforeAll
    static void migrate() throws SQLException {
        keepAlive = DriverManager.getConnection(URL, "sa", "");
        Flyway.configure().dataSource(URL, "sa", "")
                .locations("classpath:db/migration/registry")
                .table("flyway_registry_history")
                .placeholders(Map.of("clob", "CLOB", "timestamp", "TIMESTAMP(6)"))
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("registry-test", Map.of(
                "jakarta.persistence.jdbc.url", URL, "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
    }

    @AfterAll
    static void close() throws SQLException {
        factory.close();
        keepAlive.close();
    }

    @BeforeEach
    void open() {
        em = factory.createEntityManager();
        service.em = em;
        service.callers = CallerContext.of(() -> caller);
        service.clock = java.time.Clock.systemUTC();
    }

    @AfterEach
    void cleanUp() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    /** One call in its own transaction, rolled back when it throws (as the container does). */
    private <T> T call(Supplier<T> work) {
        em.clear();
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        try {
            T value = work.get();
            transaction.commit();
            return value;
        } catch (RuntimeException e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw e;
        }
    }

    private StateId state(String iso2) {
        return em.createNamedQuery("State.byIso2", org.salwhub.registry.entity.State.class).setParameter("iso2", iso2)
                .getSingleResult().stateId();
    }

    private InstrumentId instrument(String code) {
        return service.instrumentByCode(code).orElseThrow().id();
    }

    // ------------------------------------------------------------ reads

    @Test
    void theInstrumentsGlobalFirstThenByAdoption() {
        caller = Caller.ANONYMOUS;
        List<InstrumentView> instruments = service.instruments();
        assertEquals(List.of("FIREARMS_PROTOCOL", "POA", "ITI", "ATT", "CIFTA", "SADC_PROTOCOL", "NAIROBI_PROTOCOL",
                "ECOWAS_CONVENTION", "KINSHASA_CONVENTION"), instruments.stream().map(InstrumentView::code).toList());
        InstrumentView poa = service.instrumentByCode(" poa ").orElseThrow();
        assertEquals(InstrumentKind.GLOBAL, poa.kind());
        assertFalse(poa.legallyBinding());
        assertEquals(LocalDate.of(2001, 7, 20), poa.adoptedOn());
        assertEquals(poa, service.instrument(poa.id()).orElseThrow());
        assertTrue(service.instrumentByCode("NONE").isEmpty());
        assertTrue(service.instrument(new InstrumentId(UUID.randomUUID())).isEmpty());
    }

    @Test
    void aStateWithNothingRecordedIsPartyToNothing() {
        caller = Caller.ANONYMOUS;
        List<StateInstrumentView> statuses = service.instrumentStatuses(state("DJ"));
        assertEquals(9, statuses.size());
        assertTrue(statuses.stream().allMatch(s -> s.status() == InstrumentStatus.NOT_PARTY && s.version() == 0));
        assertThrows(NotFoundException.class, () -> service.instrumentStatuses(new StateId(UUID.randomUUID())));
    }

    @Test
    void unStatesByGroupAndSubregion() {
        caller = Caller.ANONYMOUS;
        List<StateView> all = service.unStates(null, null);
        assertEquals(195, all.size());
        assertTrue(all.stream().allMatch(s -> s.unStatus() != UnStatus.NON_MEMBER));
        List<StateView> eastAfrica = service.unStates(RegionalGroup.AFRICAN, Subregion.EASTERN_AFRICA);
        assertTrue(eastAfrica.stream().map(StateView::iso2).toList().containsAll(List.of("KE", "SS", "UG", "TZ", "ET")));
        assertTrue(eastAfrica.stream().allMatch(s -> s.subregion() == Subregion.EASTERN_AFRICA && s.developing()));
        assertEquals(54, service.unStates(RegionalGroup.AFRICAN, null).size());
        assertEquals(List.of("PS"), service.unStates(RegionalGroup.ASIA_PACIFIC, null).stream()
                .filter(s -> s.unStatus() == UnStatus.OBSERVER).map(StateView::iso2).toList());
        List<String> westernAsia = service.unStates(null, Subregion.WESTERN_ASIA).stream().map(StateView::iso2).toList();
        assertTrue(westernAsia.containsAll(List.of("IL", "TR", "CY", "GE", "PS")));
        StateView kenya = all.stream().filter(s -> s.iso2().equals("KE")).findFirst().orElseThrow();
        assertEquals(RegionalGroup.AFRICAN, kenya.regionalGroup());
        assertEquals("Kenya", kenya.name().en());
    }

    // ------------------------------------------------------------ statuses

    @Test
    void staffRecordASignatureThenARatification() {
        StateId kenya = state("KE");
        InstrumentId att = instrument("ATT");
        StateInstrumentView signed = call(() -> service.recordInstrumentStatus(kenya, att, InstrumentStatus.SIGNED,
                LocalDate.of(2013, 9, 25), null, 0));
        assertEquals(InstrumentStatus.SIGNED, signed.status());
        assertEquals(1, signed.version());
        StateInstrumentView ratified = call(() -> service.recordInstrumentStatus(kenya, att, InstrumentStatus.RATIFIED,
                LocalDate.of(2013, 9, 25), LocalDate.of(2015, 1, 10), signed.version()));
        assertEquals(2, ratified.version());
        assertEquals(ratified, service.instrumentStatuses(kenya).stream()
                .filter(s -> s.instrumentCode().equals("ATT")).findFirst().orElseThrow());
        assertEquals(List.of(ratified), service.statesOf(att));
    }

    @Test
    void aStaleVersionIsAConflict() {
        StateId uganda = state("UG");
        InstrumentId nairobi = instrument("NAIROBI_PROTOCOL");
        call(() -> service.recordInstrumentStatus(uganda, nairobi, InstrumentStatus.SIGNED, LocalDate.of(2004, 4, 21),
                null, 0));
        VersionConflictException conflict = assertThrows(VersionConflictException.class, () -> call(() ->
                service.recordInstrumentStatus(uganda, nairobi, InstrumentStatus.SIGNED, LocalDate.of(2004, 4, 22), null, 0)));
        assertEquals(1, conflict.actualVersion());
        assertEquals(LocalDate.of(2004, 4, 21), service.statesOf(nairobi).get(0).signedOn());
        assertThrows(VersionConflictException.class, () -> call(() -> service.recordInstrumentStatus(state("RW"), nairobi,
                InstrumentStatus.SIGNED, LocalDate.of(2004, 4, 21), null, 3)));
    }

    @Test
    void badDatesAreFieldErrorsAndNothingIsStored() {
        StateId sudan = state("SD");
        InstrumentId att = instrument("ATT");
        ValidationException invalid = assertThrows(ValidationException.class, () -> call(() ->
                service.recordInstrumentStatus(sudan, att, InstrumentStatus.RATIFIED, LocalDate.of(2012, 1, 1),
                        LocalDate.now().plusDays(3), 0)));
        assertEquals(List.of(FieldError.of("signedOn", "date.beforeAdoption", "2013-04-02"),
                FieldError.of("depositedOn", "date.future")), invalid.errors());
        assertTrue(service.statesOf(att).stream().noneMatch(s -> s.state().equals(sudan)));
    }

    @Test
    void onlyStaffRecordStatuses() {
        StateId burundi = state("BI");
        caller = new Caller("fp.burundi", Set.of(Role.FOCAL_POINT), burundi.value(), null);
        assertThrows(AccessDeniedException.class, () -> call(() -> service.recordInstrumentStatus(burundi,
                instrument("POA"), InstrumentStatus.COMMITTED, null, null, 0)));
        caller = Caller.ANONYMOUS;
        assertThrows(AccessDeniedException.class, () -> call(() -> service.recordInstrumentStatus(burundi,
                instrument("POA"), InstrumentStatus.COMMITTED, null, null, 0)));
        caller = Caller.SYSTEM;
        assertEquals(InstrumentStatus.COMMITTED, call(() -> service.recordInstrumentStatus(burundi, instrument("POA"),
                InstrumentStatus.COMMITTED, null, null, 0)).status());
    }

    @Test
    void unknownStateOrInstrument() {
        assertThrows(NotFoundException.class, () -> call(() -> service.recordInstrumentStatus(
                new StateId(UUID.randomUUID()), instrument("ATT"), InstrumentStatus.SIGNED, LocalDate.of(2014, 1, 1), null, 0)));
        assertThrows(NotFoundException.class, () -> call(() -> service.recordInstrumentStatus(state("KE"),
                new InstrumentId(UUID.randomUUID()), InstrumentStatus.SIGNED, LocalDate.of(2014, 1, 1), null, 0)));
        assertThrows(NotFoundException.class, () -> service.statesOf(new InstrumentId(UUID.randomUUID())));
    }

    // ------------------------------------------------------------ an instrument's titles and adoption

    @Test
    void staffCorrectAnInstrument() {
        InstrumentView sadc = service.instrumentByCode("SADC_PROTOCOL").orElseThrow();
        InstrumentView corrected = call(() -> service.updateInstrument(sadc.id(), new InstrumentEdit(
                " SADC Protocol on the Control of Firearms ", sadc.name().fr(), sadc.name().ar(), LocalDate.of(2001, 8, 15)),
                sadc.version()));
        assertEquals("SADC Protocol on the Control of Firearms", corrected.name().en());
        assertEquals(LocalDate.of(2001, 8, 15), corrected.adoptedOn());
        assertEquals(sadc.version() + 1, corrected.version());
        assertThrows(VersionConflictException.class, () -> call(() -> service.updateInstrument(sadc.id(),
                InstrumentEdit.of(sadc), sadc.version())));
        call(() -> service.updateInstrument(sadc.id(), InstrumentEdit.of(sadc), corrected.version()));
        assertEquals(sadc.name(), service.instrument(sadc.id()).orElseThrow().name());
    }

    @Test
    void anInstrumentsAdoptionPrecedesEveryRecordedDate() {
        InstrumentView ecowas = service.instrumentByCode("ECOWAS_CONVENTION").orElseThrow();
        call(() -> service.recordInstrumentStatus(state("GH"), ecowas.id(), InstrumentStatus.SIGNED,
                LocalDate.of(2006, 6, 14), null, 0));
        ValidationException invalid = assertThrows(ValidationException.class, () -> call(() -> service.updateInstrument(
                ecowas.id(), new InstrumentEdit("", null, null, LocalDate.of(2006, 6, 15)), ecowas.version())));
        assertEquals(List.of(FieldError.of("nameEn", "required"),
                FieldError.of("adoptedOn", "date.afterRecordedDates", "2006-06-14")), invalid.errors());
        invalid = assertThrows(ValidationException.class, () -> call(() -> service.updateInstrument(ecowas.id(),
                new InstrumentEdit(ecowas.name().en(), null, null, LocalDate.now().plusDays(1)), ecowas.version())));
        assertEquals(List.of(FieldError.of("adoptedOn", "date.future")), invalid.errors());
        caller = new Caller("donor.eu", Set.of(Role.DONOR), null, UUID.randomUUID());
        assertThrows(AccessDeniedException.class, () -> call(() -> service.updateInstrument(ecowas.id(),
                InstrumentEdit.of(ecowas), ecowas.version())));
    }

    // ------------------------------------------------------------ a State's reference fields

    @Test
    void staffUpdateAStatesReferenceFields() {
        StateId niue = state("NU");
        StateView before = service.unStates(null, null).stream().filter(s -> s.iso2().equals("NU")).findFirst()
                .orElse(null);
        assertNull(before, "Niue is no UN Member State");
        StateView updated = call(() -> service.updateStateReference(niue, new StateReference("Niue", "Niue", "نيوي",
                UnStatus.MEMBER, RegionalGroup.ASIA_PACIFIC, Subregion.POLYNESIA, true), 0));
        assertEquals(UnStatus.MEMBER, updated.unStatus());
        assertEquals(1, updated.version());
        assertTrue(service.unStates(RegionalGroup.ASIA_PACIFIC, Subregion.POLYNESIA).contains(updated));
        assertThrows(VersionConflictException.class, () -> call(() -> service.updateStateReference(niue,
                StateReference.of(updated), 0)));
        StateView back = call(() -> service.updateStateReference(niue, new StateReference("Niue", "Niue", "نيوي",
                UnStatus.NON_MEMBER, null, Subregion.POLYNESIA, true), 1));
        assertEquals(UnStatus.NON_MEMBER, back.unStatus());
    }

    @Test
    void aStatesReferenceFieldsAreValidated() {
        StateId kiribati = state("KI");
        ValidationException invalid = assertThrows(ValidationException.class, () -> call(() ->
                service.updateStateReference(kiribati, new StateReference(" ", null, null, UnStatus.MEMBER, null,
                        Subregion.MICRONESIA, true), 0)));
        assertEquals(List.of(FieldError.of("nameEn", "required"), FieldError.of("regionalGroup", "required")),
                invalid.errors());
        invalid = assertThrows(ValidationException.class, () -> call(() ->
                service.updateStateReference(kiribati, new StateReference("Kiribati", "x".repeat(201), null,
                        UnStatus.NON_MEMBER, RegionalGroup.ASIA_PACIFIC, null, null), 0)));
        assertEquals(List.of(FieldError.of("nameFr", "tooLong", 200), FieldError.of("regionalGroup", "regionalGroup.nonMember")),
                invalid.errors());
        caller = new Caller("reviewer", Set.of(Role.REVIEWER), null, null);
        assertThrows(AccessDeniedException.class, () -> call(() -> service.updateStateReference(kiribati,
                new StateReference("Kiribati", null, null, UnStatus.MEMBER, RegionalGroup.ASIA_PACIFIC, null, true), 0)));
    }
}
