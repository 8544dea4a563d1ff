package org.salwhub.web.notify;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.web.i18n.Formats;

/**
 * Stores a notification's arguments with their types, so that each recipient reads them formatted for their own
 * language: dates and numbers in their digits, a {@link LocalizedText} in their language.
 */
final class MessageArgs {

    private MessageArgs() {
    }

    static String encode(List<Object> args) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object arg : args) {
            array.add(encodeOne(arg));
        }
        return array.build().toString();
    }

    private static JsonObject encodeOne(Object arg) {
        if (arg == null) {
            return Json.createObjectBuilder().add("t", "s").add("v", "").build();
        }
        if (arg instanceof LocalizedText text) {
            var o = Json.createObjectBuilder().add("t", "l").add("en", text.en());
            if (text.fr() != null) {
                o.add("fr", text.fr());
            }
            if (text.ar() != null) {
                o.add("ar", text.ar());
            }
            return o.build();
        }
        if (arg instanceof LocalDate date) {
            return Json.createObjectBuilder().add("t", "d").add("v", date.toString()).build();
        }
        if (arg instanceof Instant instant) {
            return Json.createObjectBuilder().add("t", "i").add("v", instant.toString()).build();
        }
        if (arg instanceof Number number) {
            return Json.createObjectBuilder().add("t", "n").add("v", new BigDecimal(number.toString()).toPlainString())
                    .build();
        }
        return Json.createObjectBuilder().add("t", "s").add("v", arg.toString()).build();
    }

    /** The stored arguments as values ready for {@link java.text.MessageFormat} in the given language. */
    static Object[] decode(String json, Locale locale, ZoneId zone) {
        if (json == null || json.isBlank()) {
            return new Object[0];
        }
        JsonArray array = Json.createReader(new StringReader(json)).readArray();
        List<Object> values = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            JsonObject o = value.asJsonObject();
            values.add(switch (o.getString("t")) {
                case "l" -> new LocalizedText(o.getString("en"), o.getString("fr", null), o.getString("ar", null))
                        .in(locale);
                case "d" -> Formats.date(LocalDate.parse(o.getString("v")), locale);
                case "i" -> Formats.dateTime(Instant.parse(o.getString("v")), locale, zone);
                case "n" -> Formats.number(new BigDecimal(o.getString("v")), locale);
                default -> o.getString("v");
            });
        }
        return values.toArray();
    }
}
