package org.salwhub.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.salwhub.web.it.Deployments;

/**
 * Kenya's focal point records the delivery of 3 of the 5 marking machines a project plans; the project page and the
 * projects dashboard show 60 %, in English and in Arabic.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectsE2E extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

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
