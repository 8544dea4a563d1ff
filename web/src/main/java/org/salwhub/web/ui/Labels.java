package org.salwhub.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.salwhub.web.i18n.Messages;

/**
 * The name of an enum value in the viewer's language: {@code #{labels.of(m.status())}} reads the key
 * {@code enum.MeetingStatus.REGISTRATION_OPEN}. LabelsTest checks that every value of the meetings module's enums
 * has its key in every language.
 */
@Named
@ApplicationScoped
public class Labels {

    public String of(Enum<?> value) {
        return value == null ? "" : Messages.text(Messages.currentLocale(), key(value));
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
