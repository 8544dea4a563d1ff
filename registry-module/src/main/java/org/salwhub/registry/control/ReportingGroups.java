package org.salwhub.registry.control;

import org.salwhub.registry.api.StateView;

/**
 * The key member States are grouped by in reporting rates: their M49 subregion from the registry's reference data
 * ({@code reg_state.subregion}, e.g. "EASTERN_AFRICA"), or {@link #OTHER} for an area outside the M49 standard.
 */
public final class ReportingGroups {

    /** No M49 subregion. */
    public static final String OTHER = "OTHER";

    private ReportingGroups() {
    }

    public static String of(StateView state) {
        return state == null || state.subregion() == null ? OTHER : state.subregion().name();
    }
}
