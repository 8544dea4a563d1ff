package org.salwhub.registry.api.directory;

/**
 * CDI event fired, in the merge's transaction, when a duplicate person was merged into the person kept. Modules that
 * refer to persons by ID point their references at the person kept, so nothing refers to the retired record.
 */
public record PersonsMerged(PersonId keeper, PersonId duplicate) {
}
