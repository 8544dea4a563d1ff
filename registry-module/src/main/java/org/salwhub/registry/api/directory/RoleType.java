package org.salwhub.registry.api.directory;

/** The points-of-contact roles a person can hold for a State or an organisation. */
public enum RoleType {
    /** National point of contact under the Programme of Action. */
    POA_NPC,
    /** ITI tracing contact (often police-based). */
    ITI_TRACING,
    /** ITI general contact, who also handles assistance needs. */
    ITI_GENERAL,
    /** Contact under the Firearms Protocol. */
    FIREARMS_PROTOCOL,
    /** National point of contact under the Arms Trade Treaty. */
    ATT_NPC,
    /** Head of the national commission (coordination body). */
    COMMISSION_HEAD,
    /** Secretary of the national commission. */
    COMMISSION_SECRETARY,
    /** Liaison with the regional centre or a regional organisation. */
    REGIONAL_LIAISON
}
