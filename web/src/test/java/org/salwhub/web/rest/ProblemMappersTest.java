package org.salwhub.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.web.security.PasswordChangeRequiredException;

class ProblemMappersTest {

    private static final ValidationException INVALID = new ValidationException(List.of(FieldError.of("email", "email.format")));
    private static final VersionConflictException CONFLICT = new VersionConflictException("UserAccount", "u-1", 1, 2);

    @Test
    void aBoundaryExceptionIsItself() {
        assertSame(INVALID, ProblemMappers.unwrap(INVALID));
        assertSame(CONFLICT, ProblemMappers.unwrap(CONFLICT));
    }

    @Test
    void findsTheCauseInsideAnEjbException() {
        assertSame(INVALID, ProblemMappers.unwrap(new EJBException(INVALID)));
        assertSame(CONFLICT, ProblemMappers.unwrap(new EJBException("transaction rolled back", CONFLICT)));
    }

    @Test
    void findsTheCauseInsideRuntimeExceptionChains() {
        assertSame(CONFLICT, ProblemMappers.unwrap(new RuntimeException(new IllegalStateException(CONFLICT))));
        assertSame(INVALID, ProblemMappers.unwrap(
                new RuntimeException("outer", new EJBException(new RuntimeException("inner", INVALID)))));
    }

    @Test
    void findsTheOtherBoundaryExceptions() {
        AccessDeniedException denied = new AccessDeniedException("staff only");
        NotFoundException missing = new NotFoundException("State", "x");
        OptimisticLockException stale = new OptimisticLockException("stale");
        assertSame(denied, ProblemMappers.unwrap(new EJBException(denied)));
        assertSame(missing, ProblemMappers.unwrap(new RuntimeException(missing)));
        assertSame(stale, ProblemMappers.unwrap(new EJBException(new PersistenceException(stale))));
    }

    @Test
    void aOneTimePasswordIsRefusedWith403SayingWhatToDo() {
        PasswordChangeRequiredException refused = new PasswordChangeRequiredException("new.user");
        assertSame(refused, ProblemMappers.unwrap(new EJBException(refused)));
        Problem problem = new ProblemMappers().problemFor(refused);
        assertEquals(403, problem.status());
        assertTrue(problem.detail().contains("one-time password") && problem.detail().contains("profile page"),
                problem.detail());
        assertEquals(403, new ProblemMappers().problemFor(new AccessDeniedException("staff only")).status());
    }

    @Test
    void theOutermostWinsWhenSeveralAreNested() {
        ValidationException outer = new ValidationException("field", "required");
        outer.initCause(CONFLICT);
        assertSame(outer, ProblemMappers.unwrap(new EJBException(outer)));
    }

    @Test
    void anythingElseIsAnsweredAsItIs() {
        RuntimeException unknown = new RuntimeException(new IllegalStateException("boom"));
        assertSame(unknown, ProblemMappers.unwrap(unknown));
        EJBException empty = new EJBException("no cause");
        assertSame(empty, ProblemMappers.unwrap(empty));
    }

    @Test
    void anEjbExceptionCausedByAnError() {
        // containers wrap an Error thrown by a bean in an EJBException: it must become a 500, not a crash
        EJBException wrapped = new EJBException("system exception");
        wrapped.initCause(new StackOverflowError());
        assertSame(wrapped, ProblemMappers.unwrap(wrapped));
        EJBException wrappingConflict = new EJBException("system exception");
        wrappingConflict.initCause(new AssertionError("x", CONFLICT));
        assertSame(CONFLICT, ProblemMappers.unwrap(wrappingConflict));
    }

    @Test
    void deepOrCircularChainsEnd() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertSame(second, ProblemMappers.unwrap(second));

        Throwable deep = CONFLICT;
        for (int i = 0; i < 50; i++) {
            deep = new RuntimeException(deep);
        }
        assertSame(deep, ProblemMappers.unwrap(deep), "gives up after a bounded depth");
    }
}
