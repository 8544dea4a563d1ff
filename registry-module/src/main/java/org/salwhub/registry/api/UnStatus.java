package org.salwhub.registry.api;

/** A State's standing at the United Nations. */
public enum UnStatus {
    /** One of the 193 Member States. */
    MEMBER,
    /** A non-member observer State: the Holy See and the State of Palestine. */
    OBSERVER,
    /** Any other country or area of ISO 3166 (territories, Taiwan, Antarctica...). */
    NON_MEMBER;

    /** Members and observer States take part in the PoA meetings. */
    public boolean isUnState() {
        return this != NON_MEMBER;
    }
}
