package org.salwhub.web.ui;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A form posted after its view or session expired (a phone left overnight, a session ended by sign-out elsewhere)
 * ends on the sign-in page with a notice, for full and AJAX requests alike, instead of an error. Nothing was changed:
 * the post is not applied. Registered in faces-config.xml.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    /** Where an expired view goes. */
    static final String SIGN_IN = "/login.xhtml?expired=true";

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** Whether the failure is an expired view, however the Faces layers wrapped it. */
    static boolean isExpired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            boolean expired = false;
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                 events.hasNext(); ) {
                if (isExpired(events.next().getContext().getException())) {
                    events.remove();
                    expired = true;
                }
            }
            if (expired) {
                FacesContext faces = FacesContext.getCurrentInstance();
                ExternalContext external = faces.getExternalContext();
                try {
                    // a partial (AJAX) request gets a partial-response redirect, a full one a 302
                    external.redirect(external.getRequestContextPath() + SIGN_IN);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                faces.responseComplete();
            }
            getWrapped().handle();
        }
    }
}
