package org.salwhub.assistance.api.project;

import java.util.UUID;

/**
 * Fired inside the transaction that confirms a match: the projects component turns the match into a project
 * linked to its need, offer and match.
 */
public record ProjectMatchConfirmed(UUID matchId) {
}
