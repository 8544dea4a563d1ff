package org.salwhub.meetings.api;

import java.util.UUID;

/**
 * Asks for the planned meetings of a six-year PoA cycle starting in {@code firstYear}: Biennial Meetings of States
 * in years 2 and 4 (numbered from {@code firstBmsOrdinal}), a Preparatory Committee and the Review Conference
 * (numbered {@code reviewConferenceOrdinal}) in year 6, at a venue in {@code zone}.
 */
public record PoaCycleRequest(int firstYear, int firstBmsOrdinal, int reviewConferenceOrdinal, String zone,
                              String city, UUID venueCountry, String room) {
}
