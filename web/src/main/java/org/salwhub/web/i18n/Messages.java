package org.salwhub.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.salwhub.registry.api.kernel.FieldError;

/** Texts from the {@code messages} bundle in a given language, for beans, messages and the API. */
public final class Messages {

    public static final String BUNDLE = "org.salwhub.web.i18n.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A field error in words: {@code error.<code>} with its arguments. */
    public static String error(Locale locale, FieldError error) {
        return text(locale, "error." + error.code(), error.args().toArray());
    }

    public static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, null, text(currentLocale(), key, args));
    }

    public static void warn(String key, Object... args) {
        add(FacesMessage.SEVERITY_WARN, null, text(currentLocale(), key, args));
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, null, text(currentLocale(), key, args));
    }

    public static void add(FacesMessage.Severity severity, String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
