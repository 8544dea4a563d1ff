package org.salwhub.assistance.api;

/** The vocabularies needs and offers are described with. Line items name an equipment type or a training topic. */
public enum TermKind {
    THEME, ASSISTANCE_TYPE, EQUIPMENT_TYPE, TRAINING_TOPIC;

    public boolean isLineItem() {
        return this == EQUIPMENT_TYPE || this == TRAINING_TOPIC;
    }
}
