package org.salwhub.web.ui.fellowships;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.NominationFile;
import org.salwhub.fellowship.api.NominationId;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.web.export.FellowshipPdfs;
import org.salwhub.web.i18n.LanguageSelection;

/**
 * The fellowship documents for signed-in users of the screens: {@code /app/fellowship-documents/<kind>/<nomination>}
 * with kind {@code note-verbale}, {@code certificate} or {@code visa-letter}. The boundary decides who may have
 * which (403 otherwise); the certificate only for a fellow who completed.
 */
@WebServlet("/app/fellowship-documents/*")
public class FellowshipDocuments extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FellowshipFacade fellowships;

    @Inject
    RegistryFacade registry;

    @Inject
    LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        if (parts.length != 2) {
            response.sendError(404);
            return;
        }
        NominationId id;
        try {
            id = new NominationId(UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            response.sendError(404);
            return;
        }
        try {
            switch (parts[0]) {
                case "note-verbale" -> {
                    NominationFile file = fellowships.noteVerbale(id);
                    send(response, file.content(), file.contentType(), file.fileName());
                }
                case "certificate" -> {
                    var letter = fellowships.certificate(id);
                    send(response, FellowshipPdfs.certificate(letter, registry.state(new StateId(letter.fellow()
                            .stateId())).orElse(null), language.getLocale()), "application/pdf", "certificate.pdf");
                }
                case "visa-letter" -> {
                    var letter = fellowships.visaInvitation(id);
                    send(response, FellowshipPdfs.visaInvitation(letter, registry.state(new StateId(letter.fellow()
                            .stateId())).orElse(null), language.getLocale()), "application/pdf", "visa-invitation.pdf");
                }
                default -> response.sendError(404);
            }
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof AccessDeniedException) {
                response.sendError(403);
            } else if (cause instanceof NotFoundException) {
                response.sendError(404);
            } else if (cause instanceof ValidationException) {
                response.sendError(409);
            } else {
                throw e;
            }
        }
    }

    /** The boundary's exception inside the container's wrapping. */
    static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; depth < 10 && current != null; depth++) {
            if (current instanceof AccessDeniedException || current instanceof NotFoundException
                    || current instanceof ValidationException) {
                return current;
            }
            current = current.getCause();
        }
        return thrown;
    }

    private static void send(HttpServletResponse response, byte[] bytes, String type, String name) throws IOException {
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(bytes);
    }
}
