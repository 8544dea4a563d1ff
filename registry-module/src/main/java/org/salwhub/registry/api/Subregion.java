package org.salwhub.registry.api;

/**
 * The geographic groupings of the UN Statistics Division's M49 standard that a country sits in directly: the
 * intermediate regions of sub-Saharan Africa and of Latin America and the Caribbean, and the subregions elsewhere.
 */
public enum Subregion {
    NORTHERN_AFRICA(Continent.AFRICA),
    EASTERN_AFRICA(Continent.AFRICA),
    MIDDLE_AFRICA(Continent.AFRICA),
    SOUTHERN_AFRICA(Continent.AFRICA),
    WESTERN_AFRICA(Continent.AFRICA),
    CARIBBEAN(Continent.AMERICAS),
    CENTRAL_AMERICA(Continent.AMERICAS),
    SOUTH_AMERICA(Continent.AMERICAS),
    NORTHERN_AMERICA(Continent.AMERICAS),
    CENTRAL_ASIA(Continent.ASIA),
    EASTERN_ASIA(Continent.ASIA),
    SOUTH_EASTERN_ASIA(Continent.ASIA),
    SOUTHERN_ASIA(Continent.ASIA),
    WESTERN_ASIA(Continent.ASIA),
    EASTERN_EUROPE(Continent.EUROPE),
    NORTHERN_EUROPE(Continent.EUROPE),
    SOUTHERN_EUROPE(Continent.EUROPE),
    WESTERN_EUROPE(Continent.EUROPE),
    AUSTRALIA_AND_NEW_ZEALAND(Continent.OCEANIA),
    MELANESIA(Continent.OCEANIA),
    MICRONESIA(Continent.OCEANIA),
    POLYNESIA(Continent.OCEANIA);

    /** The M49 regions. */
    public enum Continent { AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA }

    private final Continent continent;

    Subregion(Continent continent) {
        this.continent = continent;
    }

    public Continent continent() {
        return continent;
    }
}
