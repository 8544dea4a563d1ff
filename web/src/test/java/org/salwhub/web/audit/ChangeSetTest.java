package org.salwhub.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.web.audit.ChangeSet.FieldChange;

class ChangeSetTest {

    private static JsonObject json(ChangeSet changes) {
        return Json.createReader(new StringReader(changes.toJson())).readObject();
    }

    @Test
    void roundTrip() {
        ChangeSet changes = new ChangeSet()
                .add("displayName", "Grace W.", "Grace Wanjiru", true, true)
                .add("email", "g@old.example", "g@knfp.example", true, true)
                .add("preferredLanguage", "en", "ar", true, true);
        assertEquals(List.of(
                new FieldChange("displayName", "Grace W.", "Grace Wanjiru"),
                new FieldChange("email", "g@old.example", "g@knfp.example"),
                new FieldChange("preferredLanguage", "en", "ar")), ChangeSet.parse(changes.toJson()));
    }

    @Test
    void theStoredShapeIsFromAndTo() {
        JsonObject field = json(new ChangeSet().add("displayName", "a", "b", true, true)).getJsonObject("displayName");
        assertEquals("a", field.getString("from"));
        assertEquals("b", field.getString("to"));
    }

    @Test
    void textsAreEscapedAndKeptExactly() {
        String tricky = "Quote \" backslash \\ newline \n tab \t and كينيا";
        List<FieldChange> parsed = ChangeSet.parse(new ChangeSet().add("note", tricky, "}{", true, true).toJson());
        assertEquals(List.of(new FieldChange("note", tricky, "}{")), parsed);
    }

    @Test
    void valuesOfOtherTypesAreStoredAsText() {
        Instant when = Instant.parse("2025-03-14T09:00:00Z");
        List<FieldChange> parsed = ChangeSet.parse(new ChangeSet()
                .add("enabled", true, false, true, true)
                .add("role", Role.DONOR, Role.FOCAL_POINT, true, true)
                .add("version", 3L, 4L, true, true)
                .add("lockedUntil", null, when, true, true)
                .toJson());
        assertEquals(List.of(
                new FieldChange("enabled", "true", "false"),
                new FieldChange("role", "DONOR", "FOCAL_POINT"),
                new FieldChange("version", "3", "4"),
                new FieldChange("lockedUntil", null, "2025-03-14T09:00:00Z")), parsed);
        JsonObject stored = json(new ChangeSet().add("enabled", true, null, true, true));
        assertEquals(JsonValue.TRUE, stored.getJsonObject("enabled").get("from"));
        assertEquals(JsonValue.NULL, stored.getJsonObject("enabled").get("to"));
    }

    @Test
    void nullValuesAndAbsentSidesBothReadAsNull() {
        ChangeSet changes = new ChangeSet()
                .add("email", null, "new@example.org", true, true)
                .add("created", null, "value", false, true)
                .add("deleted", "value", null, true, false);
        JsonObject stored = json(changes);
        assertEquals(JsonValue.NULL, stored.getJsonObject("email").get("from"));
        assertFalse(stored.getJsonObject("created").containsKey("from"));
        assertFalse(stored.getJsonObject("deleted").containsKey("to"));
        assertEquals(List.of(
                new FieldChange("email", null, "new@example.org"),
                new FieldChange("created", null, "value"),
                new FieldChange("deleted", "value", null)), ChangeSet.parse(changes.toJson()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD", "passwordHash", "newPasswordHash", "tokenHash", "hash",
            "clientSecret"})
    void secretsNeverEnterTheTrail(String field) {
        String json = new ChangeSet().add(field, "old-secret-value", "new-secret-value", true, true).toJson();
        assertFalse(json.contains("secret-value"), json);
        assertEquals(List.of(new FieldChange(field, "[redacted]", "[redacted]")), ChangeSet.parse(json));
        assertTrue(ChangeSet.isSecret(field));
    }

    @Test
    void aRedactedChangeStillSaysWhichSideExisted() {
        List<FieldChange> parsed = ChangeSet.parse(new ChangeSet().add("passwordHash", null, "x", false, true).toJson());
        assertEquals(List.of(new FieldChange("passwordHash", null, "[redacted]")), parsed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"displayName", "email", "roles", "enabled", "lastLoginAt", "preferredLanguage"})
    void ordinaryFieldsAreKept(String field) {
        assertFalse(ChangeSet.isSecret(field));
        assertEquals(List.of(new FieldChange(field, "a", "b")),
                ChangeSet.parse(new ChangeSet().add(field, "a", "b", true, true).toJson()));
    }

    @Test
    void toJsonCanBeCalledAgainAndMoreFieldsAdded() {
        ChangeSet changes = new ChangeSet().add("email", "a@x.org", "b@x.org", true, true);
        String first = changes.toJson();
        assertEquals(first, changes.toJson());
        changes.add("displayName", "A", "B", true, true);
        assertEquals(List.of(new FieldChange("email", "a@x.org", "b@x.org"), new FieldChange("displayName", "A", "B")),
                ChangeSet.parse(changes.toJson()));
    }

    @Test
    void emptiness() {
        ChangeSet changes = new ChangeSet();
        assertTrue(changes.isEmpty());
        assertEquals("{}", changes.toJson());
        assertFalse(changes.add("x", null, null, false, false).isEmpty());
        assertEquals(List.of(), ChangeSet.parse(null));
        assertEquals(List.of(), ChangeSet.parse(""));
        assertEquals(List.of(), ChangeSet.parse("  "));
        assertEquals(List.of(), ChangeSet.parse("{}"));
    }
}
