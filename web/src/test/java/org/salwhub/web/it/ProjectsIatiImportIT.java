package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Projects imported from a donor's own IATI file: what maps, what it leaves out and says so, imported once. */
class ProjectsIatiImportIT extends ProjectsItBase {

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
}
