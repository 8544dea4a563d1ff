package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The projects dashboard's money without an exchange rate, and the projects list downloads by reader and language. */
class ProjectsReportingIT extends ProjectsItBase {

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
}
