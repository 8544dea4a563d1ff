package org.salwhub.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.NotFoundException;

/**
 * The error page's status. A page whose boundary refused the caller (a fellow opening the directory, say) or could
 * not find the record reaches the error page as an exception wrapped by the EJB and Faces layers; it is answered as
 * what it is, 403 or 404, not as a failure of ours (500).
 */
@Named
@RequestScoped
public class ErrorPage {

    private Integer status;

    public int getStatus() {
        if (status == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Map<String, Object> request = faces.getExternalContext().getRequestMap();
            status = statusOf(request.get("jakarta.servlet.error.exception"),
                    request.get("jakarta.servlet.error.status_code"));
            if (!faces.getExternalContext().isResponseCommitted()) {
                faces.getExternalContext().setResponseStatus(status);
            }
        }
        return status;
    }

    /**
     * 403 or 404 when a boundary refused or found nothing, however deep the cause; else the container's status; 404
     * when the page is opened directly, with no error at all.
     */
    static int statusOf(Object exception, Object statusCode) {
        Throwable cause = exception instanceof Throwable t ? t : null;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return 403;
            }
            if (cause instanceof NotFoundException) {
                return 404;
            }
        }
        if (statusCode instanceof Integer code) {
            return code;
        }
        // asked for directly, with no error behind it: the error page is not a resource of its own
        return exception == null ? 404 : 500;
    }
}
