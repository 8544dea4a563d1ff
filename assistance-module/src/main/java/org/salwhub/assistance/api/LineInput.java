package org.salwhub.assistance.api;

/** A line item as entered: an equipment type or training topic code, a quantity and its unit. */
public record LineInput(String itemCode, Integer quantity, LineUnit unit, String note) {
}
