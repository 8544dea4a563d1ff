package org.salwhub.assistance.control.matching;

import java.util.Objects;

/**
 * A quantity of one equipment type or training topic: on a need the quantity still open, on an
 * offer the capacity still available. Lines with the same code are added up; a quantity of zero or
 * less counts as absent.
 *
 * @param itemCode code of the equipment type or training topic (vocabulary code, localised by the UI)
 */
public record LineItem(String itemCode, int quantity) {

    public LineItem {
        Objects.requireNonNull(itemCode, "itemCode");
    }
}
