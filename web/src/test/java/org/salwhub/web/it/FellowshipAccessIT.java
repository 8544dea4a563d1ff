package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Fellowships: what each role may see and do, the ledger, the fellow's own account, and conflicts of interest. */
class FellowshipAccessIT extends FellowshipItBase {

    // ------------------------------------------------------------------ access rules

    @Test
    void everyRoleGetsOnlyWhatItMaySeeOrDo() {
        String reviewer = api.token("reviewer", PASSWORD);
        String donor = api.token("donor.eu", PASSWORD);
        JsonObject details = callDetails(2, "ANY", List.of(), 0, null, 1, 5);
        // only staff create and move calls
        for (String token : List.of(kenya, reviewer, donor)) {
            assertEquals(403, api.post(CALLS, token, Json.createObjectBuilder().add("details", details).build()
                    .toString()).status());
        }
        ApiClient.Reply draft = api.post(CALLS, staff, Json.createObjectBuilder().add("details", details).build().toString());
        assertEquals(201, draft.status(), draft.body());
        String id = draft.json().getString("id");
        assertEquals("DRAFT", draft.json().getString("status"));
        // a draft is the staff's only
        assertEquals(404, api.get(CALLS + "/" + id, kenya).status());
        assertTrue(api.get(CALLS, kenya).structure().asJsonArray().stream()
                .noneMatch(v -> v.asJsonObject().getString("id").equals(id)));
        assertEquals(403, api.post(CALLS + "/" + id + "/status", kenya, "{\"status\":\"OPEN\",\"version\":0}").status());
        // illegal transitions are refused
        ApiClient.Reply skip = api.post(CALLS + "/" + id + "/status", staff, "{\"status\":\"IN_REVIEW\",\"version\":0}");
        assertEquals(400, skip.status(), skip.body());
        assertTrue(skip.body().contains("fellowship.status.transition"), skip.body());
        move(id, "OPEN");
        ApiClient.Reply back = api.post(CALLS + "/" + id + "/status", staff, "{\"status\":\"DRAFT\",\"version\":"
                + api.get(CALLS + "/" + id, staff).json().getJsonNumber("version") + "}");
        assertEquals(400, back.status(), back.body());

        created(nominate(kenya, id, "KE", "Kariuki", "MALE", 5, "CUSTOMS", "KRA"));
        created(nominate(burundi, id, "BI", "Ndikumana", "FEMALE", 5, "CUSTOMS", "OBR"));
        // focal points see their own State's nominations only; staff all; reviewers and donors none
        Set<String> kenyaSees = api.get(CALLS + "/" + id + "/nominations", kenya).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("nomineeName")).collect(Collectors.toSet());
        assertTrue(kenyaSees.stream().allMatch(n -> n.contains("Kariuki" + run)), kenyaSees.toString());
        assertEquals(2, api.get(CALLS + "/" + id + "/nominations", staff).structure().asJsonArray().size());
        assertEquals(403, api.get(CALLS + "/" + id + "/nominations", reviewer).status());
        assertEquals(403, api.get(CALLS + "/" + id + "/nominations", donor).status());
        String burundian = api.get(CALLS + "/" + id + "/nominations", burundi).structure().asJsonArray()
                .getJsonObject(0).getString("id");
        assertEquals(403, api.get(CALLS + "/" + id + "/nominations/" + burundian, kenya).status());
        // staff-only views
        for (String token : List.of(kenya, reviewer, donor)) {
            assertEquals(403, api.get(CALLS + "/" + id + "/selection", token).status());
            assertEquals(403, api.get(CALLS + "/" + id + "/report", token).status());
            assertEquals(403, api.post(CALLS + "/" + id + "/review-assignments", token, "{}").status());
        }
        assertEquals(200, api.get(CALLS + "/" + id + "/report", staff).status());
        // a reviewer's declaration is theirs and staff's
        assertEquals(403, api.put(CALLS + "/reviewers/reviewer.kenya/declaration", reviewer,
                "{\"stateId\":\"SD\",\"version\":0}").status());
        assertEquals(401, api.get(CALLS, null).status());
    }

    @Test
    void theLedgerIsKeptByStaffAndReadByTheFellowsState() {
        String id = openCall(callDetails(2, "ANY", List.of(), 0, null, 1, 2)).getString("id");
        JsonObject a = created(nominate(kenya, id, "KE", "Kibet", "MALE", 5, "CUSTOMS", "KRA"));
        String ledger = CALLS + "/" + id + "/nominations/" + a.getString("id") + "/ledger";
        String eu = api.get("api/v1/organisations", staff).structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("acronym").equals("EU")).findFirst()
                .orElseThrow().getString("id");
        String entry = "{\"kind\":\"TICKET\",\"description\":\"Nairobi - Addis Ababa\",\"amount\":640.50,"
                + "\"currency\":\"usd\",\"status\":\"PLANNED\",\"donorId\":\"" + eu + "\"}";
        assertEquals(400, api.post(ledger, staff, entry).status(), "not selected yet");
        toReview(id);
        move(id, "SELECTION");
        decide(id, a, "SELECT", "Selected", null);
        ApiClient.Reply added = api.post(ledger, staff, entry);
        assertEquals(201, added.status(), added.body());
        assertEquals("USD", added.json().getString("currency"));
        assertEquals(403, api.post(ledger, kenya, entry).status());
        assertEquals(400, api.post(ledger, staff, entry.replace("usd", "XXZ")).status());
        assertEquals(1, api.get(ledger, kenya).structure().asJsonArray().size());
        assertEquals(403, api.get(ledger, burundi).status());
        JsonObject report = api.get(CALLS + "/" + id + "/report", staff).json();
        JsonObject spent = report.getJsonArray("spending").getJsonObject(0);
        assertEquals(eu, spent.getString("donorId"));
        assertEquals(640.5, spent.getJsonNumber("planned").doubleValue(), 1e-9);
        assertEquals(1, report.getInt("applications"));
    }

    // ------------------------------------------------------------------ the fellow (the nominee's own account)

    @Test
    void aNomineeWithAnAccountSeesAndDoesOnlyWhatIsTheirs() throws Exception {
        String id = openCall(callDetails(2, "ANY", List.of(), 0, null, 1, 2)).getString("id");
        JsonObject mine = created(nominate(kenya, id, "KE", "Achieng", "FEMALE", 6, "CUSTOMS", "KRA"));
        JsonObject other = created(nominate(kenya, id, "KE", "Omondi", "MALE", 6, "CUSTOMS", "KRA"));
        String nid = mine.getString("id");
        String oid = other.getString("id");

        // staff give the nominee an account; focal points may not; one account per person
        String account = CALLS + "/" + id + "/nominations/" + nid + "/account";
        assertEquals(403, api.post(account, kenya, "{}").status());
        ApiClient.Reply given = api.post(account, staff, "{}");
        assertEquals(201, given.status(), given.body());
        String username = given.json().getString("username");
        assertEquals("achieng." + run, username, "named after the e-mail address");
        assertEquals(mine.getString("personId"), given.json().getString("personId"));
        String otp = given.json().getString("oneTimePassword");
        ApiClient.Reply again = api.post(account, staff, "{}");
        assertEquals(400, again.status(), again.body());
        assertTrue(again.body().contains("scope.personTaken"), again.body());
        String fellow = firstSignIn(username, otp);
        assertEquals("FELLOW", api.get("api/v1/me", fellow).json().getJsonArray("roles").getString(0));

        // the fellow sees their own nominations only: one call, one nomination, no staff notes
        JsonArray own = api.get(CALLS + "/mine", fellow).structure().asJsonArray();
        assertEquals(1, own.size(), own.toString());
        JsonObject entry = own.getJsonObject(0);
        assertEquals(id, entry.getJsonObject("call").getString("id"));
        assertEquals(nid, entry.getJsonObject("nomination").getString("id"));
        assertTrue(entry.getBoolean("applicationEditable"));
        assertFalse(entry.getBoolean("offerOpen"));
        assertTrue(absent(entry.getJsonObject("nomination"), "nominatedBy"), entry.toString());
        assertEquals(Set.of(id), api.get(CALLS, fellow).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("id")).collect(Collectors.toSet()), "only the calls nominated to");
        assertEquals(Set.of(nid), api.get(CALLS + "/" + id + "/nominations", fellow).structure().asJsonArray()
                .stream().map(v -> v.asJsonObject().getString("id")).collect(Collectors.toSet()));
        String demoCall = api.get(CALLS, staff).structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonObject("details").getString("title").startsWith("SALW Fellowship 2027"))
                .findFirst().orElseThrow().getString("id");
        assertEquals(404, api.get(CALLS + "/" + demoCall, fellow).status(), "a call they were not nominated to");
        assertEquals(403, api.get(CALLS + "/mine", kenya).status(), "fellows only");

        // their own nomination and note verbale; nothing of the other nominee
        String base = CALLS + "/" + id + "/nominations/";
        assertEquals(200, api.get(base + nid, fellow).status());
        assertEquals("%PDF", new String(bytes(base + nid + "/note-verbale", fellow), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(403, api.get(base + oid, fellow).status());
        assertEquals(403, api.get(base + oid + "/note-verbale", fellow).status());
        assertEquals(403, api.get(base + oid + "/ledger", fellow).status());
        assertEquals(403, api.get(base + oid + "/visa-letter", fellow).status());
        assertEquals(403, api.get(base + oid + "/certificate", fellow).status());
        assertEquals(403, api.put(base + oid + "/application", fellow, Json.createObjectBuilder()
                .add("application", application("Someone else's", 9)).add("version", other.getJsonNumber("version")
                        .longValue()).build().toString()).status());
        // nor anything staff or the State do
        assertEquals(403, nominate(fellow, id, "KE", "Friend", "MALE", 6, "CUSTOMS", "KRA").status());
        assertEquals(403, api.get(CALLS + "/" + id + "/quota?state=KE", fellow).status());
        assertEquals(403, api.post(base + nid + "/withdrawal", fellow, "{\"version\":0}").status());
        assertEquals(403, api.post(base + nid + "/eligibility", fellow,
                "{\"eligible\":true,\"reason\":\"me\",\"version\":0}").status());
        for (String path : List.of("/selection", "/report", "/cohort", "/review-assignments")) {
            assertEquals(403, api.get(CALLS + "/" + id + path, fellow).status(), path);
        }
        // and nothing of the network's directory, meetings or assistance
        assertEquals(403, api.get("api/v1/contacts?state=KE", fellow).status());
        assertEquals(403, api.get("api/v1/meetings", fellow).status());
        assertEquals(403, api.get("api/v1/projects", fellow).status());

        // the fellow completes their application while the call is open: screened again
        ApiClient.Reply updated = api.put(base + nid + "/application", fellow, Json.createObjectBuilder()
                .add("application", application("I lead the firearms registry of my region", 7))
                .add("version", mine.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, updated.status(), updated.body());
        assertEquals("I lead the firearms registry of my region", updated.json().getJsonObject("application")
                .getString("motivation"));
        assertEquals("I lead the firearms registry of my region", api.get(base + nid, staff).json()
                .getJsonObject("application").getString("motivation"), "staff see what the fellow wrote");
        long version = updated.json().getJsonNumber("version").longValue();
        ApiClient.Reply bad = api.put(base + nid + "/application", fellow, Json.createObjectBuilder()
                .add("application", application("", 99)).add("version", version).build().toString());
        assertEquals(400, bad.status(), "refused input changes nothing: " + bad.body());
        assertEquals(version, api.get(base + nid, staff).json().getJsonNumber("version").longValue());

        // once the call is closed, refused
        move(id, "CLOSED");
        ApiClient.Reply closed = api.put(base + nid + "/application", fellow, Json.createObjectBuilder()
                .add("application", application("Too late", 7)).add("version", version).build().toString());
        assertEquals(400, closed.status(), closed.body());
        assertTrue(closed.body().contains("fellowship.call.notOpen"), closed.body());
        assertFalse(api.get(CALLS + "/mine", fellow).structure().asJsonArray().getJsonObject(0)
                .getBoolean("applicationEditable"));

        // the review is none of the fellow's business
        move(id, "IN_REVIEW");
        declare("reviewer", "SD", null);
        declare("reviewer.kenya", "KE", null);
        declare("reviewer.uganda", "UG", null);
        assertEquals(200, api.post(CALLS + "/" + id + "/review-assignments", staff, "{}").status());
        JsonObject assignment = api.get(CALLS + "/" + id + "/review-assignments", staff).structure().asJsonArray()
                .getJsonObject(0);
        assertEquals(403, api.get(CALLS + "/" + id + "/review-assignments", fellow).status());
        List<String> criteria = api.get(CALLS + "/" + id, staff).json().getJsonObject("details")
                .getJsonArray("criteria").stream().map(v -> v.asJsonObject().getString("id")).toList();
        assertEquals(403, score(fellow, id, assignment, criteria, 5, 5, 5).status(), "a fellow scores nothing");
        assertEquals(403, api.get(CALLS + "/reviewers/" + username + "/declaration", fellow).status());

        // an offer: the fellow answers their own, not another's
        move(id, "SELECTION");
        decide(id, mine, "SELECT", "Highest mean score", null);
        JsonObject offered = api.get(base + nid, fellow).json();
        assertEquals("SELECTED", offered.getString("status"));
        assertTrue(absent(offered, "decisionReason"), "the staff's reason stays with staff: " + offered);
        assertEquals("Highest mean score", api.get(base + nid, staff).json().getString("decisionReason"));
        assertTrue(api.get(CALLS + "/mine", fellow).structure().asJsonArray().getJsonObject(0).getBoolean("offerOpen"));
        assertTrue(api.get("api/v1/me/notifications", fellow).json().getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject).anyMatch(e -> e.getString("topic").equals("assistance.fellowship.offer")),
                "the offer reaches the fellow's own inbox");
        JsonObject otherOffered = decide(id, other, "SELECT", "Second", null);
        assertEquals(403, answer(fellow, id, otherOffered, true).status(), "another nominee's offer");
        assertEquals("SELECTED", api.get(base + oid, staff).json().getString("status"));
        ApiClient.Reply accepted = answer(fellow, id, offered, true);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        assertEquals("%PDF", new String(bytes(base + nid + "/visa-letter", fellow), 0, 4, StandardCharsets.US_ASCII));

        // the ledger: staff keep it, the fellow reads it
        String entryJson = "{\"kind\":\"TICKET\",\"description\":\"Nairobi - Addis Ababa\",\"amount\":640.50,"
                + "\"currency\":\"USD\",\"status\":\"PLANNED\"}";
        assertEquals(201, api.post(base + nid + "/ledger", staff, entryJson).status());
        assertEquals(403, api.post(base + nid + "/ledger", fellow, entryJson).status());
        assertEquals(1, api.get(base + nid + "/ledger", fellow).structure().asJsonArray().size());

        // the certificate once completed: theirs only
        move(id, "COHORT_RUNNING");
        String session = created(api.post(CALLS + "/" + id + "/cohort/sessions", staff,
                "{\"title\":\"Tracing\",\"heldOn\":\"" + LocalDate.now() + "\"}")).getString("id");
        assertEquals(400, api.get(base + nid + "/certificate", fellow).status(), "not completed yet");
        JsonObject now = api.get(base + nid, staff).json();
        assertEquals(200, api.put(base + nid + "/online-completion", staff, "{\"completed\":true,\"version\":"
                + now.getJsonNumber("version") + "}").status());
        attend(id, session, mine, true);
        assertEquals(403, api.put(CALLS + "/" + id + "/cohort/sessions/" + session + "/attendance/" + nid, fellow,
                "{\"present\":true}").status(), "staff take attendance");
        assertTrue(api.get(CALLS + "/mine", fellow).structure().asJsonArray().getJsonObject(0).getBoolean("certificate"));
        assertEquals("%PDF", new String(bytes(base + nid + "/certificate", fellow), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(403, api.get(base + oid + "/certificate", fellow).status());
    }

    @Test
    void aFellowAccountIsRefusedWithoutItsRegistryPerson() {
        String admin = api.token("admin", PASSWORD);
        String id = openCall(callDetails(2, "ANY", List.of(), 0, null, 1, 2)).getString("id");
        JsonObject nominee = created(nominate(burundi, id, "BI", "Irakoze", "FEMALE", 6, "CUSTOMS", "OBR"));

        ApiClient.Reply noPerson = api.post("api/v1/admin/users", admin, fellowAccount("nobody." + run, null));
        assertEquals(400, noPerson.status(), noPerson.body());
        assertTrue(noPerson.body().contains("scope.personRequired"), noPerson.body());
        ApiClient.Reply unknown = api.post("api/v1/admin/users", admin, fellowAccount("ghost." + run,
                UUID.randomUUID().toString()));
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("scope.unknownPerson"), unknown.body());
        assertTrue(api.get("api/v1/admin/users?q=" + run, admin).structure().asJsonArray().stream()
                .noneMatch(v -> v.asJsonObject().getString("username").startsWith("nobody.")
                        || v.asJsonObject().getString("username").startsWith("ghost.")), "nothing was created");
        assertEquals(403, api.post("api/v1/admin/users", staff, fellowAccount("staffmade." + run,
                nominee.getString("personId"))).status(), "administrators create accounts");

        ApiClient.Reply made = api.post("api/v1/admin/users", admin, fellowAccount("irakoze." + run,
                nominee.getString("personId")));
        assertEquals(201, made.status(), made.body());
        assertEquals(nominee.getString("personId"), made.json().getJsonObject("account").getString("personId"));
        String fellow = firstSignIn("irakoze." + run, made.json().getString("oneTimePassword"));
        assertEquals(Set.of(nominee.getString("id")), api.get(CALLS + "/mine", fellow).structure().asJsonArray()
                .stream().map(v -> v.asJsonObject().getJsonObject("nomination").getString("id"))
                .collect(Collectors.toSet()));
        ApiClient.Reply twice = api.post("api/v1/admin/users", admin, fellowAccount("irakoze2." + run,
                nominee.getString("personId")));
        assertEquals(400, twice.status(), twice.body());
        assertTrue(twice.body().contains("scope.personTaken"), twice.body());
    }

    @Test
    void conflictsOfInterestCompareRegistryAgencyIdsAndNamesOnlyForFreeText() {
        // two agencies of the same name, in Uganda and in Burundi
        String name = "Border Police " + run;
        String uganda = created(api.post("api/v1/agencies", staff, agency("UG", name))).getString("id");
        String burundiAgency = created(api.post("api/v1/agencies", staff, agency("BI", name))).getString("id");

        // a declaration names one of the declared State's registry agencies
        JsonObject current = api.get(CALLS + "/reviewers/reviewer.uganda/declaration", staff).json();
        long version = current.getJsonNumber("version").longValue();
        ApiClient.Reply otherState = api.put(CALLS + "/reviewers/reviewer.uganda/declaration", staff,
                Json.createObjectBuilder().add("stateId", "UG").add("agencyId", burundiAgency).add("version", version)
                        .build().toString());
        assertEquals(400, otherState.status(), otherState.body());
        assertTrue(otherState.body().contains("fellowship.declaration.agencyOtherState"), otherState.body());
        ApiClient.Reply unknownName = api.put(CALLS + "/reviewers/reviewer.uganda/declaration", staff,
                Json.createObjectBuilder().add("stateId", "UG").add("agency", "No such police " + run)
                        .add("version", version).build().toString());
        assertEquals(400, unknownName.status(), unknownName.body());
        assertTrue(unknownName.body().contains("fellowship.declaration.agencyUnknown"), unknownName.body());
        ApiClient.Reply declared = api.put(CALLS + "/reviewers/reviewer.uganda/declaration", staff,
                Json.createObjectBuilder().add("stateId", "UG").add("agencyId", uganda).add("version", version)
                        .build().toString());
        assertEquals(200, declared.status(), declared.body());
        assertEquals(uganda, declared.json().getString("agencyId"));
        assertEquals(name, declared.json().getString("agency"));
        declare("reviewer", "SD", null);
        declare("reviewer.kenya", "KE", null);

        String id = openCall(callDetails(3, "ANY", List.of(), 0, null, 3, 10)).getString("id");
        // seconded to the Ugandan agency, written another way: the same agency
        String sameId = created(nominateAt(burundi, id, "Nsengiyumva", "UPF secondment", uganda)).getString("id");
        // Burundi's own agency of the same name: another agency
        String sameName = created(nominateAt(burundi, id, "Ndikumana", name, burundiAgency)).getString("id");
        // typed by hand, no registry agency: the names are compared
        String freeText = created(nominateAt(burundi, id, "Niyonkuru", "  border POLICE  " + run, null)).getString("id");
        toReview(id);
        assertEquals(200, api.post(CALLS + "/" + id + "/review-assignments", staff, "{}").status());
        JsonArray all = api.get(CALLS + "/" + id + "/review-assignments", staff).structure().asJsonArray();
        assertFalse(reviewersOf(all, sameId).contains("reviewer.uganda"), "same agency ID: " + all);
        assertTrue(reviewersOf(all, sameName).contains("reviewer.uganda"), "same name, other agency: " + all);
        assertFalse(reviewersOf(all, freeText).contains("reviewer.uganda"), "free text, same name: " + all);
        assertEquals(Set.of("reviewer", "reviewer.kenya"), reviewersOf(all, sameId));
    }
}
