package org.salwhub.registry.api.directory;

/** Kinds of agency and competent authority. */
public enum AgencyType {
    LAW_ENFORCEMENT, CUSTOMS, BORDER_CONTROL, LICENSING, JUDICIARY, ARMED_FORCES, INTERPOL_NCB, REGISTRY,
    MINISTRY, COORDINATION_BODY, CIVIL_SOCIETY, OTHER
}
