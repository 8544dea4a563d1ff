package org.salwhub.fellowship.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salwhub.fellowship.api.CallCriterion;
import org.salwhub.fellowship.api.CallDeadlines;
import org.salwhub.fellowship.api.CallDetails;
import org.salwhub.fellowship.api.CallId;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.FellowshipAccounts;
import org.salwhub.fellowship.api.NominationAgeBand;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.fellowship.api.ReviewAssignmentResult;
import org.salwhub.fellowship.api.ReviewAssignmentView;
import org.salwhub.fellowship.api.ReviewScoreSheet;
import org.salwhub.fellowship.entity.FellowshipCall;
import org.salwhub.fellowship.entity.Nomination;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * Review assignment and scoring, below the server: the use case with EclipseLink on the migrated in-memory H2, the
 * reviewer accounts and the directory faked, and a fixed clock, so that the review deadline can be checked on any
 * day. Transactions are begun by the test, as the container would.
 */
class ReviewsTest {

    private static final String URL = "jdbc:h2:mem:fellowship-reviews;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
    private static final Caller STAFF = new Caller("staff", Set.of(Role.CENTRE_STAFF), null, null);
    private static final LocalDate REVIEW_DEADLINE = LocalDate.of(2027, 4, 30);
    private static final UUID UGANDA = UUID.randomUUID();
    private static final UUID KENYA = UUID.randomUUID();

    private static Connection keepAlive;
    private static EntityManagerFactory factory;

    private final Reviews reviews = new Reviews();
    private final FellowshipRecords records = new FellowshipRecords();
    private Caller caller = STAFF;
    private EntityManager em;
    private List<FellowshipAccounts.Account> accounts = List.of();

