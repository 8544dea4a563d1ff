package org.salwhub.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.ContactQuery;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.VerificationState;
import org.salwhub.web.it.Deployments;
import org.salwhub.web.security.SystemCalls;

/**
 * Directory search at scale ({@code mvn -Pbench verify -pl web -am}): 100,000 persons holding 150,000 roles,
 * then filtered searches through the API, timed from the client. Prints the median and p95, and the number of
 * SQL statements one search issues for pages of 10, 50 and 200 rows.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectorySearchBench {

    static final int PERSONS = Integer.getInteger("bench.persons", 100_000);
    static final int ROLES = Integer.getInteger("bench.roles", 150_000);
    static final int SEARCHES = Integer.getInteger("bench.searches", 400);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(DirectorySearchBench.class, Deployments.class);
    }

    @Resource(lookup = "java:app/jdbc/salwhub")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @ArquillianResource
    URL base;

    static final String[] GIVEN = {"Amina", "Joseph", "Grace", "Omar", "Fatima", "Peter", "Claudine", "Samuel",
        "Mercy", "Ahmed", "Aisha", "Jean", "Marie", "Hassan", "Nadia", "Paul", "Esther", "Ibrahim", "Lucy", "Moses"};
    static final String[] FAMILY = {"Mwangi", "Otieno", "Niyonzima", "Abdelrahman", "Eltayeb", "Okello", "Achieng",
        "Kamau", "Ndayisaba", "Mutua", "Hakizimana", "Mohamed", "Osman", "Kiprono", "Nduwimana", "Tesfaye", "Girma",
        "Uwimana", "Habimana", "Juma", "Wekesa", "Barasa", "Kariuki", "Njoroge", "Ochieng", "Mugisha", "Nsengiyumva"};

    @Test
    @Order(1)
    void load() throws Exception {
        List<StateView> states = registry.states().stream().filter(s -> s.unStatus() != null
                && s.unStatus().name().equals("MEMBER")).toList();
        Random random = new Random(42);
        LocalDate today = LocalDate.now();
        long start = System.nanoTime();
        String[] personIds = new String[PERSONS];
        String[] personStates = new String[PERSONS];
        java.util.Map<String, String[]> agencies = new java.util.HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // three agencies per State; two persons in three work for one, so pages look their agencies up
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reg_agency (id, state_id,"
                    + " agency_type, name, acronym, version) VALUES (?, ?, 'LAW_ENFORCEMENT', ?, ?, 0)")) {
                for (StateView state : states) {
                    String[] ids = new String[3];
                    for (int a = 0; a < ids.length; a++) {
                        ids[a] = UUID.randomUUID().toString();
                        insert.setString(1, ids[a]);
                        insert.setString(2, state.id().toString());
                        insert.setString(3, "Bench agency " + a + " of " + state.iso2());
                        insert.setString(4, "BA" + a);
                        insert.addBatch();
                    }
                    agencies.put(state.id().toString(), ids);
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reg_person (id, state_id,"
                    + " given_name, family_name, sex, languages, email, email_lower, search_name, agency_id,"
                    + " anonymised, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0)");
                 PreparedStatement tokens = connection.prepareStatement(
                         "INSERT INTO reg_person_token (person_id, token) VALUES (?, ?)")) {
                for (int i = 0; i < PERSONS; i++) {
                    String id = UUID.randomUUID().toString();
                    String state = states.get(random.nextInt(states.size())).id().toString();
                    String given = GIVEN[random.nextInt(GIVEN.length)];
                    String family = FAMILY[random.nextInt(FAMILY.length)] + (i % 97 == 0 ? "" : Integer.toString(i % 1000));
                    String email = given.toLowerCase() + "." + family.toLowerCase() + "." + i + "@bench.example";
                    personIds[i] = id;
                    personStates[i] = state;
                    insert.setString(1, id);
                    insert.setString(2, state);
                    insert.setString(3, given);
                    insert.setString(4, family);
                    insert.setString(5, random.nextBoolean() ? "FEMALE" : "MALE");
                    insert.setString(6, random.nextInt(3) == 0 ? "fr" : random.nextInt(4) == 0 ? "ar,en" : "en");
                    insert.setString(7, email);
                    insert.setString(8, email);
                    insert.setString(9, (given + " " + family).toLowerCase());
                    insert.setString(10, i % 3 == 0 ? null : agencies.get(state)[i % 3]);
                    insert.addBatch();
                    tokens.setString(1, id);
                    tokens.setString(2, given.toLowerCase());
                    tokens.addBatch();
                    tokens.setString(1, id);
                    tokens.setString(2, family.toLowerCase());
                    tokens.addBatch();
                    tokens.setString(1, id);
                    tokens.setString(2, email);
                    tokens.addBatch();
                    if (i % 2000 == 1999) {
                        insert.executeBatch();
                        tokens.executeBatch();
                    }
                }
                insert.executeBatch();
                tokens.executeBatch();
            }
            RoleType[] types = RoleType.values();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reg_contact_role (id, person_id,"
                    + " state_id, role_type, valid_from, valid_to, last_verified, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < ROLES; i++) {
                    int person = i < PERSONS ? i : random.nextInt(PERSONS);
                    LocalDate from = today.minusDays(random.nextInt(3650));
                    boolean ended = random.nextInt(5) == 0;
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, personIds[person]);
                    insert.setString(3, personStates[person]);
                    insert.setString(4, types[random.nextInt(types.length)].name());
                    insert.setDate(5, Date.valueOf(from));
                    insert.setDate(6, ended ? Date.valueOf(from.plusDays(200)) : null);
                    insert.setDate(7, Date.valueOf(from.plusDays(random.nextInt(30))));
                    insert.addBatch();
                    if (i % 2000 == 1999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        System.out.printf("%nBENCH directory: loaded %,d persons and %,d roles in %.1f s%n", PERSONS, ROLES,
                (System.nanoTime() - start) / 1e9);
    }

    @Test
    @Order(2)
    void statementsPerPageDoNotGrowWithThePageSize() {
        Session session = em.unwrap(org.eclipse.persistence.jpa.JpaEntityManager.class).getServerSession();
        AtomicInteger statements = new AtomicInteger();
        Thread searching = Thread.currentThread(); // the outbox timer's statements run on other threads
        SessionEventAdapter counter = new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                if (Thread.currentThread() == searching) {
                    statements.incrementAndGet();
                }
            }
        };
        session.getEventManager().addListener(counter);
        try {
            StateView kenya = registry.stateByIsoCode("KE").orElseThrow();
            List<Integer> counts = new ArrayList<>();
            for (int size : new int[] {10, 50, 200}) {
                statements.set(0);
                int rows = SystemCalls.runAs("bench", () -> directory.search(new ContactQuery(null, kenya.id().value(),
                        null, null, null, null, true, 0, size, "personName", true))).items().size();
                counts.add(statements.get());
                System.out.printf("BENCH directory: page of %d rows (%d returned) took %d SQL statements%n", size,
                        rows, statements.get());
            }
            assertEquals(1, counts.stream().distinct().count(), "statements per page: " + counts);
            assertTrue(counts.get(0) <= 3, "statements per page: " + counts);
        } finally {
            session.getEventManager().removeListener(counter);
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void filteredSearchThroughTheApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = token(http);
        String[] states = {"KE", "SD", "BI", "UG", "FR", "BR", "JP", "NG", "EG", "DE"};
        Random random = new Random(7);
        List<Long> timings = new ArrayList<>();
        java.util.Map<Integer, List<Long>> byKind = new java.util.TreeMap<>();
        for (int i = 0; i < SEARCHES + 50; i++) {
            String query = switch (i % 4) {
                case 0 -> "state=" + states[random.nextInt(states.length)] + "&verification=" + VerificationState.values()[random.nextInt(3)];
                case 1 -> "q=" + URLEncoder.encode(FAMILY[random.nextInt(FAMILY.length)].toLowerCase(), StandardCharsets.UTF_8)
                        + "&role=" + RoleType.values()[random.nextInt(RoleType.values().length)];
                case 2 -> "state=" + states[random.nextInt(states.length)] + "&role=POA_NPC&language=fr";
                default -> "state=" + states[random.nextInt(states.length)] + "&sort=lastVerified&asc=false&first=" + random.nextInt(40);
            };
            HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("api/v1/contacts?size=50&" + query))
                    .header("Authorization", "Bearer " + token).GET().build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - start) / 1000;
            assertEquals(200, response.statusCode(), response.body());
            if (i >= 50) {
                timings.add(micros);
                byKind.computeIfAbsent(i % 4, k -> new ArrayList<>()).add(micros);
            }
        }
        long[] sorted = timings.stream().mapToLong(Long::longValue).sorted().toArray();
        double median = sorted[sorted.length / 2] / 1000.0;
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1000.0;
        System.out.printf("BENCH directory: %d filtered searches through /api/v1/contacts (page of 50) over %,d persons"
                + " / %,d roles: median %.1f ms, p95 %.1f ms, max %.1f ms%n", sorted.length, PERSONS, ROLES, median, p95,
                sorted[sorted.length - 1] / 1000.0);
        double target = Double.parseDouble(System.getProperty("bench.p95.target.ms", "100"));
        System.out.printf("BENCH directory: p95 target %.0f ms: %s%n", target, p95 <= target ? "met" : "MISSED");
        String[] kinds = {"State + verification state", "name text + role", "State + role + language",
            "State, sorted by last verification, deeper pages"};
        byKind.forEach((kind, list) -> {
            long[] s = list.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("BENCH directory:   %-50s median %.1f ms, p95 %.1f ms%n", kinds[kind],
                    s[s.length / 2] / 1000.0, s[(int) Math.ceil(s.length * 0.95) - 1] / 1000.0);
        });
    }

    private String token(HttpClient http) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"staff\",\"password\":\"SalwHub#2026\"}")).build();
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        return body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
    }
}
