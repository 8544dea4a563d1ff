package org.salwhub.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.kernel.ValidationException;

/** Whole numbers in API requests are read exactly, or refused with a field message: never wrapped or truncated. */
class ExactNumbersTest {

    /** An input as the API's records are written: boxed whole numbers and an amount. */
    public record Input(Integer capacity, Long version, BigDecimal amount, String name) {
    }

    final Jsonb jsonb = new ExactNumbers().getContext(Input.class);

    ValidationException refused(String json) {
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> jsonb.fromJson(json, Input.class));
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) {
                return v;
            }
        }
        throw new AssertionError("not a field error: " + thrown, thrown);
    }

    @Test
    void numbersInRangeAreReadAsBefore() {
        Input in = jsonb.fromJson("{\"capacity\":120,\"version\":3,\"amount\":1500.50,\"name\":\"x\"}", Input.class);
        assertEquals(120, in.capacity());
        assertEquals(3L, in.version());
        assertEquals(new BigDecimal("1500.50"), in.amount());
        assertEquals(Integer.valueOf(7), jsonb.fromJson("{\"capacity\":\"7\"}", Input.class).capacity());
        assertEquals(Integer.valueOf(2), jsonb.fromJson("{\"capacity\":2.0}", Input.class).capacity());
        assertNull(jsonb.fromJson("{\"capacity\":null}", Input.class).capacity());
    }

    @Test
    void numbersOutOfRangeOrWithAFractionAreRefusedWithAFieldMessage() {
        for (String capacity : new String[] {"1e30", "1000000000000000000000000000000", "2147483648", "1.5"}) {
            ValidationException e = refused("{\"capacity\":" + capacity + "}");
            assertEquals("number.whole", e.errors().get(0).code(), capacity);
        }
        ValidationException e = refused("{\"version\":9223372036854775808}");
        assertEquals("number.whole", e.errors().get(0).code());
        assertTrue(e.errors().get(0).args().contains("9223372036854775808"), e.errors().toString());
    }

    @Test
    void objectsAreWrittenAsBefore() {
        assertEquals("{\"amount\":1.5,\"capacity\":3,\"name\":\"n\",\"version\":4}",
                jsonb.toJson(new Input(3, 4L, new BigDecimal("1.5"), "n")));
    }
}
