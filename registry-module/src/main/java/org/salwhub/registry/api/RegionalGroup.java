package org.salwhub.registry.api;

/**
 * The five UN regional groups of Member States. Chairs of the PoA meetings are nominated by a group in turn.
 * The United States, an observer of WEOG, counts as {@link #WESTERN_EUROPEAN_OTHERS}; Türkiye too.
 */
public enum RegionalGroup {
    AFRICAN,
    ASIA_PACIFIC,
    EASTERN_EUROPEAN,
    LATIN_AMERICAN_CARIBBEAN,
    WESTERN_EUROPEAN_OTHERS
}
