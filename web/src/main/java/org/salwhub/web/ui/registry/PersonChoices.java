package org.salwhub.web.ui.registry;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The persons a view's autocomplete offered or its form holds, by ID, so that the chosen one comes back from its
 * ID: the user administration's fellow, the organisation's point of contact.
 */
public final class PersonChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, PersonOption> offered = new HashMap<>();

    /** An option for a person, remembered for the converter: the name, then the Latin name, then the details. */
    public PersonOption offer(String id, String name, String latinName, String... details) {
        StringBuilder label = new StringBuilder(name);
        if (latinName != null && !latinName.isBlank()) {
            label.append(" (").append(latinName).append(')');
        }
        for (String detail : details) {
            if (detail != null && !detail.isBlank()) {
                label.append(" · ").append(detail);
            }
        }
        PersonOption option = new PersonOption(id, label.toString());
        offered.put(id, option);
        return option;
    }

    /** Turns the chosen person into its ID in the form and back. */
    public Converter<PersonOption> converter() {
        return new Converter<>() {
            @Override
            public PersonOption getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null || value.isBlank() ? null : offered.get(value);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, PersonOption value) {
                return value == null ? "" : value.id();
            }
        };
    }
}
