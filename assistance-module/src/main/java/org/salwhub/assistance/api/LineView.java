package org.salwhub.assistance.api;

/**
 * A line item of a need or an offer. {@code done} is the quantity covered (need) or committed (offer) by confirmed
 * matches; {@code remaining} what stays open.
 */
public record LineView(String itemCode, int quantity, LineUnit unit, String note, int done) {
    public int remaining() {
        return Math.max(0, quantity - done);
    }
}
