package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff ask a State to confirm its entries: its focal point is told, and the request is answered by confirming. */
class VerificationRequestsIT {

    static final String PASSWORD = "SalwHub#2026";

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    ApiClient api;
    String staff;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
        staff = api.token("staff", PASSWORD);
    }

    private List<JsonObject> array(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.structure().asJsonArray().stream().map(v -> v.asJsonObject()).toList();
    }

    private JsonObject request(String id) {
        return array(api.get("api/v1/verification-requests", staff)).stream()
                .filter(r -> r.getString("id").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRequestReachesTheFocalPointAndIsAnsweredWhenTheStateConfirms() {
        String burundi = api.token("fp.burundi", PASSWORD);
        String kenya = api.token("fp.kenya", PASSWORD);
        String note = "Before the regional meeting " + UUID.randomUUID();
        // an entry of Burundi's last verified a month ago, whatever other tests confirmed before
        String state = api.get("api/v1/states/BI", burundi).json().getJsonObject("state").getString("id");
        ApiClient.Reply person = api.post("api/v1/persons", burundi, Json.createObjectBuilder().add("stateId", state)
                .add("givenName", "Aline").add("familyName", "Ndikumana").add("sex", "FEMALE")
                .add("email", "a.ndikumana-" + UUID.randomUUID().toString().substring(0, 6) + "@cnap.example")
                .build().toString());
        assertEquals(201, person.status(), person.body());
        ApiClient.Reply role = api.post("api/v1/contacts", burundi, Json.createObjectBuilder()
                .add("personId", person.json().getString("id")).add("roleType", "REGIONAL_LIAISON")
                .add("validFrom", java.time.LocalDate.now().minusMonths(1).toString()).build().toString());
        assertEquals(201, role.status(), role.body());

        ApiClient.Reply sent = api.post("api/v1/verification-requests", staff,
                "{\"states\":[\"BI\"],\"note\":\"" + note + "\"}");
        assertEquals(201, sent.status(), sent.body());
        JsonObject made = sent.structure().asJsonArray().getJsonObject(0);
        assertEquals("BI", made.getString("iso2"));
        String id = made.getString("id");
        int entries = made.getInt("entriesDue");
        assertTrue(entries > 0, "Burundi has current entries to confirm: " + made);

        List<JsonObject> inbox = api.get("api/v1/me/notifications?max=200", burundi).json().getJsonArray("entries")
                .stream().map(v -> v.asJsonObject()).filter(e -> e.getString("body").contains(note)).toList();
        assertEquals(1, inbox.size(), "Burundi's focal point is asked once");
        assertTrue(inbox.get(0).getString("link").endsWith("/app/state.xhtml?iso=BI"), inbox.get(0).toString());
        assertTrue(api.get("api/v1/me/notifications?max=200", kenya).body().indexOf(note) < 0,
                "Kenya's focal point is not asked");

        JsonObject open = request(id);
        assertFalse(open.getBoolean("answered"));
        assertEquals(entries, open.getInt("stillOpen"));

        ApiClient.Reply confirmed = api.post("api/v1/states/BI/confirmation", burundi, "{}");
        assertEquals(200, confirmed.status(), confirmed.body());
        JsonObject answered = request(id);
        assertTrue(answered.getBoolean("answered"), answered.toString());
        assertEquals(0, answered.getInt("stillOpen"));
    }

    @Test
    void onlyStaffSendOrReadRequestsAndAnUnknownStateChangesNothing() {
        String kenya = api.token("fp.kenya", PASSWORD);
        String donor = api.token("donor.eu", PASSWORD);
        assertEquals(403, api.post("api/v1/verification-requests", kenya, "{\"states\":[\"KE\"]}").status());
        assertEquals(403, api.get("api/v1/verification-requests", donor).status());
        assertEquals(403, api.get("api/v1/verification-requests/due", kenya).status());

        int before = array(api.get("api/v1/verification-requests", staff)).size();
        ApiClient.Reply unknown = api.post("api/v1/verification-requests", staff, "{\"states\":[\"KE\",\"XX\"]}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("states", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(before, array(api.get("api/v1/verification-requests", staff)).size(), "nothing was sent");
    }

    @Test
    void aStateThatJustConfirmedHasNothingDue() {
        String sudan = api.token("fp.sudan", PASSWORD);
        assertEquals(200, api.post("api/v1/states/SD/confirmation", sudan, "{}").status());
        List<JsonObject> due = array(api.get("api/v1/verification-requests/due", staff));
        assertTrue(due.stream().noneMatch(s -> s.getString("iso2").equals("SD")), due.toString());
        for (JsonObject state : due) {
            assertTrue(state.getInt("due") > 0, state.toString());
            assertTrue(state.getInt("stale") <= state.getInt("due"), state.toString());
        }
    }
}
