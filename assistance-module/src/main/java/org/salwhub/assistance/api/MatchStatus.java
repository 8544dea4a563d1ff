package org.salwhub.assistance.api;

/**
 * A match's workflow: proposed (by staff or the donor) → accepted by the recipient State's focal point → accepted
 * by the donor → confirmed by staff. Declined by either party, or cancelled, closes it.
 */
public enum MatchStatus {
    PROPOSED, RECIPIENT_ACCEPTED, DONOR_ACCEPTED, CONFIRMED, DECLINED, CANCELLED;

    public boolean isPending() {
        return this == PROPOSED || this == RECIPIENT_ACCEPTED || this == DONOR_ACCEPTED;
    }
}
