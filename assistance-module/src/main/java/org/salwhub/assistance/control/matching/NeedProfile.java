package org.salwhub.assistance.control.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the engine knows of a published need. Collections may be given as {@code null} (empty).
 *
 * @param needId            the need
 * @param stateId           the recipient State
 * @param subregion         the State's subregion code (M49), or {@code null}
 * @param developingCountry whether the State is a developing country (priority)
 * @param stateLanguages    the State's language codes (ISO 639-1)
 * @param themes            thematic area codes; a need without a theme matches nothing
 * @param assistanceTypes   assistance type codes
 * @param openLines         remaining open quantity per equipment type or training topic
 * @param estimatedCost     estimated cost, or {@code null} when unknown
 * @param periodFrom        desired period start, or {@code null}
 * @param periodTo          desired period end, or {@code null}; with both ends {@code null} any time suits
 * @param publishedOn       when the need was published, or {@code null}
 */
public record NeedProfile(UUID needId, UUID stateId, String subregion, boolean developingCountry,
                          Set<String> stateLanguages, Set<String> themes, Set<String> assistanceTypes,
                          List<LineItem> openLines, Money estimatedCost, LocalDate periodFrom, LocalDate periodTo,
                          LocalDate publishedOn) {

    public NeedProfile {
        Objects.requireNonNull(needId, "needId");
        stateLanguages = Profiles.languages(stateLanguages);
        themes = Profiles.set(themes);
        assistanceTypes = Profiles.set(assistanceTypes);
        openLines = Profiles.list(openLines);
    }

    /** Whether the need names a desired period (at least one end). */
    public boolean hasPeriod() {
        return periodFrom != null || periodTo != null;
    }
}
