package org.salwhub.registry.api;

/**
 * The reference fields of a State that staff maintain: its names and its UN data (the ISO codes never change).
 * The names are plain strings so that a blank English name comes back as a field error, not an exception.
 */
public record StateReference(String nameEn, String nameFr, String nameAr, UnStatus unStatus,
                             RegionalGroup regionalGroup, Subregion subregion, Boolean developing) {

    /** The State's current reference fields, to edit. */
    public static StateReference of(StateView state) {
        return new StateReference(state.name().en(), state.name().fr(), state.name().ar(), state.unStatus(),
                state.regionalGroup(), state.subregion(), state.developing());
    }
}
