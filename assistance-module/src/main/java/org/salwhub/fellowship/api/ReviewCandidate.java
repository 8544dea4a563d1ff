package org.salwhub.fellowship.api;

import java.util.UUID;

/**
 * A reviewer account the web layer offers for assignment, with what it knows of the reviewer's State,
 * organisation and agency (any may be null; the reviewer's declaration in this module completes them).
 */
public record ReviewCandidate(String username, String displayName, UUID stateId, UUID organisationId,
                              String agency) {
}
