package org.salwhub.registry.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;

/** Who may change what in the directory, and the small checks every directory use case makes. */
public final class DirectoryScope {

    private DirectoryScope() {
    }

    /** Staff change everything; a focal point only their own State; organisations' entries are staff's. */
    public static void check(Caller caller, UUID state) {
        if (caller.isStaff()) {
            return;
        }
        if (state != null && caller.mayActForState(state)) {
            return;
        }
        throw new AccessDeniedException("outside the caller's scope");
    }

    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The record of {@code type} with {@code id}, or a {@link NotFoundException} naming it {@code name}. */
    public static <T> T load(EntityManager em, Class<T> type, String id, String name) {
        return NotFoundException.requireFound(id == null ? null : em.find(type, id), name, id);
    }
}
