package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salwhub.fellowship.api.CallCriterion;
import org.salwhub.fellowship.api.CallDeadlines;
import org.salwhub.fellowship.api.CallDetails;
import org.salwhub.fellowship.api.CallEligibility;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.FellowNomination;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.NominationAgeBand;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.fellowship.api.NominationFile;
import org.salwhub.fellowship.api.NominationRequest;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.web.audit.AuditAction;
import org.salwhub.web.audit.AuditRecord;
import org.salwhub.web.audit.AuditTrail;
import org.salwhub.web.audit.ConflictExplainer;
import org.salwhub.web.persistence.DatabaseMigrator;
import org.salwhub.web.security.AccountLookup;
import org.salwhub.web.security.Accounts;
import org.salwhub.web.security.NewAccount;
import org.salwhub.web.security.SignIn;
import org.salwhub.web.security.SystemCalls;

/**
 * Runs inside the deployed application: the shared persistence unit, the
 * per-module migrations, the audit trail, version conflicts and lockout.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(PlatformIT.class, Deployments.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryFacade registry;

    @Inject
    AuditTrail audit;

    @Inject
    ConflictExplainer conflicts;

    @Inject
    Accounts accounts;

    @Inject
    IdentityStoreHandler identityStores;

    @Resource
    UserTransaction transaction;

    @Test
    void oneUnitHoldsTheEntitiesOfEveryModuleJar() {
        Set<String> entities = em.getMetamodel().getEntities().stream().map(EntityType::getName)
                .collect(Collectors.toSet());
        assertTrue(entities.containsAll(Set.of("State", "Organisation", "UserAccount", "ApiToken", "AuditEntry")),
                "entities: " + entities);
    }

    @Test
    void everyModuleHasItsOwnMigrationHistory() {
        for (String module : DatabaseMigrator.MODULES) {
            Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM flyway_" + module + "_history")
                    .getSingleResult();
            assertTrue(rows.intValue() >= 1, "history of " + module);
        }
        Number applied = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM flyway_registry_history WHERE success = TRUE AND version IN ('1', '2', '3')")
                .getSingleResult();
        assertEquals(3, applied.intValue());
        Number web = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM flyway_web_history WHERE success = TRUE AND version = '1'").getSingleResult();
        assertEquals(1, web.intValue());
    }

    @Test
    void statesComeFromIsoDataWithArabicAndFrenchNames() {
        assertTrue(registry.states().size() >= 240);
        StateView kenya = registry.stateByIsoCode("KE").orElseThrow();
        assertEquals("KEN", kenya.iso3());
        assertEquals("كينيا", kenya.name().in(Locale.forLanguageTag("ar")));
        StateView chad = registry.stateByIsoCode("td").orElseThrow();
        assertEquals("Tchad", chad.name().in(Locale.FRENCH));
        assertTrue(registry.memberStates().stream().anyMatch(s -> s.iso2().equals("SD")), "demo members loaded");
    }

    @Test
    void aChangeIsAuditedWithWhoWhenAndBeforeAndAfter() {
        StateView norway = registry.stateByIsoCode("NO").orElseThrow();
        SystemCalls.runAs("it:auditor", () -> registry.admitToCommission(norway.id(), LocalDate.of(2024, 5, 2),
                norway.version()));

        List<AuditRecord> history = SystemCalls.runAs("it:reader",
                () -> audit.history("State", norway.id().toString()));
        AuditRecord latest = history.get(0);
        assertEquals(AuditAction.UPDATE, latest.action());
        assertEquals("it:auditor", latest.actor());
        assertTrue(latest.changes().stream().anyMatch(c -> c.field().equals("commissionMember")
                && "false".equals(c.from()) && "true".equals(c.to())), "changes: " + latest.changes());
        assertTrue(latest.changes().stream().anyMatch(c -> c.field().equals("memberSince")
                && c.from() == null && "2024-05-02".equals(c.to())), "changes: " + latest.changes());
    }

    @Test
    void aRolledBackChangeLeavesNoAuditRow() throws Exception {
        StateView iceland = registry.stateByIsoCode("IS").orElseThrow();
        transaction.begin();
        SystemCalls.runAs("it:rollback", () -> registry.admitToCommission(iceland.id(), LocalDate.of(2020, 1, 1),
                iceland.version()));
        transaction.rollback();

        assertFalse(registry.state(iceland.id()).orElseThrow().commissionMember());
        List<AuditRecord> history = SystemCalls.runAs("it:reader",
                () -> audit.history("State", iceland.id().toString()));
        assertTrue(history.stream().noneMatch(r -> r.actor().equals("it:rollback")), "history: " + history);
    }

    @Test
    void aStaleVersionIsRefusedAndExplainedFromTheAuditTrail() {
        StateView fiji = registry.stateByIsoCode("FJ").orElseThrow();
        SystemCalls.runAs("it:first-editor", () -> registry.admitToCommission(fiji.id(), LocalDate.of(2021, 3, 4),
                fiji.version()));

        VersionConflictException conflict = assertThrows(VersionConflictException.class,
                () -> SystemCalls.runAs("it:second-editor", () -> registry.admitToCommission(fiji.id(),
                        LocalDate.of(2022, 1, 1), fiji.version())));
        String explanation = conflicts.explain(conflict, Locale.ENGLISH);
        assertTrue(explanation.contains("it:first-editor"), explanation);
        assertTrue(explanation.contains("memberSince") && explanation.contains("2021-03-04"), explanation);
        assertEquals(LocalDate.of(2021, 3, 4), registry.state(fiji.id()).orElseThrow().memberSince(),
                "the second edit changed nothing");
    }

    @Test
    void onlyStaffMayChangeReferenceData() {
        StateView peru = registry.stateByIsoCode("PE").orElseThrow();
        assertThrows(AccessDeniedException.class,
                () -> registry.admitToCommission(peru.id(), LocalDate.now(), peru.version()));
    }

    @Test
    void aLockedAccountCannotSignInEvenWithTheRightPassword() {
        String username = "it-lock-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Correct-horse-42";
        SystemCalls.runAs("it:setup", () -> accounts.createAtStartup(new NewAccount(username, "Lock Test", null,
                Set.of(Role.REVIEWER), null, null, "en", password), false));
        long version = versionOf(username);

        assertEquals(SignIn.Outcome.SUCCESS, accounts.authenticate(username, password).outcome());
        for (int i = 1; i <= 4; i++) {
            assertEquals(SignIn.Outcome.INVALID, accounts.authenticate(username, "wrong-" + i).outcome());
        }
        assertEquals(SignIn.Outcome.LOCKED, accounts.authenticate(username, "wrong-5").outcome());
        assertEquals(SignIn.Outcome.LOCKED, accounts.authenticate(username, password).outcome());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStores.validate(new UsernamePasswordCredential(username, password)).getStatus());
        assertEquals(version, versionOf(username), "sign-in bookkeeping must not bump the version");
    }

    @Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /** Issue 17: sixteen wrong passwords sent eight at a time lock the account as surely as five in a row. */
    @Test
    void wrongPasswordsSentInParallelLockTheAccount() throws Exception {
        String username = "it-race-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Correct-horse-42";
        SystemCalls.runAs("it:setup", () -> accounts.createAtStartup(new NewAccount(username, "Race Test", null,
                Set.of(Role.REVIEWER), null, null, "en", password), false));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<SignIn.Outcome>> replies = new java.util.ArrayList<>();
        for (int batch = 0; batch < 2; batch++) {
            for (int i = 0; i < 8; i++) {
                String wrong = "wrong-" + batch + "-" + i;
                replies.add(executor.submit(() -> {
                    start.await();
                    return accounts.authenticate(username, wrong).outcome();
                }));
            }
        }
        start.countDown();
        for (var reply : replies) {
            assertTrue(reply.get(60, java.util.concurrent.TimeUnit.SECONDS) != SignIn.Outcome.SUCCESS);
        }
        assertEquals(SignIn.Outcome.LOCKED, accounts.authenticate(username, password).outcome(),
                "16 wrong passwords in parallel must lock the account");
    }

    @Inject
    org.salwhub.registry.api.directory.DirectoryFacade directory;

    @Test
    void theDirectoryBoundaryRefusesAFocalPointOutsideTheirState() {
        StateView kenya = registry.stateByIsoCode("KE").orElseThrow();
        StateView sudan = registry.stateByIsoCode("SD").orElseThrow();
        // Burundi's focal point: DirectoryIT expects Kenya's seeded entries to stay due and stale, so this test
        // confirms another State's
        StateView burundi = registry.stateByIsoCode("BI").orElseThrow();
        org.salwhub.registry.api.kernel.Caller focalPoint = new org.salwhub.registry.api.kernel.Caller("fp.burundi",
                Set.of(Role.FOCAL_POINT), burundi.id().value(), null);
        var sudanese = new org.salwhub.registry.api.directory.PersonDetails(sudan.id().value(), null, null, null, "Ali",
                "Hassan", null, org.salwhub.registry.api.directory.Sex.MALE, List.of("ar"), null, null, null, null,
                null, null);
        assertThrows(AccessDeniedException.class, () -> SystemCalls.runAs("ui", focalPoint,
                () -> directory.createPerson(sudanese)));
        assertThrows(AccessDeniedException.class, () -> SystemCalls.runAs("ui", focalPoint,
                () -> directory.confirmState(sudan.id())));
        assertThrows(AccessDeniedException.class, () -> SystemCalls.runAs("ui", focalPoint,
                () -> directory.duplicates(kenya.id())));
        assertTrue(SystemCalls.runAs("ui", focalPoint, () -> directory.confirmState(burundi.id())) >= 1);
        assertFalse(SystemCalls.runAs("ui", focalPoint, () -> directory.mayEdit(sudan.id())));
    }

    @Test
    void theRegistryFacadeFindsPersonsListsAStatesContactsByRoleAndChecksTheCallersScope() {
        StateView burundi = registry.stateByIsoCode("BI").orElseThrow();
        StateView sudan = registry.stateByIsoCode("SD").orElseThrow();
        org.salwhub.registry.api.kernel.Caller focalPoint = new org.salwhub.registry.api.kernel.Caller("fp.burundi",
                Set.of(Role.FOCAL_POINT), burundi.id().value(), null);
        org.salwhub.registry.api.kernel.Caller donor = new org.salwhub.registry.api.kernel.Caller("donor.eu",
                Set.of(Role.DONOR), null, registry.organisationByAcronym("EU").map(o -> o.id().value()).orElse(null));
        assertTrue(SystemCalls.runAs("ui", focalPoint, () -> registry.inScope(burundi.id())));
        assertFalse(SystemCalls.runAs("ui", focalPoint, () -> registry.inScope(sudan.id())));
        assertFalse(SystemCalls.runAs("ui", donor, () -> registry.inScope(burundi.id())), "a donor acts for no State");
        assertTrue(SystemCalls.runAs("it:scope", () -> registry.inScope(sudan.id())), "staff act for every State");

        var poa = org.salwhub.registry.api.directory.RoleType.POA_NPC;
        var all = SystemCalls.runAs("ui", donor, () -> registry.currentContacts(burundi.id(), null));
        var poaOnly = SystemCalls.runAs("ui", donor, () -> registry.currentContacts(burundi.id(), poa));
        assertFalse(poaOnly.isEmpty(), "the demo data gives Burundi a PoA point of contact");
        assertTrue(poaOnly.stream().allMatch(c -> c.roleType() == poa && c.current()
                && c.stateId().equals(burundi.id().value())), poaOnly.toString());
        assertTrue(all.size() > poaOnly.size() && all.containsAll(poaOnly), "every role, or the one asked for");

        var ids = poaOnly.stream().map(c -> c.personId()).distinct().toList();
        var persons = SystemCalls.runAs("ui", donor, () -> registry.persons(ids));
        assertEquals(Set.copyOf(ids), persons.stream().map(p -> p.id()).collect(java.util.stream.Collectors.toSet()));
        assertThrows(AccessDeniedException.class, () -> SystemCalls.runAs("ui",
                org.salwhub.registry.api.kernel.Caller.ANONYMOUS, () -> registry.persons(ids)), "not for anonymous");
    }

    @Test
    void appointingSomeoneNewSavesNothingWhenTheRoleIsRefused() {
        StateView burundi = registry.stateByIsoCode("BI").orElseThrow();
        String email = "appointee." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var details = new org.salwhub.registry.api.directory.PersonDetails(burundi.id().value(), null, null, null,
                "Aline", "Ndikumana", null, org.salwhub.registry.api.directory.Sex.FEMALE, List.of("fr"), email, null,
                null, null, null, null);
        // a role that starts two years ahead is refused: the new person must not be left behind without a role
        assertThrows(org.salwhub.registry.api.kernel.ValidationException.class, () -> SystemCalls.runAs("it:appoint",
                () -> directory.appoint(details, org.salwhub.registry.api.directory.RoleType.REGIONAL_LIAISON,
                        LocalDate.now().plusYears(2))));
        assertEquals(0, personsWithEmail(email), "no person saved when the role is refused");

        var appointed = SystemCalls.runAs("it:appoint", () -> directory.appoint(details,
                org.salwhub.registry.api.directory.RoleType.REGIONAL_LIAISON, LocalDate.now()));
        assertEquals(1, personsWithEmail(email));
        assertEquals(org.salwhub.registry.api.directory.RoleType.REGIONAL_LIAISON, appointed.roleType());
        assertEquals(burundi.id().value(), appointed.stateId());
        assertTrue(appointed.current());
        SystemCalls.runAs("it:appoint", () -> directory.endRole(appointed.roleId(), LocalDate.now(), "test over",
                appointed.version()));
    }

    private long personsWithEmail(String email) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM reg_person WHERE email_lower = ?")
                .setParameter(1, email.toLowerCase(Locale.ROOT)).getSingleResult()).longValue();
    }

    @Inject
    org.salwhub.meetings.api.MeetingsFacade meetings;

    @Test
    void aPersonsProfileListsTheMeetingsTheyRegisteredFor() {
        var registered = SystemCalls.runAs("it:profile", () -> meetings.meetings(
                org.salwhub.meetings.api.MeetingQuery.all()).stream()
                .flatMap(m -> meetings.registrations(m.id()).stream()).findFirst().orElseThrow());
        var participation = SystemCalls.runAs("it:profile", () -> meetings.participationOf(registered.person()));
        assertTrue(participation.stream().anyMatch(p -> p.meeting().id().equals(registered.meeting())
                && p.status() == registered.status() && p.role() == registered.role()), participation.toString());
        assertTrue(SystemCalls.runAs("it:profile", () -> meetings.participationOf(UUID.randomUUID())).isEmpty(),
                "nobody else's meetings");
        assertThrows(AccessDeniedException.class, () -> SystemCalls.runAs("it:profile",
                org.salwhub.registry.api.kernel.Caller.ANONYMOUS, () -> meetings.participationOf(registered.person())),
                "signed-in callers only");
    }

    @Test
    void mergingADuplicateMovesItsMeetingRegistrationsToThePersonKept() {
        StateView burundi = registry.stateByIsoCode("BI").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 8);
        var keeper = SystemCalls.runAs("it:merge", () -> directory.createPerson(burundiPerson(burundi, run, "keeper")));
        var duplicate = SystemCalls.runAs("it:merge", () -> directory.createPerson(burundiPerson(burundi, run,
                "duplicate")));
        var meeting = SystemCalls.runAs("it:merge", () -> meetings.meetings(org.salwhub.meetings.api.MeetingQuery.all())
                .stream().filter(m -> m.status() == org.salwhub.meetings.api.MeetingStatus.REGISTRATION_OPEN)
                .findFirst().orElseThrow());
        SystemCalls.runAs("it:merge", () -> meetings.register(new org.salwhub.meetings.api.NewRegistration(
                meeting.id(), duplicate.id().value(), org.salwhub.meetings.api.ParticipantCategory.STATE_DELEGATE,
                burundi.id().value(), null, org.salwhub.meetings.api.DelegationRole.MEMBER, true, false, null)));

        SystemCalls.runAs("it:merge", () -> directory.merge(keeper.id(), keeper.version(), duplicate.id(),
                duplicate.version()));

        assertTrue(SystemCalls.runAs("it:merge", () -> meetings.participationOf(keeper.id().value())).stream()
                .anyMatch(p -> p.meeting().id().equals(meeting.id())), "the registration follows the merge");
        assertTrue(SystemCalls.runAs("it:merge", () -> meetings.participationOf(duplicate.id().value())).isEmpty());
        assertTrue(SystemCalls.runAs("it:merge", () -> meetings.registrations(meeting.id())).stream()
                .anyMatch(r -> r.person().equals(keeper.id().value()) && r.personName().contains("Ndayishimiye")));
    }

    @Inject
    FellowshipFacade fellowships;

    @Inject
    AccountLookup accountLookup;

    @Test
    void mergingADuplicateMovesAFellowsAccountToThePersonKeptWithTheirNominations() {
        StateView burundi = registry.stateByIsoCode("BI").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 8);
        var keeper = SystemCalls.runAs("it:merge", () -> directory.createPerson(burundiPerson(burundi, run, "kept")));
        var duplicate = SystemCalls.runAs("it:merge", () -> directory.createPerson(burundiPerson(burundi, run,
                "retired")));
        // the duplicate record was nominated, and its fellow account acts for it
        LocalDate today = LocalDate.now();
        CallView call = SystemCalls.runAs("it:merge", () -> {
            CallView draft = fellowships.createCall(new CallDetails("Merge fellowship " + run, null, null, 4,
                    List.of("fr"), CallEligibility.any(), 2, 50, 50,
                    new CallDeadlines(today.plusDays(10), null, null, null), 1, List.of(),
                    List.of(new CallCriterion(null, "Need", 100)), null));
            return fellowships.moveCall(draft.id(), CallStatus.OPEN, draft.version());
        });
        NominationView nominated = SystemCalls.runAs("it:merge", () -> fellowships.nominate(call.id(),
                new NominationRequest(burundi.id().value(), duplicate.id(), null,
                        new NominationApplication("Officier de police", "Police nationale du Burundi",
                                org.salwhub.registry.api.directory.AgencyType.LAW_ENFORCEMENT, null, 6,
                                "Pour le marquage des armes", List.of("fr"),
                                org.salwhub.registry.api.directory.Sex.MALE, NominationAgeBand.FROM_30_TO_39),
                        new NominationFile("note-verbale.pdf", "application/pdf",
                                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))));
        String username = "fellow.merge." + run;
        SystemCalls.runAs("it:setup", () -> accounts.createAtStartup(new NewAccount(username, "Eric Ndayishimiye",
                null, Set.of(Role.FELLOW), null, null, duplicate.id().value(), "fr", "Fellow-merge-" + run), false));
        assertEquals(duplicate.id().value(), accountLookup.activeCaller(username).orElseThrow().personId());

        SystemCalls.runAs("it:merge", () -> directory.merge(keeper.id(), keeper.version(), duplicate.id(),
                duplicate.version()));

        // the account now acts for the person kept, a live record (as every request looks the account up again)
        org.salwhub.registry.api.kernel.Caller fellow = accountLookup.activeCaller(username).orElseThrow();
        assertEquals(keeper.id().value(), fellow.personId(), "the account follows the merge");
        var resolved = SystemCalls.runAs("it:merge", () -> directory.person(keeper.id())).orElseThrow();
        assertEquals(null, resolved.mergedInto());
        assertFalse(resolved.anonymised());
        assertEquals(keeper.id().value(), SystemCalls.runAs("it:merge", () -> directory.person(duplicate.id()))
                .orElseThrow().mergedInto(), "the retired record points to the one kept");
        // ... and still sees their own nomination, now the kept person's, with its call
        List<FellowNomination> mine = SystemCalls.runAs("ui", fellow, () -> fellowships.myNominations());
        assertEquals(List.of(nominated.id()), mine.stream().map(m -> m.nomination().id()).toList(), mine.toString());
        assertEquals(keeper.id(), mine.get(0).nomination().personId());
        assertEquals(call.id(), mine.get(0).call().id());
        assertEquals(nominated.id(), SystemCalls.runAs("ui", fellow, () -> fellowships.nomination(nominated.id()))
                .orElseThrow().id());
        assertEquals(List.of(call.id()), SystemCalls.runAs("ui", fellow, () -> fellowships.calls()).stream()
                .map(CallView::id).toList(), "the calls they were nominated to, and no other");
        // the move is a change of the account like any other: audited, under the merge's name
        List<AuditRecord> history = SystemCalls.runAs("it:reader", () -> audit.history("UserAccount",
                accountLookup.account(username).orElseThrow().id()));
        assertTrue(history.stream().anyMatch(r -> r.action() == AuditAction.UPDATE && r.actor().equals("it:merge")
                && r.changes().stream().anyMatch(c -> keeper.id().toString().equals(c.to()))), history.toString());
    }

    @Test
    void aPasswordResetRevokesTheAccountsTokensInTheAuditTrailUnderTheAdministratorsName() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String username = "reset." + run;
        String password = "Reset-passphrase-" + run;
        SystemCalls.runAs("it:setup", () -> accounts.createAtStartup(new NewAccount(username, "Reset Tester", null,
                Set.of(Role.REVIEWER), null, null, null, "en", password), false));
        var first = accounts.issueToken(username, password, "script one").orElseThrow();
        var second = accounts.issueToken(username, password, "script two").orElseThrow();
        String id = accountLookup.account(username).orElseThrow().id();

        var reset = SystemCalls.runAs("it:admin", () -> accounts.resetPassword(id));
        assertEquals(2, reset.revokedTokens(), "both tokens, in the reset's transaction");
        assertTrue(reset.account().mustChangePassword());
        assertTrue(accountLookup.accountForToken(first.secret()).isEmpty(), "revoked");
        assertTrue(accountLookup.accountForToken(second.secret()).isEmpty(), "revoked");
        for (var token : List.of(first, second)) {
            List<AuditRecord> history = SystemCalls.runAs("it:reader", () -> audit.history("ApiToken",
                    token.token().id()));
            assertTrue(history.stream().anyMatch(r -> r.action() == AuditAction.UPDATE && r.actor().equals("it:admin")
                    && r.changes().stream().anyMatch(c -> c.field().equals("revokedAt") && c.from() == null
                    && c.to() != null)), history.toString());
        }
        // a second reset finds nothing left to revoke
        assertEquals(0, SystemCalls.runAs("it:admin", () -> accounts.resetPassword(id)).revokedTokens());
    }

    @Test
    void theDemoHasAnEndedProgrammeWhoseFellowIsAnAlumnaOnHerProfile() {
        // Kenya's ATT point of contact, as her profile page reads her: her nominations, their calls, her meetings
        StateView kenya = registry.stateByIsoCode("KE").orElseThrow();
        var achieng = SystemCalls.runAs("it:demo", () -> directory.currentContacts(kenya.id(),
                org.salwhub.registry.api.directory.RoleType.ATT_NPC)).stream()
                .filter(c -> c.personName().contains("Achieng")).findFirst().orElseThrow().personId();
        List<NominationView> nominations = SystemCalls.runAs("it:demo", () -> fellowships.nominationsOf(achieng));
        java.util.Map<org.salwhub.fellowship.api.CallId, CallView> calls = new java.util.HashMap<>();
        nominations.forEach(n -> SystemCalls.runAs("it:demo", () -> fellowships.call(n.callId()))
                .ifPresent(c -> calls.put(c.id(), c)));
        LocalDate today = LocalDate.now();
        // she completed the course (the mark needs it, not only the accepted offer), and is a woman: "Alumna"
        var completed = SystemCalls.runAs("it:demo", () -> fellowships.completedOf(achieng));
        assertEquals(nominations.stream().map(NominationView::id).collect(Collectors.toSet()), completed,
                nominations.toString());
        assertEquals(org.salwhub.registry.api.directory.Sex.FEMALE, org.salwhub.web.ui.fellowships.AlumniLinks.wording(
                SystemCalls.runAs("it:demo", () -> directory.person(achieng)).orElseThrow().details().sex()));
        var programmes = org.salwhub.fellowship.api.AlumniProgrammes.programmes(nominations, completed, calls, today);
        assertEquals(1, programmes.size(), programmes.toString());
        var programme = programmes.get(0);
        CallView ended = calls.get(programme.callId());
        assertEquals(CallStatus.COMPLETED, ended.status());
        assertTrue(programme.endsOn().isBefore(today.minusYears(1)), "a past cohort: " + programme);
        assertTrue(programme.title().startsWith("SALW Fellowship " + programme.endsOn().getYear()),
                programme.title());
        assertTrue(ended.details().deadlines().acceptance().isBefore(ended.details().phases().get(0).startsOn()),
                "the call's deadlines came before its programme: " + ended.details().deadlines());

        // both fellows completed under the call's rule, and their follow-ups are on record (none left to remind)
        var cohort = SystemCalls.runAs("it:demo", () -> fellowships.cohort(ended.id()));
        assertEquals(2, cohort.fellows().size(), cohort.toString());
        assertTrue(cohort.fellows().stream().allMatch(f -> f.completed()), cohort.toString());
        var followUps = SystemCalls.runAs("it:demo", () -> fellowships.followUps(ended.id()));
        assertEquals(4, followUps.size(), followUps.toString());
        assertTrue(followUps.stream().allMatch(f -> f.recordedOn() != null && f.dueOn().isBefore(today)),
                followUps.toString());

        // she heads Kenya's delegation to a meeting after the programme: the profile marks it
        var after = SystemCalls.runAs("it:demo", () -> meetings.participationOf(achieng.value())).stream()
                .filter(p -> org.salwhub.fellowship.api.AlumniProgrammes.followed(p.meeting().startIn(p.meeting().zone())
                        .toLocalDate(), programmes).isPresent()).toList();
        assertFalse(after.isEmpty(), "a meeting after her fellowship");

        // the open demo call is untouched: still open, with its four nominations
        assertTrue(SystemCalls.runAs("it:demo", () -> fellowships.calls()).stream()
                .anyMatch(c -> c.details().title().startsWith("SALW Fellowship 2027") && c.status() == CallStatus.OPEN
                        && c.nominations() >= 4));
    }

    private static org.salwhub.registry.api.directory.PersonDetails burundiPerson(StateView burundi, String run,
                                                                                String which) {
        return new org.salwhub.registry.api.directory.PersonDetails(burundi.id().value(), null, null, null, "Eric",
                "Ndayishimiye", null, org.salwhub.registry.api.directory.Sex.MALE, List.of("fr"),
                "eric." + which + "." + run + "@example.org", null, null, null, null, null);
    }

    @Test
    void anonymisingAPersonRedactsTheValuesInTheAuditTrail() {
        StateView kenya = registry.stateByIsoCode("KE").orElseThrow();
        var details = new org.salwhub.registry.api.directory.PersonDetails(kenya.id().value(), null, null, "Dr.",
                "Secret", "Person" + UUID.randomUUID().toString().substring(0, 6), null,
                org.salwhub.registry.api.directory.Sex.FEMALE, List.of("en"), "secret.person@example.org", null,
                "+254 700 000 000", null, "PO Box 1, Nairobi", null);
        var person = SystemCalls.runAs("it:create", () -> directory.createPerson(details));
        SystemCalls.runAs("it:anonymise", () -> directory.anonymise(person.id(), person.version()));

        List<AuditRecord> history = SystemCalls.runAs("it:reader", () -> audit.history("Person", person.id().toString()));
        assertTrue(history.size() >= 2, "create and anonymise are both recorded: " + history);
        String all = history.toString();
        assertFalse(all.contains("secret.person@example.org") || all.contains("Nairobi") || all.contains("Secret"),
                all);
        assertTrue(history.stream().anyMatch(r -> r.actor().equals("it:anonymise")), "who anonymised stays");
    }

    private long versionOf(String username) {
        return ((Number) em.createNativeQuery("SELECT version FROM web_user_account WHERE username = ?1")
                .setParameter(1, username).getSingleResult()).longValue();
    }
}
