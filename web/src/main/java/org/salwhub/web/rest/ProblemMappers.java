package org.salwhub.web.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.web.audit.ConflictExplainer;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.security.PasswordChangeRequiredException;

/**
 * Every failure of the API answers with a problem document, never a stack
 * trace: 400 for bad input, 403 (saying why when an account must first change its one-time password), 404, 409
 * for version conflicts, 500 otherwise.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Inject
    ConflictExplainer conflicts;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        Problem problem = problemFor(cause);
        if (problem.status() >= 500) {
            LOG.log(Level.SEVERE, "API call failed", thrown);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    Problem problemFor(Throwable cause) {
        Locale locale = locale();
        if (cause instanceof ValidationException invalid) {
            return new Problem("about:blank", "Bad Request", 400, Messages.text(locale, "problem.validation"),
                    invalid.errors().stream().map(e -> new Problem.FieldProblem(e.field(), e.code(),
                            Messages.error(locale, e))).toList(), List.of());
        }
        if (cause instanceof ConstraintViolationException violations) {
            return new Problem("about:blank", "Bad Request", 400, Messages.text(locale, "problem.validation"),
                    violations.getConstraintViolations().stream().map(v -> new Problem.FieldProblem(
                            String.valueOf(v.getPropertyPath()), "invalid", v.getMessage())).toList(), List.of());
        }
        if (cause instanceof JsonbException || cause instanceof jakarta.ws.rs.ProcessingException) {
            return Problem.of(400, "Bad Request", Messages.text(locale, "problem.malformed"));
        }
        if (cause instanceof PasswordChangeRequiredException) {
            return Problem.of(403, "Forbidden", Messages.text(locale, "problem.passwordChangeRequired"));
        }
        if (cause instanceof AccessDeniedException) {
            return Problem.of(403, "Forbidden", Messages.text(locale, "problem.forbidden"));
        }
        if (cause instanceof NotFoundException missing) {
            return Problem.of(404, "Not Found", Messages.text(locale, "problem.notFound", missing.entityType(),
                    missing.entityId()));
        }
        if (cause instanceof VersionConflictException conflict) {
            return new Problem("about:blank", "Conflict", 409, conflicts.explain(conflict, locale), List.of(),
                    conflicts.changes(conflict).stream().flatMap(change -> change.changes().stream()
                            .map(field -> new Problem.ChangeProblem(change.actor(), change.occurredAt().toString(),
                                    field.field(), field.from(), field.to()))).toList());
        }
        if (cause instanceof OptimisticLockException) {
            return Problem.of(409, "Conflict", Messages.text(locale, "conflict.unknown"));
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Problem.of(status, web.getResponse().getStatusInfo().getReasonPhrase(),
                    status == 404 ? Messages.text(locale, "problem.noSuchResource") : web.getMessage());
        }
        return Problem.of(500, "Internal Server Error", Messages.text(locale, "problem.internal"));
    }

    private Locale locale() {
        return RequestLanguage.of(headers);
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; depth < 10 && current != null; depth++) {
            if (current instanceof ValidationException || current instanceof AccessDeniedException
                    || current instanceof NotFoundException || current instanceof VersionConflictException
                    || current instanceof OptimisticLockException || current instanceof ConstraintViolationException) {
                return current;
            }
            // not EJBException.getCausedByException(): it casts getCause() to Exception and throws
            // ClassCastException when a container wrapped an Error
            Throwable next = current.getCause();
            if (next == null || next == current) {
                break;
            }
            current = next;
        }
        return thrown;
    }
}
