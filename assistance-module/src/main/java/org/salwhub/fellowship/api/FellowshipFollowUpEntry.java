package org.salwhub.fellowship.api;

/** What an alumnus reports at a follow-up: their position now, whether it changed, how they use the skills. */
public record FellowshipFollowUpEntry(String currentPosition, boolean positionChanged, String skillsUse) {
}
