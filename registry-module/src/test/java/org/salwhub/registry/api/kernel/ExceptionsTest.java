package org.salwhub.registry.api.kernel;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExceptionsTest {

    @Test
    void sameVersionPasses() {
        assertDoesNotThrow(() -> VersionConflictException.check("State", "abc", 3, 3));
        assertDoesNotThrow(() -> VersionConflictException.check("State", "abc", 0, 0));
    }

    @Test
    void aNewerVersionConflicts() {
        VersionConflictException conflict = assertThrows(VersionConflictException.class,
                () -> VersionConflictException.check("UserAccount", "u-1", 3, 4));
        assertEquals("UserAccount", conflict.entityType());
        assertEquals("u-1", conflict.entityId());
        assertEquals(3, conflict.expectedVersion());
        assertEquals(4, conflict.actualVersion());
        assertTrue(conflict.getMessage().contains("UserAccount u-1"), conflict.getMessage());
        assertTrue(conflict.getMessage().contains("version 3 expected, 4 found"), conflict.getMessage());
    }

    @Test
    void anOlderVersionConflictsToo() {
        VersionConflictException conflict = assertThrows(VersionConflictException.class,
                () -> VersionConflictException.check("State", "s-1", 5, 2));
        assertEquals(5, conflict.expectedVersion());
        assertEquals(2, conflict.actualVersion());
    }

    @ParameterizedTest
    @ValueSource(classes = {VersionConflictException.class, ValidationException.class, AccessDeniedException.class,
            NotFoundException.class})
    void boundaryExceptionsRollBackAndReachTheCallerUnwrapped(Class<?> type) {
        ApplicationException annotation = type.getAnnotation(ApplicationException.class);
        assertNotNull(annotation, type.getSimpleName() + " must be an @ApplicationException");
        assertTrue(annotation.rollback(), type.getSimpleName() + " must roll the transaction back");
        assertTrue(RuntimeException.class.isAssignableFrom(type));
    }

    @Test
    void validationCarriesEveryFieldError() {
        List<FieldError> errors = new ArrayList<>(List.of(FieldError.of("username", "username.taken", "amina"),
                FieldError.of("email", "email.format")));
        ValidationException invalid = new ValidationException(errors);
        errors.clear();
        assertEquals(2, invalid.errors().size());
        assertEquals("username: username.taken", invalid.getMessage());
        assertEquals(List.of("amina"), invalid.errors().get(0).args());
        assertEquals(List.of(), invalid.errors().get(1).args());
    }

    @Test
    void singleFieldValidation() {
        ValidationException invalid = new ValidationException("password", "password.tooShort", 10);
        assertEquals(List.of(new FieldError("password", "password.tooShort", List.of("10"))), invalid.errors());
    }

    @Test
    void fieldErrorArgumentsAreTexts() {
        FieldError error = FieldError.of("name", "tooLong", 200, null);
        assertEquals(List.of("200", "null"), error.args());
        assertEquals(List.of(), new FieldError("name", "required", null).args());
        assertThrows(UnsupportedOperationException.class, () -> error.args().add("x"));
    }

    @Test
    void notFoundNamesTheRecord() {
        NotFoundException missing = new NotFoundException("State", "xyz");
        assertEquals("State", missing.entityType());
        assertEquals("xyz", missing.entityId());
        assertEquals("State xyz not found", missing.getMessage());
    }

    @Test
    void requireFoundAnswersWhatWasFoundAndNamesWhatWasNot() {
        assertEquals("x", NotFoundException.requireFound("x", "State", "s-1"));
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> NotFoundException.requireFound(null, "Meeting", java.util.UUID.fromString(
                        "00000000-0000-0000-0000-000000000001")));
        assertEquals("Meeting", missing.entityType());
        assertEquals("00000000-0000-0000-0000-000000000001", missing.entityId());
        assertEquals("Meeting 00000000-0000-0000-0000-000000000001 not found", missing.getMessage());
        assertEquals("null", assertThrows(NotFoundException.class,
                () -> NotFoundException.requireFound(null, "Need", null)).entityId());
    }
}
