package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CSV import of persons and roles through the API: preview, all or nothing, only valid rows, idempotence, access. */
class ContactImportIT {

    static final String PASSWORD = "SalwHub#2026";
    static final String HEADER = "state,honorific,given_name,family_name,latin_name,sex,languages,email,phone,agency,"
            + "position,role,valid_from";

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    ApiClient api;
    String staff;
    /** Unique per test: e-mail addresses of this run. */
    String run;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
        staff = api.token("staff", PASSWORD);
        run = "imp" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String email(String who) {
        return run + "." + who + "@example.org";
    }

    private ApiClient.Reply upload(String query, String token, String csv, String language) {
        return upload(query, token, csv.getBytes(StandardCharsets.UTF_8), language);
    }

    /** POST /api/v1/contacts/import with a CSV body, as a script would send a file. */
    private ApiClient.Reply upload(String query, String token, byte[] csv, String language) {
        String root = base.toExternalForm().endsWith("/") ? base.toExternalForm() : base.toExternalForm() + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "api/v1/contacts/import?" + query))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Accept-Language", language).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonObject ok(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** This run's current contacts (roles), found by the run's mark in their e-mail addresses. */
    private long contactsOfThisRun() {
        ApiClient.Reply reply = api.get("api/v1/contacts?size=500&q=" + run, staff);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonNumber("total").longValue();
    }

    private long totalContacts() {
        ApiClient.Reply reply = api.get("api/v1/contacts?size=1&includeEnded=true", staff);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonNumber("total").longValue();
    }

    private static List<String> codes(JsonObject row) {
        return row.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("code")).toList();
    }

    /** One good row and two bad ones. */
    private String mixedFile() {
        return HEADER + "\n"
                + "KE,Ms.,Achieng,Odhiambo,,F,en sw," + email("achieng") + ",+254 20 1111111,National Police Service,"
                + "Superintendent,ITI tracing," + LocalDate.now().minusDays(3) + "\n"
                + "XX,Mr.,Bad,State,,M,en,not-an-email,,,,PoA,\n"
                + "SD,,خالد,إبراهيم,,male,ar," + email("khalid") + ",,,,chief,2025-13-01\n";
    }

    @Test
    void thePreviewShowsEveryRowWithItsErrorsInTheCallersLanguageAndChangesNothing() {
        long before = totalContacts();
        JsonObject preview = ok(upload("preview=true", staff, mixedFile(), "fr"));
        assertTrue(preview.getBoolean("preview"));
        assertEquals(1, preview.getInt("validRows"));
        assertEquals(2, preview.getInt("invalidRows"));
        assertEquals(1, preview.getInt("newPersons"));
        assertEquals(1, preview.getInt("newRoles"));
        JsonArray rows = preview.getJsonArray("rows");
        assertEquals(3, rows.size());

        JsonObject good = rows.getJsonObject(0);
        assertEquals(2, good.getInt("row"), "rows are numbered as lines of the file");
        assertEquals("NEW_PERSON", good.getString("status"));
        assertEquals("NEW", good.getString("role"));
        assertEquals("Odhiambo", good.getJsonObject("fields").getString("family_name"));
        assertTrue(good.getJsonArray("errors").isEmpty());

        JsonObject badState = rows.getJsonObject(1);
        assertEquals("ERROR", badState.getString("status"));
        assertTrue(codes(badState).containsAll(List.of("import.stateUnknown", "email.format")), badState.toString());
        JsonObject stateError = badState.getJsonArray("errors").stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("code").equals("import.stateUnknown")).findFirst().orElseThrow();
        assertEquals("state", stateError.getString("column"));
        assertTrue(stateError.getString("message").startsWith("Code d'État inconnu XX"), stateError.toString());

        JsonObject arabic = rows.getJsonObject(2);
        assertEquals("ERROR", arabic.getString("status"));
        assertTrue(codes(arabic).containsAll(List.of("person.transliterationRequired", "import.role", "date.format")),
                arabic.toString());

        assertEquals(before, totalContacts(), "a preview changes nothing");
        assertEquals(0, contactsOfThisRun());
    }

    @Test
    void aFileWithOneBadRowImportsNothing() {
        long before = totalContacts();
        ApiClient.Reply refused = upload("preview=false", staff, mixedFile(), "en");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        JsonObject problem = refused.json();
        assertEquals("import.hasErrors", problem.getJsonArray("errors").getJsonObject(0).getString("code"));
        assertTrue(problem.getString("detail").contains("2"), problem.toString());
        assertTrue(problem.getString("detail").contains("Nothing was imported"), problem.toString());
        assertEquals(before, totalContacts());
        assertEquals(0, contactsOfThisRun());
    }

    @Test
    void onlyTheValidRowsWhenStaffChooseSo() {
        JsonObject result = ok(upload("preview=false&onlyValid=true", staff, mixedFile(), "en"));
        assertFalse(result.getBoolean("preview"));
        assertEquals(1, result.getInt("createdPersons"));
        assertEquals(1, result.getInt("createdRoles"));
        assertEquals(2, result.getInt("skippedRows"));
        assertEquals(0, result.getInt("createdAgencies"), "the National Police Service is Kenya's already");

        JsonArray contacts = api.get("api/v1/contacts?q=" + run, staff).json().getJsonArray("items");
        assertEquals(1, contacts.size(), contacts.toString());
        JsonObject contact = contacts.getJsonObject(0);
        assertEquals("ITI_TRACING", contact.getString("roleType"));
        assertEquals(LocalDate.now().minusDays(3).toString(), contact.getString("validFrom"));
        assertEquals("National Police Service", contact.getString("agencyName"));
        assertEquals(List.of("en", "sw"), contact.getJsonArray("languages").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList());
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        String agency = "Import Test Agency " + run;
        // semicolons, a byte order mark, friendly role names, a person with two roles, a new agency, Arabic names
        String file = "\uFEFF" + HEADER.replace(',', ';') + "\r\n"
                + "ke;Dr.;Wanjiku;Mwangi;;female;en|sw;" + email("wanjiku") + ";+254 20 2222222;" + agency
                + ";Director;PoA;2025-01-10\r\n"
                + "KE;;;Mwangi;;;;" + email("WANJIKU").toUpperCase() + ";;;;ATT;2025-02-01\r\n"
                + "SD;;خالد;إبراهيم;Khalid Ibrahim;M;ar en;" + email("khalid") + ";;;;Firearms Protocol;\r\n";
        byte[] csv = file.getBytes(StandardCharsets.UTF_8);
        long before = totalContacts();

        JsonObject first = ok(upload("preview=false", staff, csv, "en"));
        assertEquals(2, first.getInt("createdPersons"), first.toString());
        assertEquals(3, first.getInt("createdRoles"), first.toString());
        assertEquals(1, first.getInt("createdAgencies"), first.toString());
        assertEquals(0, first.getInt("updatedPersons"));
        assertEquals(before + 3, totalContacts());
        assertEquals(3, contactsOfThisRun());

        JsonArray wanjiku = api.get("api/v1/contacts?q=" + email("wanjiku"), staff).json().getJsonArray("items");
        assertEquals(List.of("ATT_NPC", "POA_NPC"), wanjiku.stream().map(v -> v.asJsonObject().getString("roleType"))
                .sorted().toList());
        assertEquals(agency, wanjiku.getJsonObject(0).getString("agencyName"));
        String personId = wanjiku.getJsonObject(0).getString("personId");
        JsonObject person = ok(api.get("api/v1/persons/" + personId, staff));
        long version = person.getJsonNumber("version").longValue();
        assertEquals("FEMALE", person.getString("sex"));
        assertEquals("Director", person.getString("positionTitle"));

        // the preview of the same file: everything is there already
        JsonObject preview = ok(upload("preview=true", staff, csv, "en"));
        assertEquals(3, preview.getInt("unchangedRows"), preview.toString());
        assertEquals(0, preview.getInt("newPersons"));
        assertEquals(0, preview.getInt("updatedPersons"));
        assertEquals(0, preview.getInt("newRoles"));
        assertEquals(3, preview.getInt("unchangedRoles"));
        assertTrue(preview.getJsonArray("newAgencies").isEmpty());
        preview.getJsonArray("rows").forEach(row -> {
            assertEquals("UNCHANGED", row.asJsonObject().getString("status"));
            assertNotNull(row.asJsonObject().getString("personId"));
        });

        JsonObject second = ok(upload("preview=false", staff, csv, "en"));
        assertEquals(0, second.getInt("createdPersons"), second.toString());
        assertEquals(0, second.getInt("updatedPersons"));
        assertEquals(0, second.getInt("createdRoles"));
        assertEquals(0, second.getInt("createdAgencies"));
        assertEquals(3, second.getInt("unchangedRows"));
        assertEquals(before + 3, totalContacts(), "no new contacts");
        assertEquals(version, ok(api.get("api/v1/persons/" + personId, staff)).getJsonNumber("version").longValue(),
                "the person was not touched");

        // a changed phone number updates that person, and only them
        String changed = file.replace("+254 20 2222222", "+254 20 3333333");
        JsonObject third = ok(upload("preview=false", staff, changed.getBytes(StandardCharsets.UTF_8), "en"));
        assertEquals(1, third.getInt("updatedPersons"), third.toString());
        assertEquals(0, third.getInt("createdRoles"));
        JsonObject updated = ok(api.get("api/v1/persons/" + personId, staff));
        assertEquals("+254 20 3333333", updated.getString("phone"));
        assertEquals(version + 1, updated.getJsonNumber("version").longValue());
        assertEquals("Director", updated.getString("positionTitle"), "blank cells keep what is recorded");
    }

    @Test
    void aFocalPointMayNotImport() {
        String kenya = api.token("fp.kenya", PASSWORD);
        String file = HEADER + "\nKE,,,Otieno,,,," + email("otieno") + ",,,,,\n";
        assertEquals(403, upload("preview=true", kenya, file, "en").status());
        assertEquals(403, upload("preview=false", kenya, file, "en").status());
        assertEquals(0, contactsOfThisRun());
    }

    @Test
    void aMalformedFileGets400WithAClearDetail() {
        ApiClient.Reply missing = upload("preview=true", staff, "state,given_name\nKE,Njeri\n", "en");
        assertEquals(400, missing.status(), missing.body());
        JsonObject problem = missing.json();
        assertEquals("import.missingColumns", problem.getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals("file", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("Required columns are missing: family_name, email.", problem.getString("detail"));

        ApiClient.Reply binary = upload("preview=false&onlyValid=true", staff,
                new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0}, "en");
        assertEquals(400, binary.status(), binary.body());
        assertEquals("import.notCsv", binary.json().getJsonArray("errors").getJsonObject(0).getString("code"));

        ApiClient.Reply latin1 = upload("preview=true", staff,
                (HEADER + "\nCI,,Aya,Kouamé,,,," + email("aya") + ",,,,,\n").getBytes(StandardCharsets.ISO_8859_1), "ar");
        assertEquals(400, latin1.status(), latin1.body());
        assertEquals("import.encoding", latin1.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        assertTrue(latin1.json().getString("detail").contains("UTF-8"), latin1.body());

        ApiClient.Reply empty = upload("preview=true", staff, new byte[0], "en");
        assertEquals(400, empty.status(), empty.body());
        assertEquals("import.empty", empty.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    }
}
