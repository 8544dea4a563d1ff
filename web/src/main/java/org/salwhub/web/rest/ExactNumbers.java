package org.salwhub.web.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * JSON-B for the API, with whole numbers read exactly: a count or capacity of {@code 1e30}, {@code 2^63} or
 * {@code 1.5} is refused with a field message ({@code number.whole}) instead of being stored wrapped or truncated
 * (as 1,073,741,824, 0 or 1). Everything else is JSON-B's default, as before.
 */
@Provider
public class ExactNumbers implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new Ints(), new Longs()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The number at the parser (a JSON number or a numeric string) as a whole number, or a field error. */
    static <T> T whole(JsonParser parser, Function<BigDecimal, T> exact, long max) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber) && !(value instanceof JsonString)) {
            throw new ValidationException("body", "number.whole", String.valueOf(value), max);
        }
        String text = value instanceof JsonString string ? string.getString() : value.toString();
        try {
            return exact.apply(new BigDecimal(text.trim()));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new ValidationException("body", "number.whole", text.length() > 40 ? text.substring(0, 40) + "…"
                    : text, max);
        }
    }

    /** Integer fields (counts, capacities, years). */
    static final class Ints implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, BigDecimal::intValueExact, Integer.MAX_VALUE);
        }
    }

    /** Long fields (versions). */
    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, BigDecimal::longValueExact, Long.MAX_VALUE);
        }
    }
}
