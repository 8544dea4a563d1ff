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
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Projects through the API: a confirmed match becomes a project with the right links; status rules; totals that
 * leave pledges out and convert through the staff rates; duplicate-funding warnings; who may do what per role;
 * documents served only to those allowed; IATI exports valid against the official XSD that import back.
 */
class ProjectsIT {

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    AssistanceApi a;

    @BeforeEach
    void client() {
        a = new AssistanceApi(new ApiClient(base));
    }

    static String identifier() {
        return "XI-TEST-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
    }

    static JsonObjectBuilder project(String identifier, String state, String funder, String theme, LocalDate start,
                                     LocalDate end) {
        return Json.createObjectBuilder().add("iatiIdentifier", identifier)
                .add("titleEn", "Test project " + identifier).add("titleFr", "Projet d'essai " + identifier)
                .add("titleAr", "مشروع تجريبي " + identifier)
                .add("descriptionEn", "Marking machines and training.")
                .add("states", Json.createArrayBuilder().add(state))
                .add("participants", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("organisation", funder).add("role", "FUNDING"))
                        .add(Json.createObjectBuilder().add("name", "Small Arms Survey").add("role", "IMPLEMENTING")))
                .add("themes", Json.createArrayBuilder().add(theme)).add("genderMarker", "SIGNIFICANT")
                .add("plannedStart", start.toString()).add("plannedEnd", end.toString());
    }

    JsonObject create(JsonObjectBuilder body) {
        return a.created("api/v1/projects", "staff", body);
    }

    ApiClient.Reply post(String path, String user, JsonObjectBuilder body) {
        return a.api.post(path, a.token(user), body.build().toString());
    }

    static List<String> codes(ApiClient.Reply reply) {
        return reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("code")).toList();
    }

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

    JsonObject moved(JsonObject p, String status) {
        ApiClient.Reply reply = post("api/v1/projects/" + p.getString("id") + "/status", "staff",
                Json.createObjectBuilder().add("status", status).add("version", p.getInt("version")));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
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

    JsonObject transaction(String path, String user, String type, String amount, String currency) {
        ApiClient.Reply reply = post(path, user, Json.createObjectBuilder().add("type", type)
                .add("date", LocalDate.now().toString()).add("amount", new BigDecimal(amount))
                .add("currency", currency).add("provider", "GFFO").add("receiverName", "Burundi national commission"));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
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

    HttpResponse<byte[]> upload(String project, String user, String type, String name, byte[] content)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/v1/projects/" + project
                        + "/documents?kind=NARRATIVE_REPORT&name=" + name))
                .header("Authorization", "Bearer " + a.token(user)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
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

    // ------------------------------------------------------------------ a donor's own IATI file

    static final String KENYA_UGANDA = "XM-DAC-5-7-2025-SALW-0142";
    static final String SUDAN = "XM-DAC-5-7-2023-SALW-0087";
    static final String REGIONAL = "XM-DAC-5-7-2026-SALW-0201";
    static final String TANZANIA = "XM-DAC-5-7-2025-SALW-0119";

    /** The German Federal Foreign Office's activities file, the same fixture the assistance module validates. */
    static String donorFile() throws Exception {
        Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        for (Path candidate : List.of(base.getParent(), base, base.resolve(".."))) {
            Path file = candidate.resolve("assistance-module/src/test/resources/iati/donor-gffo-activities.xml");
            if (Files.isRegularFile(file)) {
                return Files.readString(file);
            }
        }
        throw new AssertionError("donor-gffo-activities.xml not found from " + base);
    }

    String stateId(String iso) {
        return a.get("api/v1/states/" + iso, "staff").getJsonObject("state").getString("id");
    }

    String organisationId(String acronym) {
        return a.api.get("api/v1/organisations", a.token("staff")).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(o -> acronym.equals(o.getString("acronym", null))).findFirst()
                .orElseThrow().getString("id");
    }

    BigDecimal unitsPerUsd(String currency) {
        return a.api.get("api/v1/exchange-rates", a.token("staff")).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(r -> r.getString("currency").equals(currency)).findFirst()
                .orElseThrow().getJsonNumber("unitsPerUsd").bigDecimalValue();
    }

    static BigDecimal usd(String amount, BigDecimal unitsPerUsd) {
        return new BigDecimal(amount).divide(unitsPerUsd, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    static Map<String, JsonObject> byIdentifier(JsonArray rows) {
        Map<String, JsonObject> map = new LinkedHashMap<>();
        rows.forEach(v -> map.put(v.asJsonObject().getString("iatiIdentifier"), v.asJsonObject()));
        return map;
    }

    /** The first detail (the organisation as the file names it) of a preview row's notes of one kind. */
    static List<String> noteArgs(JsonObject row, String kind) {
        return row.getJsonArray("notes").stream().map(v -> v.asJsonObject())
                .filter(n -> n.getString("kind").equals(kind))
                .map(n -> n.getJsonArray("args").getString(0)).toList();
    }

    static List<String> noteTexts(JsonObject row, String kind) {
        return row.getJsonArray("notes").stream().map(v -> v.asJsonObject())
                .filter(n -> n.getString("kind").equals(kind)).map(n -> n.getString("text")).toList();
    }

    static List<String> noteKinds(JsonObject row) {
        return row.getJsonArray("notes").stream().map(v -> v.asJsonObject().getString("kind")).toList();
    }

    static List<String> money(JsonObject project) {
        return project.getJsonArray("transactions").stream().map(v -> v.asJsonObject()).map(t -> t.getString("type")
                + " " + t.getString("date") + " " + t.getJsonNumber("amount").bigDecimalValue().stripTrailingZeros()
                .toPlainString() + " " + t.getString("currency")).sorted().toList();
    }

    static void assertAmount(BigDecimal expected, JsonObject totals, String field) {
        assertEquals(0, expected.compareTo(totals.getJsonNumber(field).bigDecimalValue()), field + ": " + totals);
    }

    JsonObject importedProject(String identifier) {
        JsonObject page = a.get("api/v1/projects?q=" + identifier, "staff");
        assertEquals(1, page.getInt("total"), identifier + ": " + page);
        return a.get("api/v1/projects/" + page.getJsonArray("items").getJsonObject(0).getString("id"), "staff");
    }

    @Test
    void aDonorsOwnIatiFileImportsWhatMapsSaysWhatItLeavesOutAndImportsOnlyOnce() throws Exception {
        String xml = donorFile();
        assertEquals(List.of(), schemaErrors(xml), "the donor's file is valid IATI 2.03");
        assertEquals(0, a.get("api/v1/projects?q=XM-DAC-5-7-", "staff").getInt("total"));
        assertEquals(403, a.api.postXml("api/v1/projects/iati/preview", a.token("donor.gffo"), xml).status());
        assertEquals(403, a.api.postXml("api/v1/projects/iati/import", a.token("fp.kenya"), xml).status());

        // the preview: activity by activity, what it becomes and what it leaves out, and why
        ApiClient.Reply preview = a.api.postXml("api/v1/projects/iati/preview", a.token("staff"), xml);
        assertEquals(200, preview.status(), preview.body());
        Map<String, JsonObject> rows = byIdentifier(preview.structure().asJsonArray());
        assertEquals(List.of(KENYA_UGANDA, SUDAN, REGIONAL, TANZANIA), List.copyOf(rows.keySet()));
        JsonObject kenya = rows.get(KENYA_UGANDA);
        assertTrue(kenya.getBoolean("importable"), kenya.toString());
        assertEquals("KE, UG", kenya.getString("recipientCountries"));
        assertEquals(4, kenya.getInt("transactions"));
        assertEquals(4, kenya.getInt("budgets"));
        assertEquals(2, noteKinds(kenya).stream().filter("INCOMING_TRANSACTION"::equals).count(), kenya.toString());
        assertTrue(noteKinds(kenya).containsAll(List.of("LANGUAGES", "SECTOR", "COUNTRY_SHARES", "INDICATOR",
                "DOCUMENT_LINKS", "UNUSED_ELEMENTS")), kenya.toString());
        JsonObject incoming = kenya.getJsonArray("notes").stream().map(v -> v.asJsonObject())
                .filter(n -> n.getString("kind").equals("INCOMING_TRANSACTION")).findFirst().orElseThrow();
        assertTrue(incoming.getString("text").contains("Incoming commitment")
                && incoming.getString("text").contains("would count twice"), incoming.toString());
        JsonObject sudan = rows.get(SUDAN);
        assertTrue(sudan.getBoolean("importable"));
        assertEquals(5, sudan.getInt("transactions"));
        assertTrue(noteKinds(sudan).containsAll(List.of("TRANSACTION_NOT_POSITIVE", "STATUS", "BUDGET_YEAR",
                "NO_THEME")), sudan.toString());
        JsonObject regional = rows.get(REGIONAL);
        assertFalse(regional.getBoolean("importable"));
        assertEquals("project.iati.onlyRegion", regional.getString("problem"));
        assertTrue(regional.getString("problemText").contains("1027"), regional.toString());
        JsonObject tanzania = rows.get(TANZANIA);
        assertTrue(tanzania.getBoolean("importable"));
        assertEquals("Support to the destruction of surplus small arms in Tanzania", tanzania.getString("title"));
        assertTrue(noteKinds(tanzania).containsAll(List.of("FUNDER_NOT_IN_REGISTRY", "PROVIDER_FROM_REPORTING_ORG",
                "RECEIVER_FROM_IMPLEMENTER")), tanzania.toString());
        // how each organisation was found: the ministry under its German name only by its IATI identifier, the EU
        // (whose identifier the registry does not record) by its name, RECSA's long name not at all
        assertEquals(List.of("German Federal Foreign Office (XM-DAC-5-7) is the registry’s German Federal Foreign"
                        + " Office, found by its IATI organisation identifier.", "Auswärtiges Amt (XM-DAC-5-7) is the"
                        + " registry’s German Federal Foreign Office, found by its IATI organisation identifier."),
                noteTexts(tanzania, "ORGANISATION_BY_IATI_IDENTIFIER"));
        assertEquals(List.of("Mines Advisory Group (GB-CHC-1083008)"), noteArgs(tanzania, "ORGANISATION_NOT_FOUND"));
        assertEquals(List.of("European Union (XM-DAC-918-3)"), noteArgs(kenya, "ORGANISATION_BY_NAME"));
        assertEquals(List.of("German Federal Foreign Office (XM-DAC-5-7)",
                "Deutsche Gesellschaft für Internationale Zusammenarbeit (XM-DAC-5-52)"),
                noteArgs(kenya, "ORGANISATION_BY_IATI_IDENTIFIER"));
        assertEquals(List.of("Regional Centre on Small Arms (RECSA)"), noteArgs(kenya, "ORGANISATION_NOT_FOUND"));
        assertEquals(0, a.get("api/v1/projects?q=XM-DAC-5-7-", "staff").getInt("total"), "a preview changes nothing");

        // the import
        ApiClient.Reply imported = a.api.postXml("api/v1/projects/iati/import", a.token("staff"), xml);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(3, imported.json().getJsonArray("created").size(), imported.body());
        JsonArray skipped = imported.json().getJsonArray("skipped");
        assertEquals(List.of(REGIONAL), skipped.stream().map(v -> v.asJsonObject().getString("iatiIdentifier"))
                .toList());
        assertEquals(3, a.get("api/v1/projects?q=XM-DAC-5-7-", "staff").getInt("total"));

        String gffo = organisationId("GFFO");
        BigDecimal eur = unitsPerUsd("EUR");
        BigDecimal gbp = unitsPerUsd("GBP");

        JsonObject ke = importedProject(KENYA_UGANDA);
        assertEquals("IMPORT", ke.getString("origin"));
        assertEquals("IMPLEMENTATION", ke.getString("status"), "it has an actual start");
        assertEquals("Marking and record-keeping of small arms in Kenya and Uganda",
                ke.getJsonObject("title").getString("en"));
        assertEquals("Marquage et enregistrement des armes légères au Kenya et en Ouganda",
                ke.getJsonObject("title").getString("fr"));
        assertEquals(Set.of(stateId("KE"), stateId("UG")), Set.copyOf(strings(ke.getJsonArray("recipientStates"))));
        assertEquals(Set.of("MARKING", "RECORD_KEEPING"), Set.copyOf(strings(ke.getJsonArray("themes"))));
        assertEquals("SIGNIFICANT", ke.getString("genderMarker"));
        List<String> funders = ke.getJsonArray("participants").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("role").equals("FUNDING")).map(p -> p.getString("organisationId", null))
                .toList();
        assertEquals(List.of(gffo, organisationId("EU")), funders, "both funders are the registry's");
        // incoming funds and the incoming commitment are left out; the USD tranche keeps its currency
        assertEquals(List.of("COMMITMENT 2025-04-10 1500000 EUR", "DISBURSEMENT 2025-06-30 400000 EUR",
                "DISBURSEMENT 2026-01-31 520000 USD", "EXPENDITURE 2025-11-15 180000 EUR"), money(ke));
        JsonObject commitment = ke.getJsonArray("transactions").stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("type").equals("COMMITMENT")).findFirst().orElseThrow();
        assertEquals(gffo, commitment.getString("providerId"));
        assertEquals(organisationId("GIZ"), commitment.getString("receiverId"));
        JsonObject totals = ke.getJsonObject("totals");
        assertAmount(BigDecimal.ZERO, totals, "pledged");
        assertAmount(usd("1500000", eur), totals, "committed");
        assertAmount(usd("400000", eur).add(new BigDecimal("520000")), totals, "disbursed");
        assertEquals(List.of(), strings(totals.getJsonArray("missingRates")));
        assertEquals(List.of("ORIGINAL 2025 450000 EUR", "ORIGINAL 2026 600000 EUR", "ORIGINAL 2027 450000 EUR",
                "REVISED 2026 650000 EUR"), budgets(ke));
        assertEquals(2, ke.getJsonArray("indicators").size(), "the qualitative indicator is left out");

        JsonObject sd = importedProject(SUDAN);
        assertEquals("FINALISATION", sd.getString("status"), "closing needs a final report the file cannot carry");
        assertEquals("الإدارة الآمنة والمأمونة للذخيرة في السودان", sd.getJsonObject("title").getString("ar"));
        assertEquals(List.of(stateId("SD")), strings(sd.getJsonArray("recipientStates")));
        assertEquals("2025-03-31", sd.getString("actualEnd"));
        assertEquals(List.of("COMMITMENT 2023-08-01 480000 EUR", "DISBURSEMENT 2023-10-02 200000 GBP",
                "DISBURSEMENT 2024-06-03 240000 EUR", "EXPENDITURE 2025-02-28 35000 EUR",
                "PLEDGE 2023-05-10 500000 EUR"), money(sd), "the negative correction is left out");
        JsonObject sdTotals = sd.getJsonObject("totals");
        assertAmount(usd("500000", eur), sdTotals, "pledged");
        assertAmount(usd("480000", eur), sdTotals, "committed");
        assertAmount(usd("200000", gbp).add(usd("240000", eur)), sdTotals, "disbursed");
        assertEquals(List.of("ORIGINAL 2023 300000 EUR", "ORIGINAL 2024 200000 EUR"), budgets(sd));

        JsonObject tz = importedProject(TANZANIA);
        assertEquals("Support to the destruction of surplus small arms in Tanzania",
                tz.getJsonObject("title").getString("en"));
        assertEquals(List.of(stateId("TZ")), strings(tz.getJsonArray("recipientStates")));
        assertEquals(List.of("COMMITMENT 2025-02-01 300000 EUR", "DISBURSEMENT 2025-03-03 150000 EUR",
                "EXPENDITURE 2025-09-30 90000 EUR"), money(tz));
        assertTrue(tz.getJsonArray("transactions").stream().allMatch(t -> gffo.equals(t.asJsonObject()
                .getString("providerId", null))), "no provider in the file: the reporting organisation");
        assertTrue(tz.getJsonArray("participants").stream().map(v -> v.asJsonObject()).anyMatch(p ->
                "Ministry of Foreign Affairs of the Netherlands".equals(p.getString("name", null))
                        && p.getString("organisationId", null) == null), "a funder not in the registry is kept by name");
        JsonObject accountable = tz.getJsonArray("participants").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("role").equals("ACCOUNTABLE")).findFirst().orElseThrow();
        assertEquals(gffo, accountable.getString("organisationId", null),
                "named only 'Auswärtiges Amt' in the file, the registry's ministry by its IATI identifier");
        assertEquals("XM-DAC-5-7", accountable.getString("iatiRef", null));
        assertEquals(List.of(), strings(tz.getJsonArray("themes")));

        // the same file again changes nothing: every activity is a duplicate or still refused
        List<String> before = List.of(ke.toString(), sd.toString(), tz.toString());
        ApiClient.Reply again = a.api.postXml("api/v1/projects/iati/import", a.token("staff"), xml);
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getJsonArray("created").size(), again.body());
        Map<String, JsonObject> second = byIdentifier(again.json().getJsonArray("skipped"));
        assertEquals(Set.of(KENYA_UGANDA, SUDAN, REGIONAL, TANZANIA), second.keySet());
        assertEquals(ke.getString("id"), second.get(KENYA_UGANDA).getString("duplicateOf"));
        assertEquals(sd.getString("id"), second.get(SUDAN).getString("duplicateOf"));
        assertEquals(tz.getString("id"), second.get(TANZANIA).getString("duplicateOf"));
        assertEquals(3, a.get("api/v1/projects?q=XM-DAC-5-7-", "staff").getInt("total"));
        assertEquals(before, List.of(importedProject(KENYA_UGANDA).toString(), importedProject(SUDAN).toString(),
                importedProject(TANZANIA).toString()), "the imported projects are untouched");

        // the funder named in the file is the registry's: its representative records money on the project
        ApiClient.Reply donorMoney = post("api/v1/projects/" + ke.getString("id") + "/transactions", "donor.gffo",
                Json.createObjectBuilder().add("type", "DISBURSEMENT").add("date", LocalDate.now().toString())
                        .add("amount", 1000).add("currency", "EUR").add("provider", "GFFO")
                        .add("receiverName", "GIZ"));
        assertEquals(201, donorMoney.status(), donorMoney.body());
    }

    static List<String> budgets(JsonObject project) {
        return project.getJsonArray("budgets").stream().map(v -> v.asJsonObject()).map(b -> b.getString("kind") + " "
                + b.getInt("year") + " " + b.getJsonNumber("amount").bigDecimalValue().stripTrailingZeros()
                .toPlainString() + " " + b.getString("currency")).sorted().toList();
    }

    @Test
    void aFileThatIsNoIatiActivitiesFileGetsAClearReasonAndImportsNothing() throws Exception {
        int before = a.get("api/v1/projects", "staff").getInt("total");
        String donor = donorFile();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a text file", "project.iati.notXml");
        files.put(donor.substring(0, donor.length() / 2), "project.iati.notXml");
        files.put("<?xml version=\"1.0\"?><html><body><p>Projects</p></body></html>", "project.iati.notActivities");
        files.put("<iati-organisations version=\"2.03\"><iati-organisation/></iati-organisations>",
                "project.iati.organisationFile");
        files.put("<iati-activities version=\"1.05\"><iati-activity><iati-identifier>XM-1</iati-identifier>"
                + "</iati-activity></iati-activities>", "project.iati.version");
        files.put("<iati-activities version=\"2.03\"></iati-activities>", "project.iati.noActivities");
        for (Map.Entry<String, String> file : files.entrySet()) {
            for (String step : List.of("preview", "import")) {
                ApiClient.Reply reply = a.api.postXml("api/v1/projects/iati/" + step, a.token("staff"),
                        file.getKey());
                assertEquals(400, reply.status(), step + " " + file.getValue() + ": " + reply.body());
                assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
                JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
                assertEquals(file.getValue(), error.getString("code"), reply.body());
                assertEquals("file", error.getString("field"));
                assertFalse(error.getString("message").isBlank() || error.getString("message").startsWith("error."),
                        "a text, not a key: " + reply.body());
            }
        }
        ApiClient.Reply broken = a.api.postXml("api/v1/projects/iati/preview", a.token("staff"),
                donor.substring(0, donor.length() / 2));
        assertTrue(broken.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("line"),
                "names where the file breaks: " + broken.body());
        ApiClient.Reply html = a.api.postXml("api/v1/projects/iati/preview", a.token("staff"), "<html/>");
        assertEquals("This XML file is not an IATI activities file: its root element is <html>, not"
                + " <iati-activities>.", html.json().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(400, a.api.postXml("api/v1/projects/iati/import", a.token("staff"), "").status(), "empty");
        assertEquals(before, a.get("api/v1/projects", "staff").getInt("total"), "nothing was imported");
    }

    // ------------------------------------------------------------------ money without an exchange rate

    @Test
    void dashboardTotalsLeaveOutAndNameCurrenciesWithoutARate() {
        LocalDate today = LocalDate.now();
        // Malawi: no other test gives it a project, so its row is this project's alone
        JsonObject p = create(project(identifier(), "MW", "GFFO", "BORDER_CONTROL", today, today.plusYears(1)));
        String malawi = stateId("MW");
        String path = "api/v1/projects/" + p.getString("id") + "/transactions";
        transaction(path, "staff", "COMMITMENT", "5000", "XTS");
        transaction(path, "staff", "PLEDGE", "250", "XTS");
        transaction(path, "staff", "COMMITMENT", "1000", "USD");
        transaction(path, "staff", "DISBURSEMENT", "400", "USD");

        JsonObject dashboard = a.get("api/v1/projects/dashboard", "staff");
        JsonObject row = row(dashboard.getJsonArray("byState"), malawi);
        assertAmount(new BigDecimal("1000"), row, "committed");
        assertAmount(new BigDecimal("400"), row, "disbursed");
        assertAmount(BigDecimal.ZERO, row, "pledged");
        assertEquals(List.of("XTS"), strings(row.getJsonArray("missingRates")), "the row names what it left out");
        assertTrue(strings(dashboard.getJsonArray("missingRates")).contains("XTS"), "and so does the dashboard");
        assertTrue(strings(row(dashboard.getJsonArray("byTheme"), "BORDER_CONTROL").getJsonArray("missingRates"))
                .contains("XTS"));
        assertTrue(strings(row(dashboard.getJsonArray("byYear"), String.valueOf(today.getYear()))
                .getJsonArray("missingRates")).contains("XTS"));
        JsonObject listed = dashboard.getJsonArray("projects").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getJsonObject("id").getString("value").equals(p.getString("id"))).findFirst()
                .orElseThrow();
        assertEquals(List.of("XTS"), strings(listed.getJsonArray("missingRates")));
        assertAmount(new BigDecimal("1000"), listed, "committedUsd");
        assertTrue(dashboard.getJsonArray("rates").stream().map(v -> v.asJsonObject())
                .anyMatch(r -> r.getString("currency").equals("EUR")), "the rates used are named: " + dashboard
                .getJsonArray("rates"));
        // the donor's own row names only the currencies of the donor's own money
        JsonObject gffo = row(dashboard.getJsonArray("byDonor"), organisationId("GFFO"));
        assertTrue(strings(gffo.getJsonArray("missingRates")).contains("XTS"), gffo.toString());

        // the list names them too
        JsonObject summary = a.get("api/v1/projects?q=" + p.getString("iatiIdentifier"), "reviewer")
                .getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("XTS"), strings(summary.getJsonArray("missingRates")));

        // and so do the downloads: the dashboard's State table, in the reader's language
        List<CSVRecord> english = csv(a.api.getAs("api/v1/projects/dashboard/export?table=states&format=csv",
                a.token("reviewer"), "text/csv", "en"));
        assertEquals(List.of("State", "Requested (USD)", "Pledged (USD)", "Committed (USD)", "Disbursed (USD)",
                "Planned", "Delivered", "Delivered (%)", "Overdue reports", "Left out: no exchange rate"),
                english.get(0).toList());
        CSVRecord malawiRow = english.stream().filter(r -> r.get(0).equals("Malawi")).findFirst()
                .orElseThrow(() -> new AssertionError("no Malawi row in " + english));
        assertEquals(0, new BigDecimal("1000").compareTo(new BigDecimal(malawiRow.get(3))), malawiRow.toString());
        assertEquals("XTS", malawiRow.get(9));
        List<CSVRecord> french = csv(a.api.getAs("api/v1/projects/dashboard/export?table=states&format=csv",
                a.token("reviewer"), "text/csv", "fr"));
        assertEquals("Écarté : pas de taux de change", french.get(0).get(9));
        assertTrue(french.stream().anyMatch(r -> r.get(0).equals("Malawi") && r.get(9).equals("XTS")));
        List<CSVRecord> projectsCsv = csv(a.api.getAs("api/v1/projects/dashboard/export?table=projects&format=csv",
                a.token("staff"), "text/csv", "en"));
        assertTrue(projectsCsv.stream().anyMatch(r -> r.get(0).equals(p.getString("iatiIdentifier"))
                && r.get(8).equals("XTS")), "the project's own row names XTS too");
        List<CSVRecord> list = csv(a.api.getAs("api/v1/projects/export?format=csv&q=" + p.getString("iatiIdentifier"),
                a.token("staff"), "text/csv", "en"));
        assertEquals("Left out: no exchange rate", list.get(0).get(list.get(0).size() - 1));
        assertEquals("XTS", list.get(1).get(list.get(1).size() - 1), "the projects list export names it");
    }

    static List<CSVRecord> csv(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("text/csv"), reply.contentType());
        try {
            String body = reply.body().startsWith("\uFEFF") ? reply.body().substring(1) : reply.body();
            return CSVFormat.RFC4180.parse(new StringReader(body)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aProjectsListsDownloadOnlyForThoseWhoMayReadThemInTheirLanguage() throws Exception {
        LocalDate today = LocalDate.now();
        JsonObject secret = create(project(identifier(), "KE", "EU", "MARKING", today, today.plusYears(1))
                .add("confidential", true).add("lessonsLearned", "Plan transport early.\nTrain two operators per machine."));
        String id = secret.getString("id");
        ApiClient.Reply paid = post("api/v1/projects/" + id + "/transactions", "donor.eu", Json.createObjectBuilder()
                .add("type", "DISBURSEMENT").add("date", "2026-03-02").add("amount", 12500.5).add("currency", "EUR")
                .add("provider", "EU").add("receiverName", "Kenya National Focal Point"));
        assertEquals(201, paid.status(), paid.body());
        String transactions = "api/v1/projects/" + id + "/export?part=transactions&format=csv";

        // a confidential project's lists: staff and the parties, nobody else
        assertEquals(404, a.api.getAs(transactions, a.token("reviewer"), "text/csv").status());
        assertEquals(404, a.api.getAs(transactions, a.token("fp.sudan"), "text/csv").status());
        assertEquals(404, a.api.getAs(transactions, a.token("donor.gffo"), "text/csv").status());
        assertEquals(401, a.api.getAs(transactions, null, "text/csv").status());
        List<CSVRecord> rows = csv(a.api.getAs(transactions, a.token("donor.eu"), "text/csv", "en"));
        assertEquals(List.of("Date", "Type", "Amount", "Currency", "USD", "Provider", "Receiver", "Description",
                "Recorded by"), rows.get(0).toList());
        assertEquals(List.of("2026-03-02", "Disbursement", "12500.50", "EUR"), rows.get(1).toList().subList(0, 4));
        assertEquals("EU", rows.get(1).get(5));
        assertEquals("Kenya National Focal Point", rows.get(1).get(6));
        List<CSVRecord> french = csv(a.api.getAs(transactions, a.token("fp.kenya"), "text/csv", "fr"));
        assertEquals("Décaissement", french.get(1).get(1), "kinds in the reader's language");
        List<CSVRecord> lessons = csv(a.api.getAs("api/v1/projects/" + id + "/export?part=lessons&format=csv",
                a.token("staff"), "text/csv", "en"));
        assertEquals(List.of("Plan transport early.", "Train two operators per machine."),
                lessons.subList(1, lessons.size()).stream().map(r -> r.get(2)).toList());

        // every list of the page downloads, as CSV and as an XLSX workbook
        for (String part : List.of("budgets", "transactions", "deliverables", "indicators", "milestones", "assets",
                "documents", "lessons")) {
            assertEquals(200, a.api.getAs("api/v1/projects/" + id + "/export?part=" + part + "&format=csv",
                    a.token("staff"), "text/csv").status(), part);
            HttpResponse<byte[]> xlsx = a.api.bytes("api/v1/projects/" + id + "/export?part=" + part
                    + "&format=xlsx", a.token("staff"), XLSX, "ar");
            assertEquals(200, xlsx.statusCode(), part);
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                    xlsx.body()))) {
                assertTrue(workbook.getSheetAt(0).isRightToLeft(), "Arabic reads right to left: " + part);
            }
        }
        HttpResponse<byte[]> arabic = a.api.bytes(transactions.replace("csv", "xlsx"), a.token("staff"), XLSX, "ar");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                arabic.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("التاريخ", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(LocalDate.of(2026, 3, 2), sheet.getRow(1).getCell(0).getLocalDateTimeCellValue()
                    .toLocalDate(), "a date cell");
            assertEquals(12500.5, sheet.getRow(1).getCell(2).getNumericCellValue(), 0.001, "a number cell");
        }
        assertEquals(List.of("export.unknownTable"), codes(a.api.getAs("api/v1/projects/" + id
                + "/export?part=secrets&format=csv", a.token("staff"), "text/csv")));
        assertEquals(List.of("export.format"), codes(a.api.getAs("api/v1/projects/" + id
                + "/export?part=budgets&format=pdf", a.token("staff"), "text/csv")));
        // the dashboard's duplicate report is staff's
        assertEquals(403, a.api.getAs("api/v1/projects/dashboard/export?table=duplicates&format=csv",
                a.token("donor.eu"), "text/csv").status());
        assertEquals(200, a.api.getAs("api/v1/projects/dashboard/export?table=duplicates&format=csv",
                a.token("staff"), "text/csv").status());
        // the dashboard's project list holds the confidential project for the parties only
        assertTrue(csv(a.api.getAs("api/v1/projects/dashboard/export?table=projects&format=csv",
                a.token("donor.eu"), "text/csv", "en")).stream().anyMatch(r -> r.get(0)
                .equals(secret.getString("iatiIdentifier"))));
        assertTrue(csv(a.api.getAs("api/v1/projects/dashboard/export?table=projects&format=csv",
                a.token("reviewer"), "text/csv", "en")).stream().noneMatch(r -> r.get(0)
                .equals(secret.getString("iatiIdentifier"))), "no confidential project for other readers");
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static JsonObject row(JsonArray rows, String key) {
        return rows.stream().map(v -> v.asJsonObject()).filter(r -> r.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + rows));
    }

    /** The parts without their IDs, versions and who recorded them. */
    static List<String> strip(JsonArray parts) {
        List<String> out = new ArrayList<>();
        for (var v : parts) {
            JsonObjectBuilder b = Json.createObjectBuilder(v.asJsonObject());
            b.remove("id").remove("version").remove("recordedBy");
            out.add(b.build().toString());
        }
        return out;
    }

    static List<String> schemaErrors(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(ProjectsIT.class.getClassLoader()
                .getResource("iati/iati-activities-schema.xsd"));
        List<String> errors = new ArrayList<>();
        var validator = schema.newValidator();
        validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new StringReader(xml)));
        return errors;
    }

    static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).collect(Collectors.toList());
    }
}
