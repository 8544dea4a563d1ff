package org.salwhub.assistance.api.fellowship;

import java.util.UUID;

/**
 * A reviewer's declaration of interests: the State and agency (or organisation) they work for. A reviewer is
 * never assigned a nominee of the same State or agency.
 */
public record ReviewDeclaration(String username, UUID stateId, UUID organisationId, String agency, long version) {
}
