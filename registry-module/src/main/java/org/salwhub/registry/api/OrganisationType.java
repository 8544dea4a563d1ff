package org.salwhub.registry.api;

/** The kinds of organisation in the network. */
public enum OrganisationType {
    STATE, REGIONAL, SUBREGIONAL, UN_ENTITY, INTERNATIONAL, NGO, RESEARCH, INDUSTRY
}
