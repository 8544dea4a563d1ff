package org.salwhub.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Kenya's focal point records the delivery of 3 of the 5 marking machines a project plans; the project page and the
 * projects dashboard show 60 %, in English and in Arabic. Staff import a donor's IATI file; the dashboard names the
 * currencies it cannot convert; lists download from their screens.
 */
class ProjectsE2E extends BrowserTest {

    @Test
    void aFocalPointRecordsThreeOfFiveMachinesAndTheDashboardShowsSixtyPercent() throws Exception {
        String title = "Marking machines for the Kenya Wildlife Service " + UUID.randomUUID().toString().substring(0, 6);
        String id = createProject(title);

        open("en-US,en");
        signIn("fp.kenya");
        go("app/projects/project.xhtml?id=" + id + "&tab=deliverables");
        assertEquals(title, pageTitle());
        WebElement delivered = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.id("projectForm:tabs:deliverables:0:delivered")));
        assertEquals("0 %", driver.findElement(By.id("kpiDelivered")).getText().trim());
        delivered.clear();
        delivered.sendKeys("3");
        WebElement installed = driver.findElement(By.id("projectForm:tabs:deliverables:0:installed"));
        installed.clear();
        installed.sendKeys("3");
        driver.findElement(By.id("projectForm:tabs:deliverables:0:save")).click();
        waitFor(ExpectedConditions.textToBe(By.id("kpiDelivered"), "60 %"));
        screenshot("project-deliverables-fp-kenya-en");

        go("app/projects/dashboard.xhtml");
        assertEquals("Projects dashboard", pageTitle());
        WebElement percent = waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("span.delivery-percent[data-project='" + id + "']")));
        assertEquals("60%", percent.getText().trim());
        screenshot("projects-dashboard-en");

        go("app/projects/projects.xhtml");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("projectsForm:projects"), title));
        screenshot("projects-list-en");

        chooseLanguage("ar");
        go("app/projects/dashboard.xhtml");
        assertEquals("لوحة متابعة المشاريع", pageTitle());
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("60%", waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("span.delivery-percent[data-project='" + id + "']"))).getText().trim());
        screenshot("projects-dashboard-ar");
        go("app/projects/project.xhtml?id=" + id + "&tab=deliverables");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("projectForm:tabs:deliverables:0:delivered")));
        assertTrue(driver.findElement(By.id("kpiDelivered")).getText().contains("60")
                || driver.findElement(By.id("kpiDelivered")).getText().contains("٦٠"));
        screenshot("project-deliverables-ar");
        go("app/projects/projects.xhtml");
        screenshot("projects-list-ar");
        chooseLanguage("en");

        // staff see the money tab and the State page lists the project
        open("en-US,en");
        signIn("staff");
        go("app/projects/project.xhtml?id=" + id + "&tab=money");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("projectForm:tabs:transactions")));
        screenshot("project-money-staff-en");
        go("app/state.xhtml?iso=KE");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("stateForm:stateProjects"), title));
        screenshot("state-kenya-projects-en");
    }

    /** Every project screen of the demo data opens for staff, in English and in Arabic (right to left). */
    @Test
    void everyProjectScreenOpensInEnglishAndArabic() {
        open("en-US,en");
        signIn("staff");
        for (String language : new String[] {"en", "ar"}) {
            if (language.equals("ar")) {
                chooseLanguage("ar");
            }
            go("app/projects/projects.xhtml");
            WebElement link = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.project-link")));
            screenshot("projects-list-staff-" + language);
            go("app/projects/projects.xhtml?state=KE");
            waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.project-link")));
            driver.findElement(By.xpath("//a[contains(@class,'project-link')][contains(., 'county armouries')"
                    + " or contains(., 'مستودعات الأسلحة في مقاطعات')]")).click();
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("kpiDelivered")));
            String url = driver.getCurrentUrl();
            screenshot("project-overview-" + language);
            for (String tab : new String[] {"money", "deliverables", "indicators", "milestones", "assets",
                    "documents"}) {
                driver.get(url + "&tab=" + tab);
                waitFor(ExpectedConditions.presenceOfElementLocated(By.id("kpiDelivered")));
                screenshot("project-" + tab + "-" + language);
            }
            go("app/projects/dashboard.xhtml");
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("dashForm:projectDelivery")));
            screenshot("projects-dashboard-staff-" + language);
            go("app/projects/project-form.xhtml");
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("projectEdit:identifier")));
            screenshot("project-form-" + language);
            go("app/projects/import.xhtml");
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("uploadForm")));
            screenshot("project-import-" + language);
            go("app/state.xhtml?iso=KE");
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("stateForm:stateProjects")));
            screenshot("state-projects-" + language);
            assertTrue(link != null);
        }
        chooseLanguage("en");
    }

    /**
     * Staff preview and import a donor's own IATI file (what each activity leaves out, in English and Arabic); the
     * projects dashboard names a currency without an exchange rate; a project's transactions, the dashboard's State
     * table and a need's matches download from their screens.
     */
    @Test
    void staffImportADonorsIatiFileTheDashboardNamesMissingRatesAndListsDownload() throws Exception {
        String token = token("staff");
        LocalDate start = LocalDate.now();
        String malawi = post(token, "api/v1/projects", Json.createObjectBuilder()
                .add("iatiIdentifier", "XI-E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase())
                .add("titleEn", "Border control equipment for Malawi").add("titleAr", "معدات مراقبة الحدود لملاوي")
                .add("descriptionEn", "Scanners for the border posts.")
                .add("states", Json.createArrayBuilder().add("MW"))
                .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisation", "GFFO")
                        .add("role", "FUNDING")))
                .add("themes", Json.createArrayBuilder().add("BORDER_CONTROL"))
                .add("plannedStart", start.toString()).add("plannedEnd", start.plusYears(1).toString()).build(), 201)
                .getString("id");
        for (String[] money : new String[][] {{"COMMITMENT", "5000", "XTS"}, {"COMMITMENT", "1000", "USD"}}) {
            post(token, "api/v1/projects/" + malawi + "/transactions", Json.createObjectBuilder().add("type", money[0])
                    .add("date", start.toString()).add("amount", new java.math.BigDecimal(money[1]))
                    .add("currency", money[2]).add("provider", "GFFO").add("receiverName", "Malawi Police Service")
                    .build(), 201);
        }
        Path downloads = temporaryDirectory("salwhub-downloads-");
        open("en-US,en", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download",
                false, "download.directory_upgrade", true, "safebrowsing.enabled", false,
                "profile.default_content_setting_values.automatic_downloads", 1));
        signIn("staff");

        // the preview says, activity by activity, what becomes of it and what is left out
        go("app/projects/import.xhtml");
        Path donorFile = donorFile();
        upload(donorFile);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.import-note")));
        assertTrue(driver.findElement(By.cssSelector(".import-problem")).getText().contains("1027"),
                "the regional activity says why it is refused");
        assertEquals(2, driver.findElements(By.cssSelector("li.import-note[data-kind='INCOMING_TRANSACTION']"))
                .size(), "both incoming transactions of the Kenya-Uganda activity are named");
        assertTrue(driver.findElements(By.cssSelector("li.import-note[data-kind='ORGANISATION_BY_IATI_IDENTIFIER']"))
                .stream().anyMatch(n -> n.getText().startsWith("Auswärtiges Amt (XM-DAC-5-7) is the registry’s German"
                        + " Federal Foreign Office")), "the ministry's German name is matched by its identifier");
        screenshot("project-import-donor-preview-en");
        driver.findElement(By.id("importForm:import")).click();
        waitFor(d -> d.findElements(By.cssSelector("#importForm a.imported-project")).size() == 3);
        assertTrue(driver.findElement(By.cssSelector(".import-skipped")).getText().contains("1027"));
        screenshot("project-import-donor-done-en");

        // an imported project's money, and its transactions as a workbook
        String imported = get(token, "api/v1/projects?q=XM-DAC-5-7-2025-SALW-0142").getJsonArray("items")
                .getJsonObject(0).getString("id");
        go("app/projects/project.xhtml?id=" + imported + "&tab=money");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("projectForm:tabs:transactions")));
        screenshot("project-imported-money-en");
        List<String> transactions = Files.readAllLines(download(downloads, "projectForm:tabs:transactionsCsv", ".csv"));
        assertEquals("\uFEFFDate,Type,Amount,Currency,USD,Provider,Receiver,Description,Recorded by",
                transactions.get(0));
        assertEquals(5, transactions.size(), "four transactions: the incoming money is left out " + transactions);
        // the browser asks before saving a workbook from a plain-HTTP test server: the same button's answer, fetched
        try (var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                submitForFile("projectForm", "projectForm:tabs:transactionsXlsx")))) {
            var sheet = xlsx.getSheetAt(0);
            assertEquals("Date", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(4, sheet.getLastRowNum());
            assertEquals(1500000, sheet.getRow(1).getCell(2).getNumericCellValue(), 0.001, "amounts are numbers");
        }

        // the dashboard names the currency it leaves out, overall and where
        go("app/projects/dashboard.xhtml");
        assertTrue(waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("dashForm:missingRates"))).getText()
                .contains("XTS"));
        assertTrue(driver.findElements(By.cssSelector("#dashForm\\:byState .left-out")).stream()
                .anyMatch(e -> e.getText().contains("XTS") && e.getText().contains("Malawi")));
        screenshot("projects-dashboard-missing-rates-en");
        String states = Files.readString(download(downloads, "dashForm:statesCsv", ".csv"));
        assertTrue(states.contains("Left out: no exchange rate"), states);
        assertTrue(states.lines().anyMatch(l -> l.startsWith("Malawi,") && l.endsWith(",XTS")), states);

        // a need's matches
        String need = getArray(token, "api/v1/matches").getJsonObject(0).getString("needId");
        go("app/assistance/need.xhtml?id=" + need);
        String matches = Files.readString(download(downloads, "needActions:matchesCsv", ".csv"));
        assertTrue(matches.contains("Need,State,Offer,Donor"), matches);
        screenshot("need-matches-en");

        chooseLanguage("ar");
        go("app/projects/import.xhtml");
        upload(donorFile);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.import-note")));
        screenshot("project-import-donor-preview-ar");
        go("app/projects/dashboard.xhtml");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("dashForm:missingRates")));
        screenshot("projects-dashboard-missing-rates-ar");
        String arabicStates = Files.readString(download(downloads, "dashForm:statesCsv", ".csv"));
        assertTrue(arabicStates.contains("مستبعد: لا يوجد سعر صرف"), arabicStates);
        go("app/projects/project.xhtml?id=" + imported + "&tab=money");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("projectForm:tabs:transactions")));
        screenshot("project-imported-money-ar");
        go("app/assistance/need.xhtml?id=" + need);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("needActions:matchesCsv")));
        screenshot("need-matches-ar");
        chooseLanguage("en");
    }

    /** The German Federal Foreign Office's IATI file the assistance module's tests validate. */
    private static Path donorFile() {
        Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        for (Path candidate : List.of(base.getParent(), base, base.resolve(".."))) {
            Path file = candidate.resolve("assistance-module/src/test/resources/iati/donor-gffo-activities.xml");
            if (Files.isRegularFile(file)) {
                return file.normalize();
            }
        }
        throw new AssertionError("donor-gffo-activities.xml not found from " + base);
    }

    private void upload(Path file) {
        driver.findElement(By.cssSelector("#uploadForm\\:file input[type=file]")).sendKeys(file.toString());
    }

    /** Clicks a download button and waits for the browser to save the file. */
    private Path download(Path downloads, String buttonId, String extension) throws IOException {
        try (Stream<Path> old = Files.list(downloads)) {
            old.forEach(f -> f.toFile().delete());
        }
        driver.findElement(By.id(buttonId)).click();
        return waitFor(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(extension)).filter(f -> f.toFile().length() > 0)
                        .findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private String token(String username) throws Exception {
        return Json.createReader(new StringReader(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        url("api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", username)
                        .add("password", PASSWORD).add("tokenName", "browser test").build().toString())).build(),
                HttpResponse.BodyHandlers.ofString()).body())).readObject().getString("secret");
    }

    private JsonObject post(String token, String path, JsonObject body, int status) throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, reply.statusCode(), reply.body());
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private String getText(String token, String path) throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url(path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply.body());
        return reply.body();
    }

    private JsonObject get(String token, String path) throws Exception {
        return Json.createReader(new StringReader(getText(token, path))).readObject();
    }

    private jakarta.json.JsonArray getArray(String token, String path) throws Exception {
        return Json.createReader(new StringReader(getText(token, path))).readArray();
    }

    /** Staff create the project (5 machines planned) through the API. */
    private String createProject(String title) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = Json.createReader(new StringReader(http.send(HttpRequest.newBuilder(url("api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder().add("username", "staff").add("password", PASSWORD)
                                .add("tokenName", "browser test").build().toString())).build(),
                HttpResponse.BodyHandlers.ofString()).body())).readObject().getString("secret");
        LocalDate start = LocalDate.now().plusYears(3);
        String body = Json.createObjectBuilder()
                .add("iatiIdentifier", "XI-E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase())
                .add("titleEn", title).add("titleAr", "آلات وسم لهيئة الحياة البرية في كينيا")
                .add("descriptionEn", "Five dot-peen marking machines for the armouries.")
                .add("states", Json.createArrayBuilder().add("KE"))
                .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder().add("organisation", "EU")
                        .add("role", "FUNDING")))
                .add("themes", Json.createArrayBuilder().add("MARKING"))
                .add("plannedStart", start.toString()).add("plannedEnd", start.plusYears(1).toString())
                .build().toString();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(url("api/v1/projects"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject project = Json.createReader(new StringReader(created.body())).readObject();
        String id = project.getString("id");
        HttpResponse<String> line = http.send(HttpRequest.newBuilder(url("api/v1/projects/" + id + "/deliverables"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("itemCode", "MARKING_MACHINE").add("description", "Dot-peen marking machines")
                        .add("planned", 5).build().toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, line.statusCode(), line.body());
        return id;
    }

}
