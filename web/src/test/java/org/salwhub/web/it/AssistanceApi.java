package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Needs, offers and matches through the API for the assistance tests, with unique titles per run. */
final class AssistanceApi {

    static final String PASSWORD = "SalwHub#2026";

    final ApiClient api;
    private final Map<String, String> tokens = new HashMap<>();

    AssistanceApi(ApiClient api) {
        this.api = api;
    }

    String token(String username) {
        return tokens.computeIfAbsent(username, u -> api.token(u, PASSWORD));
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A need body: lines as code, quantity pairs; with a full sustainment plan and national contribution. */
    static JsonObjectBuilder need(String state, String title, List<String> themes, Object... lines) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < lines.length; i += 2) {
            items.add(Json.createObjectBuilder().add("itemCode", (String) lines[i]).add("quantity", (Integer) lines[i + 1])
                    .add("unit", "PIECE"));
        }
        LocalDate today = LocalDate.now();
        return Json.createObjectBuilder().add("state", state).add("title", title)
                .add("description", "An integration test need.")
                .add("themes", Json.createArrayBuilder(themes)).add("assistanceTypes", Json.createArrayBuilder(List.of("EQUIPMENT")))
                .add("lines", items).add("estimatedCost", 100000).add("currency", "USD")
                .add("nationalContribution", "Premises and staff.").add("priority", "HIGH")
                .add("periodFrom", today.plusDays(10).toString()).add("periodTo", today.plusMonths(12).toString())
                .add("context", "NON_CONFLICT").add("confidentiality", "NETWORK")
                .add("sustainmentTraining", "Operators trained.").add("sustainmentMaintenance", "Two years.")
                .add("sustainmentLogistics", "Police transport.");
    }

    static JsonObjectBuilder offer(String organisation, String title, List<String> themes, Object... lines) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < lines.length; i += 2) {
            items.add(Json.createObjectBuilder().add("itemCode", (String) lines[i]).add("quantity", (Integer) lines[i + 1])
                    .add("unit", "PIECE"));
        }
        LocalDate today = LocalDate.now();
        return Json.createObjectBuilder().add("organisation", organisation).add("title", title)
                .add("themes", Json.createArrayBuilder(themes)).add("assistanceTypes", Json.createArrayBuilder(List.of("EQUIPMENT")))
                .add("lines", items).add("budget", 500000).add("currency", "EUR")
                .add("validFrom", today.minusDays(1).toString()).add("validTo", today.plusMonths(18).toString())
                .add("languages", Json.createArrayBuilder(List.of("en", "fr")));
    }

    JsonObject created(String path, String user, JsonObjectBuilder body) {
        ApiClient.Reply reply = api.post(path, token(user), body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    ApiClient.Reply move(String path, String user, JsonObject current, String transition, String comment) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("version", current.getJsonNumber("version").longValue());
        if (comment != null) {
            body.add("comment", comment);
        }
        return api.post(path + "/" + current.getString("id") + "/" + transition, token(user), body.build().toString());
    }

    JsonObject moved(String path, String user, JsonObject current, String transition) {
        ApiClient.Reply reply = move(path, user, current, transition, null);
        assertEquals(200, reply.status(), transition + ": " + reply.body());
        return reply.json();
    }

    /** A need filed by {@code user} and taken through submit, validate and publish by staff. */
    JsonObject publishedNeed(String user, JsonObjectBuilder body) {
        JsonObject need = created("api/v1/needs", user, body);
        need = moved("api/v1/needs", user, need, "submit");
        need = moved("api/v1/needs", "staff", need, "validate");
        return moved("api/v1/needs", "staff", need, "publish");
    }

    JsonObject publishedOffer(String user, JsonObjectBuilder body) {
        return moved("api/v1/offers", user, created("api/v1/offers", user, body), "publish");
    }

    JsonObject get(String path, String user) {
        ApiClient.Reply reply = api.get(path, token(user));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** A match proposed by {@code proposer} for the given item and quantity, accepted by both parties. */
    JsonObject acceptedMatch(String proposer, JsonObject need, JsonObject offer, String item, int quantity,
                             String focalPoint, String donor) {
        JsonObject match = created("api/v1/matches", proposer, Json.createObjectBuilder()
                .add("needId", need.getString("id")).add("offerId", offer.getString("id"))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("itemCode", item)
                        .add("quantity", quantity))));
        match = moved("api/v1/matches", focalPoint, match, "accept-recipient");
        return moved("api/v1/matches", donor, match, "accept-donor");
    }

    static int remaining(JsonObject needOrOffer, String item) {
        return needOrOffer.getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .filter(l -> l.getString("itemCode").equals(item)).findFirst().orElseThrow().getInt("remaining");
    }
}
