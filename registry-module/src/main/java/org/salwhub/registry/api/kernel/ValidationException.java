package org.salwhub.registry.api.kernel;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Bad input: nothing was changed. Carries every field error at once. */
@ApplicationException(rollback = true)
public class ValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).code());
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String code, Object... args) {
        this(List.of(FieldError.of(field, code, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
