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
    REVIEWER;

    /** Whether the role must be bound to a State ({@code FOCAL_POINT}) or an organisation ({@code DONOR}). */
    public ScopeKind requiredScope() {
        return switch (this) {
            case FOCAL_POINT -> ScopeKind.STATE;
            case DONOR -> ScopeKind.ORGANISATION;
            default -> ScopeKind.NONE;
        };
    }

    public enum ScopeKind { NONE, STATE, ORGANISATION }
}
