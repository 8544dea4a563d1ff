package org.salwhub.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Anonymous visitors: the public view of the directory (State, agency, role) shows no personal details, and it is
 * the only part of the directory they reach; every other directory endpoint still answers 401 without a token.
 */
class PublicDirectoryIT {

    static final String PASSWORD = "SalwHub#2026";
    /** An e-mail address or an international phone number, as the demo persons have them. */
    static final Pattern PERSONAL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\+\\d[\\d ]{6,}");

    /** The run's one server (see {@link TestServer}). */
    final URL base = TestServer.url();

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    @Test
    void anonymousVisitorsSeeAgenciesAndRolesButNoPersonalDetails() {
        ApiClient.Reply reply = api.get("api/v1/public/states/KE/contacts", null);
        assertEquals(200, reply.status(), reply.body());
        JsonObject json = reply.json();
        assertEquals("Kenya", json.getJsonObject("state").getString("nameEn"));
        List<JsonObject> contacts = json.getJsonArray("contacts").stream().map(v -> v.asJsonObject()).toList();
        assertTrue(contacts.stream().anyMatch(c -> c.getString("roleType").equals("POA_NPC")), reply.body());
        assertTrue(contacts.stream().anyMatch(c -> !c.isNull("agencyName")
                && c.getString("agencyName").contains("Kenya National Focal Point")), reply.body());
        // (a contact without an agency has no agencyName: other test classes add such contacts on MySQL)
        assertTrue(contacts.stream().allMatch(c -> java.util.Set.of("roleType", "agencyName").containsAll(c.keySet())
                        && c.containsKey("roleType")),
                "nothing but the role and the agency: " + reply.body());
        assertFalse(PERSONAL.matcher(reply.body()).find(), "no e-mail or phone: " + reply.body());

        // what a signed-in member sees of the same State does carry them: the test above would notice a leak
        ApiClient.Reply members = api.get("api/v1/states/KE", api.token("donor.eu", PASSWORD));
        assertTrue(PERSONAL.matcher(members.body()).find(), "the members' view has contact details");
        for (String name : List.of("Wanjiru", "Otieno", "Mutua")) {
            assertFalse(reply.body().contains(name), "no names in the public view: " + name);
        }

        ApiClient.Reply states = api.get("api/v1/public/states", null);
        assertEquals(200, states.status(), states.body());
        assertTrue(states.body().contains("\"iso2\":\"SD\""), states.body());
        assertEquals(404, api.get("api/v1/public/states/XX/contacts", null).status());
    }

    @Test
    void thePublicPageNeedsNoSignInAndShowsNoPersonalDetails() {
        ApiClient.Reply page = api.get("directory.xhtml", null);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("state-KE"), "Kenya has its section");
        assertTrue(page.body().contains("Kenya National Focal Point"), "agencies are named");
        assertFalse(PERSONAL.matcher(page.body().replaceAll("(?s)<script.*?</script>", "")).find(),
                "no e-mail or phone on the public page");
        for (String name : List.of("Wanjiru", "Otieno", "Abdelrahman", "Niyonzima")) {
            assertFalse(page.body().contains(name), "no names on the public page: " + name);
        }
        ApiClient.Reply landing = api.get("", null);
        assertTrue(landing.body().contains("directory.xhtml"), "the landing page links to it");
    }

    @Test
    void everyOtherDirectoryEndpointStillNeedsAToken() {
        for (String path : List.of("api/v1/states", "api/v1/states/KE", "api/v1/states/KE/history",
                "api/v1/states/KE/instruments", "api/v1/instruments", "api/v1/organisations", "api/v1/contacts",
                "api/v1/contacts?state=KE", "api/v1/persons/duplicates", "api/v1/states/KE/coordination-body",
                "api/v1/states/KE/agencies", "api/v1/public/states/%2E%2E/KE",
                "api/v1/public/..%2Fstates/KE", "api/v1/public/states/KE/contacts;x=1")) {
            ApiClient.Reply reply = api.get(path, null);
            assertEquals(401, reply.status(), path + ": " + reply.body());
        }
        for (String path : List.of("api/v1/organisations/00000000-0000-0000-0000-000000000000",
                "api/v1/agencies/00000000-0000-0000-0000-000000000000")) {
            assertEquals(401, api.put(path, null, "{}").status(), path);
        }
        assertEquals(401, api.post("api/v1/agencies", null, "{}").status());
        // the member area of the site sends anonymous visitors to the sign-in page
        ApiClient.Reply app = api.get("app/directory.xhtml", null);
        assertNotEquals(200, app.status(), "the member directory needs a sign-in");
    }
}
