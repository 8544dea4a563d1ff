package org.salwhub.assistance.api.project;

import java.util.UUID;

/**
 * A participating organisation: a registry organisation (by ID) or only a name (e.g. an implementing NGO not in
 * the registry), with its IATI organisation identifier when known.
 */
public record ProjectParticipant(UUID organisationId, String name, String iatiRef, ProjectOrgRole role) {
}
