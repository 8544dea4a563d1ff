package org.salwhub.web.ui.registry;

import java.io.Serializable;

/** A registry person offered in an autocomplete: the ID the form keeps, the label the user reads. */
public record PersonOption(String id, String label) implements Serializable {
}
