package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Projects through the API: a confirmed match becomes a project with the right links; status rules; totals that
 * leave pledges out and convert through the staff rates; duplicate-funding warnings; who may do what per role;
 * documents served only to those allowed; IATI exports valid against the official XSD that import back.
 */
class ProjectsIT extends ProjectsItBase {

    @Test
    void aConfirmedMatchCreatesAProjectWithTheRightLinks() {
        JsonObject need = a.publishedNeed("fp.kenya", AssistanceApi.need("KE", AssistanceApi.unique("Machines"),
                List.of("MARKING"), "MARKING_MACHINE", 5));
        JsonObject offer = a.publishedOffer("donor.eu", AssistanceApi.offer("EU", AssistanceApi.unique("EU machines"),
                List.of("MARKING"), "MARKING_MACHINE", 5));
        JsonObject match = a.created("api/v1/matches", "staff", Json.createObjectBuilder()
                .add("needId", need.getString("id")).add("offerId", offer.getString("id")).add("fundingAmount", 60000)
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("itemCode", "MARKING_MACHINE").add("quantity", 5))));
        match = a.moved("api/v1/matches", "fp.kenya", match, "accept-recipient");
        match = a.moved("api/v1/matches", "donor.eu", match, "accept-donor");
        assertEquals(0, a.get("api/v1/projects?q=" + need.getString("title").replace(" ", "%20"), "staff")
                .getInt("total"), "no project before confirmation");
        a.moved("api/v1/matches", "staff", match, "confirm");

        JsonObject page = a.get("api/v1/projects?q=" + need.getString("title").replace(" ", "%20"), "staff");
        assertEquals(1, page.getInt("total"), page.toString());
        JsonObject project = a.get("api/v1/projects/" + page.getJsonArray("items").getJsonObject(0).getString("id"),
                "staff");
        assertEquals("MATCH", project.getString("origin"));
        assertEquals("PIPELINE", project.getString("status"));
        assertEquals(List.of(need.getString("id")), strings(project.getJsonArray("needIds")));
        assertEquals(List.of(offer.getString("id")), strings(project.getJsonArray("offerIds")));
        assertEquals(List.of(match.getString("id")), strings(project.getJsonArray("matchIds")));
        assertEquals(List.of(need.getString("stateId")), strings(project.getJsonArray("recipientStates")));
        JsonObject funder = project.getJsonArray("participants").getJsonObject(0);
        assertEquals("FUNDING", funder.getString("role"));
        assertEquals(offer.getString("organisationId"), funder.getString("organisationId"));
        JsonObject line = project.getJsonArray("deliverables").getJsonObject(0);
        assertEquals("MARKING_MACHINE", line.getString("itemCode"));
        assertEquals(5, line.getInt("planned"));
        assertEquals(0, line.getInt("delivered"));
        assertTrue(strings(project.getJsonArray("themes")).contains("MARKING"));
        JsonObject commitment = project.getJsonArray("transactions").getJsonObject(0);
        assertEquals("COMMITMENT", commitment.getString("type"));
        assertEquals(0, new BigDecimal("60000").compareTo(commitment.getJsonNumber("amount").bigDecimalValue()));
        // the project's need and match are also readable by the parties
        assertEquals(200, a.api.get("api/v1/projects/" + project.getString("id"), a.token("fp.kenya")).status());
        assertEquals(200, a.api.get("api/v1/projects/" + project.getString("id"), a.token("donor.eu")).status());
    }

    @Test
    void eachStatusRequiresItsFields() {
        LocalDate today = LocalDate.now();
        JsonObject p = create(project(identifier(), "UG", "EU", "RECORD_KEEPING", today, today.plusYears(1)));
        ApiClient.Reply refused = post("api/v1/projects/" + p.getString("id") + "/status", "staff",
                Json.createObjectBuilder().add("status", "IMPLEMENTATION").add("version", p.getInt("version")));
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("project.status.needsActualStart"), codes(refused));
        ApiClient.Reply jump = post("api/v1/projects/" + p.getString("id") + "/status", "staff",
                Json.createObjectBuilder().add("status", "CLOSED").add("version", p.getInt("version")));
        assertEquals(List.of("project.status.transition"), codes(jump), "pipeline cannot close");

        ApiClient.Reply changed = a.api.put("api/v1/projects/" + p.getString("id"), a.token("staff"),
                project(p.getString("iatiIdentifier"), "UG", "EU", "RECORD_KEEPING", today, today.plusYears(1))
                        .add("actualStart", today.toString()).add("version", p.getInt("version")).build().toString());
        assertEquals(200, changed.status(), changed.body());
        p = moved(changed.json(), "IMPLEMENTATION");
        p = moved(p, "FINALISATION");
        refused = post("api/v1/projects/" + p.getString("id") + "/status", "staff",
                Json.createObjectBuilder().add("status", "CLOSED").add("version", p.getInt("version")));
        assertEquals(Set.of("project.status.needsActualEnd", "project.status.needsFinalReport"),
                Set.copyOf(codes(refused)));
        ApiClient.Reply report = post("api/v1/projects/" + p.getString("id") + "/milestones", "donor.eu",
                Json.createObjectBuilder().add("kind", "FINAL_REPORT").add("title", "Final report")
                        .add("dueOn", today.toString()).add("doneOn", today.toString()));
        assertEquals(200, report.status(), "the funding donor submits the final report: " + report.body());
        p = report.json();
        refused = post("api/v1/projects/" + p.getString("id") + "/status", "staff",
                Json.createObjectBuilder().add("status", "CLOSED").add("version", p.getInt("version")));
        assertEquals(List.of("project.status.needsActualEnd"), codes(refused));
        changed = a.api.put("api/v1/projects/" + p.getString("id"), a.token("staff"),
                project(p.getString("iatiIdentifier"), "UG", "EU", "RECORD_KEEPING", today, today.plusYears(1))
                        .add("actualStart", today.toString()).add("actualEnd", today.toString())
                        .add("version", p.getInt("version")).build().toString());
        assertEquals(200, changed.status(), changed.body());
        p = moved(changed.json(), "CLOSED");
        assertEquals("CLOSED", p.getString("status"));
        assertEquals(403, post("api/v1/projects/" + p.getString("id") + "/status", "donor.eu",
                Json.createObjectBuilder().add("status", "IMPLEMENTATION").add("version", p.getInt("version")))
                .status(), "staff move the status");
    }

    @Test
    void totalsLeavePledgesOutAndConvertThroughTheStaffRates() {
        LocalDate today = LocalDate.now();
        JsonObject p = create(project(identifier(), "BI", "GFFO", "DESTRUCTION", today, today.plusYears(1)));
        String path = "api/v1/projects/" + p.getString("id") + "/transactions";
        transaction(path, "donor.gffo", "PLEDGE", "1000000", "USD");
        transaction(path, "donor.gffo", "COMMITMENT", "100000", "EUR");
        transaction(path, "staff", "COMMITMENT", "50000", "USD");
        transaction(path, "donor.gffo", "DISBURSEMENT", "20000", "EUR");
        JsonObject after = transaction(path, "donor.gffo", "EXPENDITURE", "700", "XTS");

        BigDecimal eur = a.api.get("api/v1/exchange-rates", a.token("staff")).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(r -> r.getString("currency").equals("EUR")).findFirst()
                .orElseThrow().getJsonNumber("unitsPerUsd").bigDecimalValue();
        JsonObject totals = after.getJsonObject("totals");
        assertEquals("USD", totals.getString("currency"));
        assertEquals(0, new BigDecimal("1000000").compareTo(totals.getJsonNumber("pledged").bigDecimalValue()));
        BigDecimal committed = new BigDecimal("100000").divide(eur, MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP).add(new BigDecimal("50000"));
        assertEquals(0, committed.compareTo(totals.getJsonNumber("committed").bigDecimalValue()),
                "commitments in USD without the pledge: " + totals);
        BigDecimal disbursed = new BigDecimal("20000").divide(eur, MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
        assertEquals(0, disbursed.compareTo(totals.getJsonNumber("disbursed").bigDecimalValue()));
        JsonObject rate = totals.getJsonArray("rates").getJsonObject(0);
        assertEquals("EUR", rate.getString("currency"));
        assertEquals(0, eur.compareTo(rate.getJsonNumber("unitsPerUsd").bigDecimalValue()), "the rate used is shown");
        assertEquals(List.of("XTS"), strings(totals.getJsonArray("missingRates")), "no silent conversion at par");
        assertEquals(0, BigDecimal.ZERO.compareTo(totals.getJsonNumber("expended").bigDecimalValue()));

        JsonObject listed = a.get("api/v1/projects?q=" + p.getString("iatiIdentifier"), "reviewer")
                .getJsonArray("items").getJsonObject(0);
        assertEquals(0, committed.compareTo(listed.getJsonNumber("committedUsd").bigDecimalValue()));
        ApiClient.Reply csv = a.api.getAs("api/v1/projects/export?format=csv&q=" + p.getString("iatiIdentifier"),
                a.token("staff"), "text/csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains(p.getString("iatiIdentifier")) && csv.body().contains("Burundi"), csv.body());
        assertEquals(200, a.api.getAs("api/v1/projects/export?format=xlsx", a.token("reviewer"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").status());
    }

    @Test
    void aNewNeedOverlappingAnActiveProjectOfTheSameStateIsFlagged() {
        LocalDate today = LocalDate.now();
        // a project entered directly, funding no need in the system
        JsonObject project = create(project(identifier(), "BI", "EU", "DESTRUCTION", today, today.plusMonths(12)));
        JsonObject need = a.created("api/v1/needs", "fp.burundi", AssistanceApi.need("BI",
                AssistanceApi.unique("Destruction of surplus"), List.of("DESTRUCTION"), "DESTRUCTION_EQUIPMENT", 1));
        JsonObject warning = need.getJsonArray("warnings").stream().map(v -> v.asJsonObject())
                .filter(w -> w.getString("relatedId").equals(project.getString("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no warning about " + project + " in " + need));
        assertEquals("duplicate.activeProject", warning.getString("code"));
        assertTrue(warning.getString("text").contains("Test project"), warning.toString());

        JsonObject otherTheme = a.created("api/v1/needs", "fp.burundi", AssistanceApi.need("BI",
                AssistanceApi.unique("Gender"), List.of("GENDER_MAINSTREAMING")));
        assertTrue(otherTheme.getJsonArray("warnings").stream().noneMatch(w -> w.asJsonObject()
                .getString("relatedId").equals(project.getString("id"))), "no shared theme, no warning");
        JsonObject otherState = a.created("api/v1/needs", "fp.kenya", AssistanceApi.need("KE",
                AssistanceApi.unique("Kenya destruction"), List.of("DESTRUCTION")));
        assertTrue(otherState.getJsonArray("warnings").stream().noneMatch(w -> w.asJsonObject()
                .getString("relatedId").equals(project.getString("id"))), "another State's project is no duplicate");
        JsonObject later = a.created("api/v1/needs", "fp.burundi", AssistanceApi.need("BI",
                        AssistanceApi.unique("Destruction later"), List.of("DESTRUCTION"))
                .add("periodFrom", today.plusMonths(14).toString()).add("periodTo", today.plusMonths(20).toString()));
        assertTrue(later.getJsonArray("warnings").stream().noneMatch(w -> w.asJsonObject()
                .getString("relatedId").equals(project.getString("id"))), "after the project ends, no warning");
    }

    @Test
    void duplicateFundingIsWarnedOnCreationAndReportedToStaff() {
        LocalDate today = LocalDate.now();
        JsonObject first = create(project(identifier(), "TZ", "EU", "STOCKPILE_MANAGEMENT", today,
                today.plusMonths(12)));
        JsonObject second = create(project(identifier(), "TZ", "GFFO", "STOCKPILE_MANAGEMENT",
                today.plusMonths(6), today.plusMonths(18)));
        JsonObject warning = second.getJsonArray("warnings").stream().map(v -> v.asJsonObject())
                .filter(w -> w.getString("otherId").equals(first.getString("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no warning about " + first + " in " + second));
        assertEquals("project.duplicate.overlap", warning.getString("code"));
        assertTrue(warning.getString("text").contains(first.getString("iatiIdentifier")), warning.toString());

        JsonObject later = create(project(identifier(), "TZ", "GFFO", "STOCKPILE_MANAGEMENT",
                today.plusMonths(13), today.plusMonths(20)));
        assertTrue(later.getJsonArray("warnings").stream().noneMatch(w -> w.asJsonObject().getString("otherId")
                .equals(first.getString("id"))), "periods that do not overlap are no duplicate");

        UUID need = UUID.randomUUID();
        JsonObject one = create(project(identifier(), "RW", "EU", "MARKING", today, today.plusMonths(3))
                .add("needIds", Json.createArrayBuilder().add(need.toString())));
        JsonObject two = create(project(identifier(), "BI", "GFFO", "TRACING", today.plusYears(2),
                today.plusYears(3)).add("needIds", Json.createArrayBuilder().add(need.toString())));
        assertTrue(two.getJsonArray("warnings").stream().map(v -> v.asJsonObject()).anyMatch(w ->
                w.getString("code").equals("project.duplicate.need") && w.getString("otherId")
                        .equals(one.getString("id"))), two.toString());

        ApiClient.Reply report = a.api.get("api/v1/projects/duplicates", a.token("staff"));
        assertEquals(200, report.status());
        JsonArray rows = report.structure().asJsonArray();
        assertTrue(rows.stream().map(v -> v.asJsonObject()).anyMatch(w -> Set.of(w.getString("projectId"),
                w.getString("otherId")).equals(Set.of(first.getString("id"), second.getString("id")))));
        assertTrue(rows.stream().map(v -> v.asJsonObject()).anyMatch(w -> w.getString("code")
                .equals("project.duplicate.need") && Set.of(w.getString("projectId"), w.getString("otherId"))
                .equals(Set.of(one.getString("id"), two.getString("id")))));
        assertEquals(403, a.api.get("api/v1/projects/duplicates", a.token("donor.eu")).status());
    }

    @Test
    void eachRoleMayDoOnlyItsShare() throws Exception {
        LocalDate today = LocalDate.now();
        JsonObject open = create(project(identifier(), "KE", "EU", "MARKING", today, today.plusYears(1)));
        JsonObject secret = create(project(identifier(), "KE", "EU", "MARKING", today, today.plusYears(1))
                .add("confidential", true));
        String id = open.getString("id");
        String tx = "api/v1/projects/" + id + "/transactions";
        JsonObjectBuilder money = Json.createObjectBuilder().add("type", "DISBURSEMENT")
                .add("date", today.toString()).add("amount", 1000).add("currency", "EUR").add("provider", "EU")
                .add("receiverName", "Kenya National Focal Point");
        assertEquals(201, post(tx, "donor.eu", money).status(), "the funding donor records money");
        assertEquals(403, post(tx, "donor.gffo", money).status(), "another donor does not");
        assertEquals(403, post(tx, "fp.kenya", money).status(), "nor the recipient");
        assertEquals(403, post(tx, "reviewer", money).status());

        JsonObjectBuilder delivery = Json.createObjectBuilder().add("description", "Marking machines")
                .add("itemCode", "MARKING_MACHINE").add("planned", 5).add("delivered", 2);
        String deliverables = "api/v1/projects/" + id + "/deliverables";
        ApiClient.Reply delivered = post(deliverables, "fp.kenya", delivery);
        assertEquals(200, delivered.status(), "the recipient State records delivery: " + delivered.body());
        assertEquals(40, delivered.json().getInt("deliveredPercent"));
        assertEquals(403, post(deliverables, "fp.sudan", delivery).status(), "another State does not");
        assertEquals(403, post(deliverables, "donor.eu", delivery).status(), "nor the donor");
        JsonObject line = delivered.json().getJsonArray("deliverables").getJsonObject(0);
        ApiClient.Reply wrong = post(deliverables, "fp.kenya", Json.createObjectBuilder()
                .add("id", line.getString("id")).add("version", line.getInt("version"))
                .add("description", "Marking machines").add("planned", 5).add("delivered", 2).add("installed", 3));
        assertEquals(List.of("project.deliverable.installedOverDelivered"), codes(wrong));

        String indicators = "api/v1/projects/" + id + "/indicators";
        JsonObjectBuilder indicator = Json.createObjectBuilder().add("title", "Share of State-held weapons marked")
                .add("percentage", true).add("baselineYear", today.getYear()).add("baseline", 12)
                .add("periods", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("start", today.toString()).add("end", today.plusYears(1).toString())
                        .add("target", 60).add("actual", 35)));
        assertEquals(200, post(indicators, "fp.kenya", indicator).status());
        assertEquals(403, post(indicators, "donor.eu", indicator).status());

        String assets = "api/v1/projects/" + id + "/assets";
        JsonObjectBuilder asset = Json.createObjectBuilder().add("serialNumber", "SN-" + UUID.randomUUID())
                .add("model", "Dot-peen M-200").add("custodianAgency", "Kenya Police Service")
                .add("location", "Nairobi armoury").add("status", "OPERATIONAL").add("trainedOperators", 3);
        ApiClient.Reply saved = post(assets, "fp.kenya", asset);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(403, post(assets, "fp.sudan", asset).status());
        assertEquals(403, post(assets, "donor.eu", asset).status());
        String assetId = saved.json().getJsonArray("assets").getJsonObject(0).getString("id");
        assertEquals(200, post(assets + "/" + assetId + "/log", "fp.kenya",
                Json.createObjectBuilder().add("note", "Stylus replaced")).status());
        JsonObject old = post(assets, "fp.kenya", Json.createObjectBuilder().add("serialNumber", "OLD-"
                + UUID.randomUUID()).add("model", "Stamping S-1").add("custodianAgency", "Kenya Police Service")
                .add("location", "Mombasa").add("reportedOn", today.minusMonths(9).toString())).json();
        JsonArray stale = a.api.get("api/v1/projects/assets?state=KE&stale=true", a.token("staff")).structure()
                .asJsonArray();
        assertTrue(stale.stream().anyMatch(v -> v.asJsonObject().getJsonObject("projectId").getString("value").equals(id)
                && v.asJsonObject().getString("model").equals("Stamping S-1")), "an asset not reported on is flagged");
        assertTrue(stale.stream().noneMatch(v -> v.asJsonObject().getString("id").equals(assetId)));
        assertNotNull(old);

        String milestones = "api/v1/projects/" + id + "/milestones";
        assertEquals(200, post(milestones, "donor.eu", Json.createObjectBuilder().add("kind", "NARRATIVE_REPORT")
                .add("title", "First narrative report").add("dueOn", today.minusDays(3).toString())).status());
        assertEquals(403, post(milestones, "donor.eu", Json.createObjectBuilder().add("kind", "MILESTONE")
                .add("title", "Handover").add("dueOn", today.toString())).status(), "milestones are staff's");
        assertEquals(403, post(milestones, "fp.kenya", Json.createObjectBuilder().add("kind", "NARRATIVE_REPORT")
                .add("title", "Report").add("dueOn", today.toString())).status());
        JsonArray overdue = a.api.get("api/v1/projects/overdue", a.token("reviewer")).structure().asJsonArray();
        assertTrue(overdue.stream().anyMatch(v -> v.asJsonObject().getString("title").equals("First narrative report")
                && v.asJsonObject().getJsonObject("projectId").getString("value").equals(id)), overdue.toString());

        assertEquals(403, post("api/v1/projects", "fp.kenya", project(identifier(), "KE", "EU", "MARKING", today,
                today.plusYears(1))).status(), "only staff create");
        assertEquals(403, post("api/v1/projects", "donor.eu", project(identifier(), "KE", "EU", "MARKING", today,
                today.plusYears(1))).status());

        // reading: the network reads open projects; confidential ones only staff and the parties
        assertEquals(200, a.api.get("api/v1/projects/" + id, a.token("reviewer")).status());
        assertEquals(200, a.api.get("api/v1/projects/" + id, a.token("fp.sudan")).status());
        String hidden = "api/v1/projects/" + secret.getString("id");
        assertEquals(404, a.api.get(hidden, a.token("reviewer")).status());
        assertEquals(404, a.api.get(hidden, a.token("fp.sudan")).status());
        assertEquals(404, a.api.get(hidden, a.token("donor.gffo")).status());
        assertEquals(200, a.api.get(hidden, a.token("fp.kenya")).status());
        assertEquals(200, a.api.get(hidden, a.token("donor.eu")).status());
        assertEquals(0, a.get("api/v1/projects?q=" + secret.getString("iatiIdentifier"), "reviewer").getInt("total"));
        assertEquals(1, a.get("api/v1/projects?q=" + secret.getString("iatiIdentifier"), "fp.kenya").getInt("total"));
        assertEquals(401, a.api.get("api/v1/projects/" + id, null).status());

        // documents: type and size checked, served only to those who may read the project
        byte[] pdf = "%PDF-1.4\n% test\n".getBytes();
        HttpResponse<byte[]> up = upload(secret.getString("id"), "fp.kenya", "application/pdf", "report.pdf", pdf);
        assertEquals(201, up.statusCode(), new String(up.body()));
        JsonObject withDocument = Json.createReader(new StringReader(new String(up.body(), "UTF-8"))).readObject();
        String document = withDocument.getJsonArray("documents").getJsonObject(0).getString("id");
        assertEquals(400, upload(secret.getString("id"), "fp.kenya", "application/pdf", "fake.pdf",
                "<html>".getBytes()).statusCode(), "content must match its type");
        assertEquals(400, upload(secret.getString("id"), "fp.kenya", "text/html", "page.html",
                "<html>".getBytes()).statusCode(), "type not allowed");
        assertEquals(400, upload(secret.getString("id"), "fp.kenya", "application/pdf", "empty.pdf",
                new byte[0]).statusCode(), "an empty file");
        assertEquals(404, upload(secret.getString("id"), "fp.sudan", "application/pdf", "report.pdf", pdf)
                .statusCode(), "another State cannot even see it");
        assertEquals(403, upload(id, "fp.sudan", "application/pdf", "report.pdf", pdf).statusCode(),
                "nor attach to a project it may read");
        assertEquals(404, a.api.get(hidden + "/documents/" + document, a.token("reviewer")).status());
        assertEquals(404, a.api.get(hidden + "/documents/" + document, a.token("donor.gffo")).status());
        ApiClient.Reply got = a.api.get(hidden + "/documents/" + document, a.token("donor.eu"));
        assertEquals(200, got.status());
        assertTrue(got.body().startsWith("%PDF-"));
    }

    @Test
    void iatiExportsValidateAndImportBackToTheSameProjects() throws Exception {
        LocalDate today = LocalDate.now();
        JsonObject p = create(project(identifier(), "SD", "GFFO", "AMMUNITION_MANAGEMENT", today,
                today.plusYears(2)).add("descriptionAr", "إدارة الذخيرة").add("lessonsLearned", "Plan transport early."));
        String id = p.getString("id");
        a.api.put("api/v1/projects/" + id + "/budgets", a.token("staff"), Json.createObjectBuilder()
                .add("version", p.getInt("version")).add("budgets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "ORIGINAL").add("year", today.getYear())
                                .add("amount", 120000).add("currency", "EUR"))
                        .add(Json.createObjectBuilder().add("kind", "REVISED").add("year", today.getYear())
                                .add("amount", 150000).add("currency", "EUR"))).build().toString());
        post("api/v1/projects/" + id + "/transactions", "donor.gffo", Json.createObjectBuilder().add("type", "PLEDGE")
                .add("date", today.minusDays(1).toString()).add("amount", 150000).add("currency", "EUR").add("provider", "GFFO")
                .add("receiverName", "Sudan national commission"));
        post("api/v1/projects/" + id + "/transactions", "donor.gffo", Json.createObjectBuilder()
                .add("type", "COMMITMENT").add("date", today.toString()).add("amount", 100000).add("currency", "EUR")
                .add("provider", "GFFO").add("receiverName", "Sudan national commission").add("description", "Phase 1"));
        post("api/v1/projects/" + id + "/deliverables", "fp.sudan", Json.createObjectBuilder()
                .add("description", "Ammunition storage containers").add("planned", 4).add("delivered", 1));
        post("api/v1/projects/" + id + "/indicators", "fp.sudan", Json.createObjectBuilder()
                .add("title", "Depots meeting IATG level 1").add("unit", "depots").add("baselineYear", 2025)
                .add("baseline", 0).add("periods", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("start", today.toString()).add("end", today.plusYears(1).toString()).add("target", 4))));
        JsonObject original = a.get("api/v1/projects/" + id, "staff");

        ApiClient.Reply one = a.api.getAs("api/v1/projects/" + id + "/iati", a.token("reviewer"), "application/xml");
        assertEquals(200, one.status(), one.body());
        assertEquals(List.of(), schemaErrors(one.body()), "one project validates");
        assertTrue(one.body().contains("<iati-identifier>" + p.getString("iatiIdentifier") + "</iati-identifier>"));
        assertTrue(one.body().contains("<recipient-country code=\"SD\""), one.body());
        assertTrue(one.body().contains("<transaction-type code=\"12\""), "the pledge as an outgoing pledge");

        JsonObject other = create(project(identifier(), "KE", "EU", "MARKING", today, today.plusYears(1)));
        ApiClient.Reply many = a.api.getAs("api/v1/projects/iati?ids=" + id + "," + other.getString("id"),
                a.token("staff"), "application/xml");
        assertEquals(200, many.status(), many.body());
        assertEquals(List.of(), schemaErrors(many.body()), "several projects validate");
        assertEquals(2, many.body().split("<iati-activity ").length - 1);
        ApiClient.Reply all = a.api.getAs("api/v1/projects/iati", a.token("donor.eu"), "application/xml");
        assertEquals(200, all.status());
        assertEquals(List.of(), schemaErrors(all.body()), "all public projects validate");
        assertTrue(all.body().contains(p.getString("iatiIdentifier")));

        // the same file again: every activity is a duplicate, nothing imported
        ApiClient.Reply preview = a.api.postXml("api/v1/projects/iati/preview", a.token("staff"), one.body());
        assertEquals(200, preview.status(), preview.body());
        JsonObject row = preview.structure().asJsonArray().getJsonObject(0);
        assertEquals(id, row.getString("duplicateOf"));
        assertFalse(row.getBoolean("importable"));
        assertEquals(403, a.api.postXml("api/v1/projects/iati/preview", a.token("donor.gffo"), one.body()).status());

        // under a new identifier it imports back to the same project
        String copy = identifier();
        String renamed = one.body().replace(p.getString("iatiIdentifier"), copy);
        JsonObject previewed = a.api.postXml("api/v1/projects/iati/preview", a.token("staff"), renamed).structure()
                .asJsonArray().getJsonObject(0);
        assertTrue(previewed.getBoolean("importable"), previewed.toString());
        ApiClient.Reply imported = a.api.postXml("api/v1/projects/iati/import", a.token("staff"), renamed);
        assertEquals(200, imported.status(), imported.body());
        String newId = imported.json().getJsonArray("created").getString(0);
        JsonObject back = a.get("api/v1/projects/" + newId, "staff");
        assertEquals("IMPORT", back.getString("origin"));
        for (String field : List.of("title", "description", "recipientStates", "participants", "themes",
                "genderMarker", "status", "confidential", "plannedStart", "plannedEnd", "lessonsLearned", "budgets",
                "totals", "needIds", "offerIds", "matchIds")) {
            assertEquals(original.get(field).toString().replace(p.getString("iatiIdentifier"), copy),
                    back.get(field).toString(), field);
        }
        assertEquals(strip(original.getJsonArray("transactions")), strip(back.getJsonArray("transactions")));
        assertEquals(strip(original.getJsonArray("deliverables")), strip(back.getJsonArray("deliverables")));
        assertEquals(strip(original.getJsonArray("indicators")), strip(back.getJsonArray("indicators")));
        assertEquals(List.of(), schemaErrors(a.api.getAs("api/v1/projects/" + newId + "/iati", a.token("staff"),
                "application/xml").body()), "the imported project exports valid too");
    }
}
