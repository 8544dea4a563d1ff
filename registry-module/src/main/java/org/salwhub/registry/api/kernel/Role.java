package org.salwhub.registry.api.kernel;

/** The roles of SALW Hub. Names match the security groups the container checks. */
public enum Role {
    ADMIN,
    /** Regional centre staff. */
    CENTRE_STAFF,
    /** A national focal point, bound to one member State. */
    FOCAL_POINT,
    /** A donor representative, bound to one donor organisation. */
    DONOR,
    /** A fellowship reviewer. */
    REVIEWER,
    /**
     * A fellowship nominee or fellow, bound to their registry person: sees and completes their own applications,
     * answers their own offers and downloads their own documents, and nothing else of the network.
     */
    FELLOW;

    /**
     * What the role must be bound to: a State ({@code FOCAL_POINT}), an organisation ({@code DONOR}) or a registry
     * person ({@code FELLOW}).
     */
    public ScopeKind requiredScope() {
        return switch (this) {
            case FOCAL_POINT -> ScopeKind.STATE;
            case DONOR -> ScopeKind.ORGANISATION;
            case FELLOW -> ScopeKind.PERSON;
            default -> ScopeKind.NONE;
        };
    }

    public enum ScopeKind { NONE, STATE, ORGANISATION, PERSON }
}
