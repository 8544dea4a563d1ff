package org.salwhub.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Map;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.web.audit.ConflictExplainer;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.security.PasswordChangeRequiredException;

/**
 * Shows a boundary's refusal as messages on the page, next to the fields
 * concerned. The form keeps what the user typed, so nothing is lost.
 */
@ApplicationScoped
public class FacesErrors {

    @Inject
    ConflictExplainer conflicts;

    /** Runs an action; returns false (after adding messages) when the boundary refused it. */
    public boolean attempt(Runnable action, Map<String, String> fieldClientIds) {
        try {
            action.run();
            return true;
        } catch (ValidationException invalid) {
            for (FieldError error : invalid.errors()) {
                String clientId = fieldClientIds.get(error.field());
                Messages.add(FacesMessage.SEVERITY_ERROR, clientId,
                        labelled(clientId, Messages.error(Messages.currentLocale(), error)));
            }
        } catch (VersionConflictException conflict) {
            Messages.add(FacesMessage.SEVERITY_WARN, null, Messages.text(Messages.currentLocale(), "conflict.title")
                    + " " + conflicts.explain(conflict, Messages.currentLocale()));
        } catch (PasswordChangeRequiredException firstChangeThePassword) {
            Messages.error("problem.passwordChangeRequired");
        } catch (AccessDeniedException denied) {
            Messages.error("problem.forbidden");
        } catch (NotFoundException missing) {
            Messages.error("problem.notFound", missing.entityType(), missing.entityId());
        }
        return false;
    }

    /**
     * Marks the field the boundary refused as invalid (so it and its label show in red) and names it in the
     * message, as a dialog lists its messages above the fields.
     */
    private static String labelled(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (clientId == null || faces == null || faces.getViewRoot() == null) {
            return text;
        }
        try {
            UIComponent field = faces.getViewRoot().findComponent(":" + clientId);
            if (field instanceof UIInput input) {
                input.setValid(false);
            }
            Object label = field == null ? null : field.getAttributes().get("label");
            return label == null || label.toString().isBlank() ? text : label + ": " + text;
        } catch (IllegalArgumentException notFound) {
            return text;
        }
    }
}
