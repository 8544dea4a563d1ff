package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 17: identical requests sent in parallel create exactly one record, as they do one after the other. */
class RacesIT {

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    AssistanceApi a;
    ExecutorService pool;

    @BeforeEach
    void client() {
        a = new AssistanceApi(new ApiClient(base));
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Sends {@code body} to {@code path} {@code times} times at once; answers the statuses. */
    private List<Integer> inParallel(int times, String path, String token, String body) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            replies.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new ApiClient(base).post(path, token, body).status();
            }, pool));
        }
        start.countDown();
        return replies.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void eightIdenticalMatchProposalsAtOnceMakeOneMatch() {
        JsonObject need = a.publishedNeed("fp.kenya", AssistanceApi.need("KE",
                AssistanceApi.unique("Race engravers"), List.of("MARKING"), "LASER_ENGRAVER", 8));
        JsonObject offer = a.publishedOffer("donor.eu", AssistanceApi.offer("EU", AssistanceApi.unique("Race offer"),
                List.of("MARKING"), "LASER_ENGRAVER", 5));
        String body = Json.createObjectBuilder().add("needId", need.getString("id"))
                .add("offerId", offer.getString("id")).build().toString();
        List<Integer> statuses = inParallel(8, "api/v1/matches", a.token("donor.eu"), body);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 400 || s == 409), statuses.toString());
        ApiClient.Reply matches = a.api.get("api/v1/matches?need=" + need.getString("id"), a.token("staff"));
        assertEquals(200, matches.status(), matches.body());
        assertEquals(1, matches.body().split("\"offerId\"", -1).length - 1, matches.body());
    }

    @Test
    void twentyIdenticalRoleAssignmentsAtOnceMakeOneCurrentRole() {
        ApiClient api = new ApiClient(base);
        String kenya = api.token("fp.kenya", AssistanceApi.PASSWORD);
        String kenyaState = api.get("api/v1/states/KE", kenya).json().getJsonObject("state").getString("id");
        String family = "Racer" + java.util.UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Reply person = api.post("api/v1/persons", kenya, Json.createObjectBuilder().add("stateId", kenyaState)
                .add("givenName", "Test").add("familyName", family).add("sex", "FEMALE").build().toString());
        assertEquals(201, person.status(), person.body());
        String body = Json.createObjectBuilder().add("personId", person.json().getString("id"))
                .add("stateId", kenyaState).add("roleType", "REGIONAL_LIAISON")
                .add("validFrom", java.time.LocalDate.now().minusDays(1).toString()).build().toString();
        List<Integer> statuses = inParallel(20, "api/v1/contacts", kenya, body);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 400 || s == 409), statuses.toString());
        ApiClient.Reply roles = api.get("api/v1/contacts?size=50&q=" + family, kenya);
        assertEquals(200, roles.status(), roles.body());
        assertEquals(1, roles.json().getJsonArray("items").size(), roles.body());
    }
}