    @BeforeAll
    static void migrate() throws SQLException {
        keepAlive = DriverManager.getConnection(URL, "sa", "");
        Flyway.configure().dataSource(URL, "sa", "")
                .locations("classpath:db/migration/assistance")
                .table("flyway_assistance_history")
                .placeholders(Map.of("clob", "CLOB", "timestamp", "TIMESTAMP(6)"))
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("fellowship-test", Map.of(
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
        records.em = em;
        records.callers = CallerContext.of(() -> caller);
        on(LocalDate.of(2027, 4, 1));
        reviews.em = em;
        reviews.records = records;
        reviews.directory = fake(DirectoryFacade.class, Map.of("agencies", List.of(), "agency", Optional.empty()));
        reviews.accounts = fake(FellowshipAccounts.class, Map.of());
    }

    @AfterEach
    void cleanUp() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    /** The clock stands at noon (UTC) of {@code day}. */
    private void on(LocalDate day) {
        records.clock = Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private <T> T fake(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                method.getName().equals("withRole") ? accounts : answers.get(method.getName()));
    }

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

    private static FellowshipAccounts.Account reviewer(String username, UUID state, boolean enabled) {
        return new FellowshipAccounts.Account(username, username, enabled, Set.of(Role.REVIEWER), state, null);
    }

    /** A call in review with two criteria, and one eligible nomination from each of Uganda and Kenya. */
    private CallId callInReview() {
        return call(() -> {
            LocalDate opened = LocalDate.of(2027, 1, 10);
            FellowshipCall fellowshipCall = new FellowshipCall(CallId.random(), new CallDetails("SALW Fellowship "
                    + UUID.randomUUID(), null, null, 10, List.of("en"), null, 2, 50, 50, new CallDeadlines(
                    LocalDate.of(2027, 2, 1), REVIEW_DEADLINE, null, null), 2, List.of(), List.of(
                    new CallCriterion(null, "Need", 60), new CallCriterion(null, "Experience", 40)), null),
                    Instant.parse("2027-01-10T09:00:00Z"));
            em.persist(fellowshipCall);
            while (fellowshipCall.status() != CallStatus.IN_REVIEW) {
                fellowshipCall.moveTo(fellowshipCall.status().next(), opened, fellowshipCall.version());
            }
            for (UUID state : List.of(UGANDA, KENYA)) {
                Nomination n = fellowshipCall.nominate(NominationId.random(), state, new PersonId(UUID.randomUUID()),
                        "Nominee of " + state, null, false, "fp", Instant.parse("2027-01-20T09:00:00Z"));
                n.apply(new NominationApplication("Inspector", "Police", AgencyType.LAW_ENFORCEMENT, null, 5, null,
                        List.of("en"), Sex.FEMALE, NominationAgeBand.FROM_30_TO_39), List.of());
                em.persist(n);
            }
            return CallId.of(fellowshipCall.id());
        });
    }

    @Test
    void enabledReviewersAreAssignedButNeverToANomineeOfTheirOwnState() {
        CallId call = callInReview();
        accounts = List.of(reviewer("rev.uganda", UGANDA, true), reviewer("rev.kenya", KENYA, true),
                reviewer("rev.other", null, true), reviewer("rev.disabled", null, false));
        ReviewAssignmentResult result = call(() -> reviews.assignReviewers(call));
        assertEquals(4, result.assigned(), "two reviewers for each of the two applications");
        List<ReviewAssignmentView> assigned = call(() -> reviews.assignments(call));
        assertFalse(assigned.stream().anyMatch(a -> a.reviewer().equals("rev.disabled")));
        assertTrue(assigned.stream().noneMatch(a -> a.reviewer().equals("rev.uganda") && a.stateId().equals(UGANDA)));
        assertTrue(assigned.stream().noneMatch(a -> a.reviewer().equals("rev.kenya") && a.stateId().equals(KENYA)));
        assertEquals(0, call(() -> reviews.assignReviewers(call)).assigned(), "everyone has their reviewers");
    }

    @Test
    void onlyStaffAssignAndOnlyWhileTheCallIsInReview() {
        CallId call = callInReview();
        caller = new Caller("rev", Set.of(Role.REVIEWER), null, null);
        assertThrows(AccessDeniedException.class, () -> call(() -> reviews.assignReviewers(call)));
    }

    @Test
    void theAssignedReviewerScoresUntilTheReviewDeadlineByTheClock() {
        CallId call = callInReview();
        accounts = List.of(reviewer("rev.a", null, true), reviewer("rev.b", null, true));
        call(() -> reviews.assignReviewers(call));
        ReviewAssignmentView mine = call(() -> reviews.assignments(call)).stream()
                .filter(a -> a.reviewer().equals("rev.a")).findFirst().orElseThrow();
        List<UUID> criteria = call(() -> records.loadCall(call).criteria()).stream().map(CallCriterion::id).toList();
        ReviewScoreSheet sheet = new ReviewScoreSheet(Map.of(criteria.get(0), 5, criteria.get(1), 2), "solid");

        caller = new Caller("rev.b", Set.of(Role.REVIEWER), null, null);
        assertThrows(AccessDeniedException.class, () -> call(() -> reviews.score(mine.id(), sheet, mine.version())));

        caller = new Caller("rev.a", Set.of(Role.REVIEWER), null, null);
        on(REVIEW_DEADLINE.plusDays(1));
        ValidationException late = assertThrows(ValidationException.class,
                () -> call(() -> reviews.score(mine.id(), sheet, mine.version())));
        assertEquals("fellowship.deadline.passed", late.errors().get(0).code());
        assertNull(call(() -> reviews.assignment(mine.id())).submittedAt(), "nothing was recorded");

        on(REVIEW_DEADLINE);
        ReviewAssignmentView scored = call(() -> reviews.score(mine.id(), sheet, mine.version()));
        assertEquals(REVIEW_DEADLINE.atTime(12, 0).toInstant(ZoneOffset.UTC), scored.submittedAt(),
                "submitted at the clock's instant");
        assertEquals(3.8, scored.weightedScore(), 1e-9);
        assertEquals(Set.of("rev.a"), call(() -> reviews.myAssignments()).stream()
                .map(ReviewAssignmentView::reviewer).collect(Collectors.toSet()));
    }

    @Test
    void theReviewDeadlineIsADayInTheServersZone() {
        LocalDate day = records.today();
        assertEquals(records.clock.instant().atZone(ZoneId.systemDefault()).toLocalDate(), day);
    }
}
