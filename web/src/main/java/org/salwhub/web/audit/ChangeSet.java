package org.salwhub.web.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The field values of one audited change, kept as JSON:
 * {@code {"field": {"from": "old", "to": "new"}}}. Secrets are never stored.
 */
public final class ChangeSet {

    /** Fields whose values never enter the audit trail; the trail only says that they changed. */
    private static final Set<String> SECRET_MARKERS = Set.of("hash", "secret");
    public static final String REDACTED = "[redacted]";

    private JsonObjectBuilder fields = Json.createObjectBuilder();
    private int size;

    public ChangeSet add(String field, Object from, Object to, boolean hasFrom, boolean hasTo) {
        JsonObjectBuilder change = Json.createObjectBuilder();
        boolean secret = isSecret(field);
        if (hasFrom) {
            change.add("from", secret ? Json.createValue(REDACTED) : toJson(from));
        }
        if (hasTo) {
            change.add("to", secret ? Json.createValue(REDACTED) : toJson(to));
        }
        fields.add(field, change);
        size++;
        return this;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public String toJson() {
        JsonObject built = fields.build();
        fields = Json.createObjectBuilder(built); // build() empties the builder
        return built.toString();
    }

    static boolean isSecret(String field) {
        String lower = field.toLowerCase(Locale.ROOT);
        return lower.equals("password") || SECRET_MARKERS.stream().anyMatch(lower::contains);
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Enum<?> e) {
            return Json.createValue(e.name());
        }
        return Json.createValue(String.valueOf(value));
    }

    /** One field's change; {@code from}/{@code to} are null when absent or null. */
    public record FieldChange(String field, String from, String to) {
    }

    public static List<FieldChange> parse(String json) {
        List<FieldChange> result = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return result;
        }
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        for (var entry : object.entrySet()) {
            JsonObject change = entry.getValue().asJsonObject();
            result.add(new FieldChange(entry.getKey(), text(change.get("from")), text(change.get("to"))));
        }
        return result;
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
