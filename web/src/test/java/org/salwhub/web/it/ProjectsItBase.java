package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;

/** What the project integration tests share: the API clients, data makers and helpers. */
abstract class ProjectsItBase {

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

    JsonObject moved(JsonObject p, String status) {
        ApiClient.Reply reply = post("api/v1/projects/" + p.getString("id") + "/status", "staff",
                Json.createObjectBuilder().add("status", status).add("version", p.getInt("version")));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    JsonObject transaction(String path, String user, String type, String amount, String currency) {
        ApiClient.Reply reply = post(path, user, Json.createObjectBuilder().add("type", type)
                .add("date", LocalDate.now().toString()).add("amount", new BigDecimal(amount))
                .add("currency", currency).add("provider", "GFFO").add("receiverName", "Burundi national commission"));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    HttpResponse<byte[]> upload(String project, String user, String type, String name, byte[] content)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/v1/projects/" + project
                        + "/documents?kind=NARRATIVE_REPORT&name=" + name))
                .header("Authorization", "Bearer " + a.token(user)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
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

    static List<String> budgets(JsonObject project) {
        return project.getJsonArray("budgets").stream().map(v -> v.asJsonObject()).map(b -> b.getString("kind") + " "
                + b.getInt("year") + " " + b.getJsonNumber("amount").bigDecimalValue().stripTrailingZeros()
                .toPlainString() + " " + b.getString("currency")).sorted().toList();
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
