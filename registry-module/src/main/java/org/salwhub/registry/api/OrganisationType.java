package org.salwhub.registry.api;

/** The kinds of organisation in the network. */
public enum OrganisationType {
    STATE, REGIONAL, SUBREGIONAL, UN_ENTITY, INTERNATIONAL, NGO, RESEARCH, INDUSTRY;

    /** Whether organisations of this type have member States (regional and international bodies, UN entities). */
    public boolean hasMembers() {
        return this == REGIONAL || this == SUBREGIONAL || this == INTERNATIONAL || this == UN_ENTITY;
    }
}
