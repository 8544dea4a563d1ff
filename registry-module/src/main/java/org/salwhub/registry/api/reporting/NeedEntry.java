package org.salwhub.registry.api.reporting;

/** An assistance need as a national report declares it: a title, a description and a thematic area. */
public record NeedEntry(String title, String description, String thematicArea) {
}
